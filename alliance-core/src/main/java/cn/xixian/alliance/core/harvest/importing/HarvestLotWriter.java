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
import org.springframework.batch.item.ItemWriter;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Stores a chunk with one unordered {@code insertMany} per collection. Rows whose natural key is
 * already taken (an earlier import of the same file, or this chunk replayed after a crash) fail with
 * a duplicate-key error that is expected and passed over: that is what makes the import exactly-once.
 */
class HarvestLotWriter implements ItemWriter<RowOutcome> {

    private static final int DUPLICATE_KEY = 11000;
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoTemplate mongo;

    HarvestLotWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void write(Chunk<? extends RowOutcome> chunk) {
        List<Document> lots = new ArrayList<>(chunk.size());
        List<Document> errors = new ArrayList<>();
        for (RowOutcome outcome : chunk) {
            if (outcome.lot() != null) {
                lots.add(toBson(outcome.lot()));
            }
            outcome.errors().forEach(e -> errors.add(toBson(e)));
        }
        insertIgnoringDuplicates(mongo.getCollection(HarvestLotDocument.COLLECTION), lots);
        insertIgnoringDuplicates(mongo.getCollection(ImportErrorDocument.COLLECTION), errors);
    }

    private Document toBson(Object entity) {
        Document bson = new Document();
        mongo.getConverter().write(entity, bson);
        return bson;
    }

    static void insertIgnoringDuplicates(MongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(documents, UNORDERED);
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }
}
