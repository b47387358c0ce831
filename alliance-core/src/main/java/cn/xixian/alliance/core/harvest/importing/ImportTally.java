package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import cn.xixian.alliance.core.harvest.persistence.ImportErrorDocument;
import org.bson.Document;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/** What an import has done so far: new lots, rows whose lot was already stored, and bad rows. */
public record ImportTally(long written, long duplicates, long skipped) {

    /** The writer's tallies as last committed with a chunk: cheap enough for every progress poll. */
    public static ImportTally committed(ExecutionContext context) {
        return new ImportTally(context.getLong(HarvestLotWriter.INSERTED, 0),
                context.getLong(HarvestLotWriter.DUPLICATES, 0), context.getLong(HarvestLotWriter.REJECTED, 0));
    }

    /**
     * Counted from the data itself, once, when the import has completed: exact even where a crash
     * made a chunk run twice (its lots then looked like duplicates of themselves the second time).
     */
    public static ImportTally counted(MongoTemplate mongo, String importId, long read) {
        long written = mongo.getCollection(HarvestLotDocument.COLLECTION).countDocuments(new Document("importId", importId));
        Document badRows = mongo.aggregate(Aggregation.newAggregation(
                Aggregation.match(Criteria.where("importId").is(importId)),
                Aggregation.group("row"),
                Aggregation.count().as("rows")), ImportErrorDocument.COLLECTION, Document.class).getUniqueMappedResult();
        long skipped = badRows == null ? 0 : ((Number) badRows.get("rows")).longValue();
        return new ImportTally(written, Math.max(0, read - written - skipped), skipped);
    }
}
