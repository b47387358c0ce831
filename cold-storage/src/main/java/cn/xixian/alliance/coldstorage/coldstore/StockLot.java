package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.grading.Grade;
import java.time.LocalDate;

/**
 * What one chamber holds of one lot (a harvest lot id or a stock lot id): its grade, cooperative,
 * grams left and the date it was first stored (kept across transfers, so fruit age carries on).
 */
public record StockLot(
        String chamberId,
        String lotRef,
        Grade grade,
        String cooperativeId,
        long grams,
        LocalDate storedOn) {
}
