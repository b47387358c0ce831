package cn.xixian.alliance.core.harvest.persistence;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The harvest import's bulk writes: one unordered {@code insertMany} per collection, straight to the driver with
 * the BSON Spring Data would store. Rows whose natural key is already taken fail with a duplicate-key error that
 * is expected and passed over (that is what makes the import exactly-once); any other error is thrown.
 */
@Component
public class HarvestLotBulkInserts {

    private static final int DUPLICATE_KEY = 11000;
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoTemplate mongo;

    public HarvestLotBulkInserts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts the lots; returns how many were already there (duplicate key). */
    public int insertLots(List<HarvestLotDocument> lots) {
        return insertIgnoringDuplicates(mongo.getCollection(HarvestLotDocument.COLLECTION), toBson(lots));
    }

    /** Inserts the row errors; returns how many were already there (duplicate key). */
    public int insertErrors(List<ImportErrorDocument> errors) {
        return insertIgnoringDuplicates(mongo.getCollection(ImportErrorDocument.COLLECTION), toBson(errors));
    }

    /** The BSON Spring Data would store for the entities, for writes that go straight to the driver. */
    private List<Document> toBson(List<?> entities) {
        List<Document> documents = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            Document bson = new Document();
            mongo.getConverter().write(entity, bson);
            documents.add(bson);
        }
        return documents;
    }

    private static int insertIgnoringDuplicates(MongoCollection<Document> collection, List<Document> documents) {
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
