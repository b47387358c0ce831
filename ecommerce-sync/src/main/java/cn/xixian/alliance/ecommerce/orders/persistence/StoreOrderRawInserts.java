package cn.xixian.alliance.ecommerce.orders.persistence;

import cn.xixian.alliance.core.bench.BenchComponent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The order benchmark's raw baseline ({@code bench orders}): the store orders the route stored, copied with the
 * driver's {@code insertMany} into a collection with {@code store_orders}' indexes, so the benchmark compares the
 * route with the bare write of the same documents. Raw driver access is the point of the baseline, so it lives
 * here, beside the orders' mapping, and exists only when the bench launcher runs.
 */
@BenchComponent
public class StoreOrderRawInserts {

    private final MongoTemplate mongo;

    StoreOrderRawInserts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Copies every stored store order into {@code collection} (given the same indexes first), {@code batch} per
     * insertMany, the documents read before each call; returns the seconds spent in insertMany alone.
     */
    public double copyStoredOrders(String collection, int batch) {
        MongoCollection<Document> stored = mongo.getCollection(StoreOrderDocument.COLLECTION);
        MongoCollection<Document> raw = mongo.getCollection(collection);
        for (Document index : stored.listIndexes()) {
            if (!index.getString("name").equals("_id_")) {
                raw.createIndex((Document) index.get("key"), new IndexOptions()
                        .unique(index.getBoolean("unique", false)).name(index.getString("name")));
            }
        }
        long nanos = 0;
        List<Document> chunk = new ArrayList<>(batch);
        for (Document doc : stored.find().batchSize(batch)) {
            chunk.add(doc);
            if (chunk.size() == batch) {
                nanos += timedInsert(raw, chunk);
                chunk = new ArrayList<>(batch);
            }
        }
        if (!chunk.isEmpty()) {
            nanos += timedInsert(raw, chunk);
        }
        return nanos / 1e9;
    }

    private static long timedInsert(MongoCollection<Document> raw, List<Document> chunk) {
        long t = System.nanoTime();
        raw.insertMany(chunk);
        return System.nanoTime() - t;
    }
}
