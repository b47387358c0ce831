package cn.xixian.alliance.core.processing.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * How many grams of each harvest lot are still ungraded: one document per lot ({@code _id} = lot id) with
 * {@code remainingGrams} and the reservations made by runs. Taking kilograms is one conditional
 * {@code findOneAndUpdate} ({@code remainingGrams >= grams}, {@code $inc} down, {@code $push} the run's
 * reservation), so two runs racing for one lot can never take more than it weighs, without transactions.
 * The run id inside the reservation makes taking and giving back idempotent per run.
 */
@Component
public class LotLedger {

    public static final String COLLECTION = "harvest_lot_consumption";

    private final MongoTemplate mongo;

    LotLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes {@code grams} of the lot for the run; false when the lot has less left (nothing changes then). */
    public boolean reserve(String lotId, long lotGrams, String runId, long grams) {
        open(lotId, lotGrams);
        Document taken = mongo.getCollection(COLLECTION).findOneAndUpdate(
                Filters.and(Filters.eq("_id", lotId), Filters.gte("remainingGrams", grams),
                        Filters.ne("reservations.runId", runId)),
                Updates.combine(Updates.inc("remainingGrams", -grams),
                        Updates.push("reservations", new Document("runId", runId).append("grams", grams))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return taken != null || reservedBy(lotId, runId);
    }

    /** Gives back what the run took of the lot, if it took anything; safe to repeat. */
    public void release(String lotId, String runId) {
        Document lot = mongo.getCollection(COLLECTION).find(Filters.eq("_id", lotId)).first();
        if (lot == null) {
            return;
        }
        for (Document r : lot.getList("reservations", Document.class, java.util.List.of())) {
            if (runId.equals(r.getString("runId"))) {
                long grams = ((Number) r.get("grams")).longValue();
                mongo.getCollection(COLLECTION).updateOne(
                        Filters.and(Filters.eq("_id", lotId), Filters.eq("reservations.runId", runId)),
                        Updates.combine(Updates.inc("remainingGrams", grams),
                                Updates.pull("reservations", new Document("runId", runId))));
                return;
            }
        }
    }

    /** Grams of the lot not yet taken by any run; the lot's weight when no run has touched it. */
    public long remaining(String lotId, long lotGrams) {
        Document lot = mongo.getCollection(COLLECTION).find(Filters.eq("_id", lotId)).first();
        return lot == null ? lotGrams : ((Number) lot.get("remainingGrams")).longValue();
    }

    private boolean reservedBy(String lotId, String runId) {
        return mongo.getCollection(COLLECTION)
                .countDocuments(Filters.and(Filters.eq("_id", lotId), Filters.eq("reservations.runId", runId))) > 0;
    }

    /** The lot's ledger starts at its full weight; the unique _id lets exactly one opener win a race. */
    private void open(String lotId, long lotGrams) {
        if (mongo.getCollection(COLLECTION).countDocuments(Filters.eq("_id", lotId)) > 0) {
            return;
        }
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", lotId).append("lotGrams", lotGrams)
                    .append("remainingGrams", lotGrams).append("reservations", java.util.List.of()));
        } catch (com.mongodb.MongoWriteException | DuplicateKeyException raced) {
            // Someone opened it first: theirs is the ledger.
        }
    }
}
