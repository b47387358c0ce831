package cn.xixian.alliance.ecommerce.orders.persistence;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Bulk reads and writes of store orders and intake batches: a batch of orders costs one {@code $in} read, one
 * {@code insertMany} for new orders and one bulk of compare-and-set replaces for newer versions.
 */
@Component
public class StoreOrderStore {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    StoreOrderStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Map<String, StoreOrderDocument> findAll(Collection<String> ids) {
        Map<String, StoreOrderDocument> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), StoreOrderDocument.class).forEach(d -> found.put(d.id(), d));
        }
        return found;
    }

    public Map<String, OrderBatchDocument> batches(Collection<String> ids) {
        Map<String, OrderBatchDocument> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), OrderBatchDocument.class).forEach(b -> found.put(b.id(), b));
        }
        return found;
    }

    public void insert(OrderBatchDocument batch) {
        mongo.insert(batch);
    }

    /**
     * Writes new orders (insert: the id must be free) and newer versions (replace guarded by the version read before,
     * {@code expected} by id). Returns the ids that lost a race (taken meanwhile, or changed since read).
     */
    public Set<String> write(List<StoreOrderDocument> inserts, List<StoreOrderDocument> replaces,
            Map<String, Instant> expected) {
        MongoCollection<Document> collection = mongo.getCollection(StoreOrderDocument.COLLECTION);
        Set<String> lost = new HashSet<>();
        if (!inserts.isEmpty()) {
            try {
                collection.insertMany(inserts.stream().map(this::bson).toList(), new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCode() != DUPLICATE_KEY) {
                        throw e;
                    }
                    lost.add(inserts.get(error.getIndex()).id());
                }
            }
        }
        if (!replaces.isEmpty()) {
            List<WriteModel<Document>> models = new ArrayList<>();
            for (StoreOrderDocument doc : replaces) {
                models.add(new ReplaceOneModel<>(Filters.and(Filters.eq("_id", doc.id()),
                        Filters.eq("modified", expected.get(doc.id()))), bson(doc)));
            }
            int matched = collection.bulkWrite(models, new BulkWriteOptions().ordered(false)).getMatchedCount();
            if (matched < replaces.size()) { // some changed since read: find which by what is stored now
                Map<String, StoreOrderDocument> now = findAll(replaces.stream().map(StoreOrderDocument::id).toList());
                for (StoreOrderDocument doc : replaces) {
                    StoreOrderDocument stored = now.get(doc.id());
                    if (stored == null || !doc.batchId().equals(stored.batchId())) {
                        lost.add(doc.id());
                    }
                }
            }
        }
        return lost;
    }

    /** The booking of a batch's order as it turned out, where it differs from the plan written before. */
    public void rewriteLines(StoreOrderDocument doc) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(doc.id()).and("batchId").is(doc.batchId())),
                new Update().set("lines", doc.lines()).set("status", doc.status()), StoreOrderDocument.class);
    }

    /** Whether any order that still wants its fruit rides in the parcel load {@code parcelRef}. */
    public boolean anyActiveOn(String parcelRef) {
        return mongo.exists(Query.query(Criteria.where("parcelRef").is(parcelRef).and("status").ne("CANCELLED")),
                StoreOrderDocument.class);
    }

    /** The orders a batch wrote that still are its own (not superseded by a later version's batch). */
    public List<StoreOrderDocument> ofBatch(OrderBatchDocument batch) {
        return mongo.find(Query.query(Criteria.where("_id").in(batch.orderIds()).and("batchId").is(batch.id())),
                StoreOrderDocument.class);
    }

    /** Orders a batch wrote in a later round (after losing a race): listed on the batch too. */
    public void addOrders(String batchId, List<String> orderIds) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(batchId)),
                new Update().addToSet("orderIds").each(orderIds.toArray()), OrderBatchDocument.class);
    }

    public void stage(String batchId, String stage) {
        Update update = Update.update("stage", stage);
        if (OrderBatchDocument.DONE.equals(stage)) {
            update.set("doneAt", Instant.now());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(batchId)), update, OrderBatchDocument.class);
    }

    /** Batches short of DONE whose lease ran out (cut off by a crash), oldest first. */
    public List<OrderBatchDocument> abandoned(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("stage").ne(OrderBatchDocument.DONE).and("leaseUntil").lt(now))
                .with(org.springframework.data.domain.Sort.by("createdAt")).limit(limit), OrderBatchDocument.class);
    }

    /** Takes over an unfinished batch for {@code lease} more (true), unless it is done or another took it first. */
    public boolean claim(String batchId, Instant now, Instant leaseUntil, boolean evenIfLeased) {
        Criteria where = Criteria.where("_id").is(batchId).and("stage").ne(OrderBatchDocument.DONE);
        if (!evenIfLeased) {
            where = where.and("leaseUntil").lt(now);
        }
        return mongo.findAndModify(Query.query(where), Update.update("leaseUntil", leaseUntil),
                FindAndModifyOptions.options().returnNew(true), OrderBatchDocument.class) != null;
    }

    /** The document as the driver stores it (the same mapping MongoTemplate uses). */
    public Document bson(StoreOrderDocument doc) {
        Document bson = new Document();
        mongo.getConverter().write(doc, bson);
        return bson;
    }
}
