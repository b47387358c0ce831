package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.grading.Grade;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One append-only stock ledger entry (one leg of an operation on one chamber). {@code ref} is the
 * leg's idempotency key, unique per chamber; {@code opRef} the operation it belongs to (a transfer
 * has legs {@code ref/hold}, {@code ref/out}, {@code ref/in}). Grams are always positive; the
 * type says which way they moved. Lot fields are empty for RESERVE/RELEASE.
 */
public record LedgerEntry(
        String ref,
        String opRef,
        MoveType type,
        String chamberId,
        String storeId,
        String lotRef,
        Grade grade,
        String cooperativeId,
        LocalDate storedOn,
        long grams,
        String reservationRef,
        String note,
        Instant at,
        String by) {
}
