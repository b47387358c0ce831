package cn.xixian.alliance.ecommerce.deadletter.persistence;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetter;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetterStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code dead_letters} collection: each change one single-document write. */
@Component
public class DeadLetterStore {

    private final MongoTemplate mongo;

    DeadLetterStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public DeadLetter insert(DeadLetter letter) {
        return mongo.insert(letter);
    }

    /** A replay refused again: the letter's new reason, back to NEW. False when there is no such letter. */
    public boolean refusedAgain(String id, String reason, List<FieldError> errors, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("reason", reason).set("errors", errors).set("status", DeadLetterStatus.NEW)
                        .inc("attempts", 1).set("lastAttemptAt", at), DeadLetter.class).getMatchedCount() == 1;
    }

    public void markReplayed(String id, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                .set("status", DeadLetterStatus.REPLAYED).inc("attempts", 1).set("lastAttemptAt", at),
                DeadLetter.class);
    }

    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeadLetter.class));
    }

    /** Newest first; {@code storeCode} and {@code status} narrow it when given. */
    public List<DeadLetter> list(String storeCode, DeadLetterStatus status, int page, int size) {
        return mongo.find(query(storeCode, status).with(Sort.by(Sort.Direction.DESC, "receivedAt"))
                .skip((long) page * size).limit(size), DeadLetter.class);
    }

    public long count(String storeCode, DeadLetterStatus status) {
        return mongo.count(query(storeCode, status), DeadLetter.class);
    }

    private static Query query(String storeCode, DeadLetterStatus status) {
        Query query = new Query();
        if (storeCode != null && !storeCode.isBlank()) {
            query.addCriteria(Criteria.where("storeCode").is(storeCode));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        return query;
    }
}
