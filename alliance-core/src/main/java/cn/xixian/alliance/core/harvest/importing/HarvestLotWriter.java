package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import cn.xixian.alliance.core.harvest.persistence.ImportErrorDocument;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Stores a chunk with one unordered {@code insertMany} per collection. Rows whose natural key is
 * already taken (an earlier import of the same file, or this chunk replayed after a crash) fail with
 * a duplicate-key error that is expected and passed over: that is what makes the import exactly-once.
 * Its running tallies are saved with each chunk, so progress survives a restart too.
 */
class HarvestLotWriter implements ItemStreamWriter<RowOutcome> {

    static final String INSERTED = "harvestLotWriter.inserted";
    static final String DUPLICATES = "harvestLotWriter.duplicates";
    static final String REJECTED = "harvestLotWriter.rejected";

    private static final int DUPLICATE_KEY = 11000;
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoTemplate mongo;
    private long inserted;
    private long duplicates;
    private long rejected;

    HarvestLotWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void write(Chunk<? extends RowOutcome> chunk) {
        List<Document> lots = new ArrayList<>(chunk.size());
        List<Document> errors = new ArrayList<>();
        for (RowOutcome outcome : chunk) {
            if (outcome.lot() != null) {
                lots.add(toBson(mongo, outcome.lot()));
            } else {
                rejected++;
            }
            outcome.errors().forEach(e -> errors.add(toBson(mongo, e)));
        }
        int taken = insertIgnoringDuplicates(mongo.getCollection(HarvestLotDocument.COLLECTION), lots);
        inserted += lots.size() - taken;
        duplicates += taken;
        insertIgnoringDuplicates(mongo.getCollection(ImportErrorDocument.COLLECTION), errors);
    }

    @Override
    public void open(ExecutionContext context) {
        inserted = context.getLong(INSERTED, 0);
        duplicates = context.getLong(DUPLICATES, 0);
        rejected = context.getLong(REJECTED, 0);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(INSERTED, inserted);
        context.putLong(DUPLICATES, duplicates);
        context.putLong(REJECTED, rejected);
    }

    /** The BSON Spring Data would store for the entity, for writes that go straight to the driver. */
    static Document toBson(MongoTemplate mongo, Object entity) {
        Document bson = new Document();
        mongo.getConverter().write(entity, bson);
        return bson;
    }

    /** Inserts all; returns how many were already there (duplicate key). Any other error is thrown. */
    static int insertIgnoringDuplicates(MongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        try {
            collection.insertMany(documents, UNORDERED);
            return 0;
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            return e.getWriteErrors().size();
        }
    }
}
