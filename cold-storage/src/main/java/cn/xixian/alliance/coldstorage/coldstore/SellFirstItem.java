package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.grading.Grade;
import java.time.LocalDate;

/** A lot the stock-age job flagged on {@code asOf}: older than {@code maxDays} for its grade, so sell it first. */
public record SellFirstItem(
        LocalDate asOf,
        String storeId,
        String storeCode,
        String chamberId,
        String chamberCode,
        String lotRef,
        Grade grade,
        String cooperativeId,
        long grams,
        LocalDate storedOn,
        int ageDays,
        int maxDays) {
}
