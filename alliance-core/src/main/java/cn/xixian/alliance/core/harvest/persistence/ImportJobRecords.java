package cn.xixian.alliance.core.harvest.persistence;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** What the import job records about its import as it runs, and what it counts when it ends. */
@Component
public class ImportJobRecords {

    private final MongoTemplate mongo;

    ImportJobRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Imports recorded but never launched (the app stopped in between). */
    public List<HarvestImportDocument> queuedNeverLaunched() {
        return mongo.find(Query.query(Criteria.where("status").is("QUEUED").and("jobInstanceId").exists(false)),
                HarvestImportDocument.class);
    }

    public void totalRows(String importId, long rows) {
        update(importId, Update.update("totalRows", rows));
    }

    public void running(String importId, long jobInstanceId) {
        update(importId, new Update().set("status", "RUNNING").set("jobInstanceId", jobInstanceId).unset("failure"));
    }

    public void failed(String importId, String failure) {
        update(importId, new Update().set("status", "FAILED").set("failure", failure));
    }

    public void completed(String importId, Instant at, long read, long written, long skipped, long duplicates) {
        update(importId, new Update().set("status", "COMPLETED").set("finishedAt", at)
                .set("read", read).set("written", written).set("skipped", skipped)
                .set("duplicates", duplicates));
    }

    /** The lots an import stored. */
    public long lotsStored(String importId) {
        return mongo.getCollection(HarvestLotDocument.COLLECTION).countDocuments(new Document("importId", importId));
    }

    /** The rows of an import with at least one error (a row may have several). */
    public long badRows(String importId) {
        Document badRows = mongo.aggregate(Aggregation.newAggregation(
                Aggregation.match(Criteria.where("importId").is(importId)),
                Aggregation.group("row"),
                Aggregation.count().as("rows")), ImportErrorDocument.COLLECTION, Document.class).getUniqueMappedResult();
        return badRows == null ? 0 : ((Number) badRows.get("rows")).longValue();
    }

    private void update(String importId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(importId)), update, HarvestImportDocument.class);
    }
}
