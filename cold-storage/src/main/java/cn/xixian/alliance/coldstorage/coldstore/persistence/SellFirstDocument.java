package cn.xixian.alliance.coldstorage.coldstore.persistence;

import cn.xixian.alliance.coldstorage.coldstore.SellFirstItem;
import cn.xixian.alliance.core.grading.Grade;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of a night's sell-first list. {@code _id = asOf|chamberId|lotRef}, so writing the same line
 * again (a restarted or repeated run) replaces it instead of adding a second one.
 */
@Document(SellFirstDocument.COLLECTION)
public record SellFirstDocument(@Id String id, String asOf, String storeId, String storeCode, String chamberId,
        String chamberCode, String lotRef, Grade grade, String cooperativeId, long grams, String storedOn, int ageDays,
        int maxDays) {

    public static final String COLLECTION = "sell_first";

    public static SellFirstDocument of(SellFirstItem i) {
        return new SellFirstDocument(i.asOf() + "|" + i.chamberId() + "|" + i.lotRef(), i.asOf().toString(), i.storeId(),
                i.storeCode(), i.chamberId(), i.chamberCode(), i.lotRef(), i.grade(), i.cooperativeId(), i.grams(),
                i.storedOn().toString(), i.ageDays(), i.maxDays());
    }

    public SellFirstItem toItem() {
        return new SellFirstItem(LocalDate.parse(asOf), storeId, storeCode, chamberId, chamberCode, lotRef, grade,
                cooperativeId, grams, LocalDate.parse(storedOn), ageDays, maxDays);
    }
}
