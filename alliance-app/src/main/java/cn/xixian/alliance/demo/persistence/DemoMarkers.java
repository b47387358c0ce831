package cn.xixian.alliance.demo.persistence;

import java.time.Instant;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The demo loader's marks of what it has loaded ({@code app_settings}, one document per part). */
@Component
public class DemoMarkers {

    private static final String COLLECTION = "app_settings";

    private final MongoTemplate mongo;

    DemoMarkers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean loaded(String marker) {
        return mongo.getCollection(COLLECTION).countDocuments(new Document("_id", marker)) > 0;
    }

    public void mark(String marker, long seed) {
        mongo.getCollection(COLLECTION).insertOne(new Document("_id", marker).append("loadedAt", Instant.now())
                .append("seed", seed));
    }
}
