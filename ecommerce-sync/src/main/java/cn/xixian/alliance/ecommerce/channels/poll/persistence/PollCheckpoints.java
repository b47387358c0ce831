package cn.xixian.alliance.ecommerce.channels.poll.persistence;

import cn.xixian.alliance.ecommerce.channels.poll.PollCheckpoint;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The poll checkpoints in MongoDB: one document per store, replaced whole (a single-document write). */
@Component
public class PollCheckpoints {

    private final MongoTemplate mongo;

    PollCheckpoints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The store's checkpoint, or a fresh one at {@code start} for a store never polled. */
    public PollCheckpoint load(String storeCode, Instant start) {
        PollCheckpoint saved = mongo.findById(storeCode, PollCheckpoint.class);
        return saved != null ? saved : new PollCheckpoint(storeCode, start, List.of(), null);
    }

    public void save(PollCheckpoint checkpoint) {
        mongo.save(checkpoint);
    }
}
