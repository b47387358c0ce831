package cn.xixian.alliance.coldstorage.coldstore.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cold store and its chambers' configuration; written once when the store is registered. */
@Document(ColdStoreDocument.COLLECTION)
public record ColdStoreDocument(
        @Id String id,
        String code,
        String name,
        String ownerId,
        double lat,
        double lon,
        List<ChamberDocument> chambers,
        Instant createdAt,
        String createdBy) {

    public static final String COLLECTION = "cold_stores";
}
