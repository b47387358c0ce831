package cn.xixian.alliance.coldstorage.coldstore.persistence;

import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keepers' chamber temperature readings ({@code chamber_temperatures}). A reading sent with an idempotency key
 * has an id derived from it: the key is the document's own id, so a resent reading is stored once.
 */
@Component
public class TemperatureReadings {

    @Document(TemperatureReadings.COLLECTION)
    public record Reading(@Id String id, String chamberId, double tempC, double minC, double maxC, boolean alert,
            Instant at, String by) {
    }

    static final String COLLECTION = "chamber_temperatures";

    private final MongoTemplate mongo;

    TemperatureReadings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a reading; with an id already taken (a resent reading), answers with the first one. */
    public Reading insert(Reading reading) {
        try {
            return mongo.insert(reading, COLLECTION);
        } catch (DuplicateKeyException resent) {
            return mongo.findById(reading.id(), Reading.class, COLLECTION);
        }
    }

    public Optional<Reading> latest(String chamberId) {
        Query query = Query.query(Criteria.where("chamberId").is(chamberId)).with(Sort.by(Sort.Direction.DESC, "at"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, Reading.class, COLLECTION));
    }
}
