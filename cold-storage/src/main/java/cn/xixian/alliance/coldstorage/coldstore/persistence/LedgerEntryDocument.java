package cn.xixian.alliance.coldstorage.coldstore.persistence;

import cn.xixian.alliance.coldstorage.coldstore.LedgerEntry;
import cn.xixian.alliance.coldstorage.coldstore.MoveType;
import cn.xixian.alliance.core.grading.Grade;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored ledger entry. {@code _id} is {@code chamberId|ref}: the same key that guards the balance
 * update, so an entry is written at most once per applied leg. Never updated.
 */
@Document(LedgerEntryDocument.COLLECTION)
public record LedgerEntryDocument(
        @Id String id,
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

    public static final String COLLECTION = "stock_ledger";

    public static String id(String chamberId, String ref) {
        return chamberId + "|" + ref;
    }

    public static LedgerEntryDocument of(LedgerEntry e) {
        return new LedgerEntryDocument(id(e.chamberId(), e.ref()), e.ref(), e.opRef(), e.type(), e.chamberId(),
                e.storeId(), e.lotRef(), e.grade(), e.cooperativeId(), e.storedOn(), e.grams(), e.reservationRef(),
                e.note(), e.at(), e.by());
    }

    public LedgerEntry toEntry() {
        return new LedgerEntry(ref, opRef, type, chamberId, storeId, lotRef, grade, cooperativeId, storedOn, grams,
                reservationRef, note, at, by);
    }
}
