package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.grading.Grade;
import java.time.LocalDate;

/**
 * Fruit received into a chamber. With {@code reservationRef} the grams come out of that reservation
 * (made by {@link StockService#reserve}) instead of the chamber's free capacity. {@code ref} makes
 * the receipt idempotent: receiving the same ref again returns the first entry.
 */
public record Receipt(
        String ref,
        String chamberId,
        String lotRef,
        Grade grade,
        String cooperativeId,
        long grams,
        LocalDate storedOn,
        String reservationRef) {
}
