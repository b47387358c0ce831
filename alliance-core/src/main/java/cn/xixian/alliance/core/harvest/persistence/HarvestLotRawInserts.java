package cn.xixian.alliance.core.harvest.persistence;

import cn.xixian.alliance.core.bench.BenchComponent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The import benchmark's raw baseline ({@code bench import}): harvest-lot documents inserted straight through the
 * driver's {@code insertMany} into a collection with {@code harvest_lots}' indexes, so the benchmark compares the
 * import with the bare write of the same documents. Raw driver access is the point of the baseline, so it lives
 * here, beside the lots' mapping, and exists only when the bench launcher runs.
 */
@BenchComponent
public class HarvestLotRawInserts {

    private final MongoTemplate mongo;

    HarvestLotRawInserts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Gives {@code collection} the secondary indexes of {@code harvest_lots}. */
    public void copyIndexes(String collection) {
        MongoCollection<Document> raw = mongo.getCollection(collection);
        for (Document index : mongo.getCollection(HarvestLotDocument.COLLECTION).listIndexes()) {
            if (!index.getString("name").equals("_id_")) {
                raw.createIndex((Document) index.get("key"), new IndexOptions()
                        .unique(index.getBoolean("unique", false)).name(index.getString("name")));
            }
        }
    }

    /** Inserts {@code lots} into {@code collection} with one insertMany; returns the nanoseconds of that call only. */
    public long insertMany(String collection, List<HarvestLotDocument> lots) {
        List<Document> batch = new ArrayList<>(lots.size());
        for (HarvestLotDocument lot : lots) {
            Document bson = new Document();
            mongo.getConverter().write(lot, bson);
            batch.add(bson);
        }
        long start = System.nanoTime();
        mongo.getCollection(collection).insertMany(batch);
        return System.nanoTime() - start;
    }

    /** The stored status of import {@code id} alone (the import's full status counts lots, which costs time). */
    public String importStatus(String id) {
        return mongo.findById(id, HarvestImportDocument.class).getStatus();
    }
}
