package cn.xixian.alliance.ecommerce.deadletter;

import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The dead-letter collection of the sales routes: what could not be taken, why, and a way to try again. A replay
 * sends the stored payload through its format's channel route once more, as if it had just arrived.
 */
@Service
public class DeadLetters {

    private final MongoTemplate mongo;
    private final ProducerTemplate producer;

    DeadLetters(MongoTemplate mongo, ProducerTemplate producer) {
        this.mongo = mongo;
        this.producer = producer;
    }

    /**
     * Records a rejected message; on a replay ({@code replayOf} set) updates that dead letter's reason instead of
     * adding another. Returns the dead letter's id.
     */
    public String record(String storeCode, OrderFormat format, String source, String payload, List<FieldError> errors,
            String replayOf) {
        String reason = String.join("; ", errors.stream().map(e -> (e.row() == null ? "" : "row " + e.row() + " ")
                + e.field() + ": " + e.message()).toList());
        Instant now = Instant.now();
        if (replayOf != null && mongo.updateFirst(Query.query(Criteria.where("_id").is(replayOf)),
                new Update().set("reason", reason).set("errors", errors).set("status", DeadLetterStatus.NEW)
                        .inc("attempts", 1).set("lastAttemptAt", now), DeadLetter.class).getMatchedCount() == 1) {
            return replayOf;
        }
        DeadLetter letter = new DeadLetter(UUID.randomUUID().toString(), storeCode, format, source, payload, reason,
                List.copyOf(errors), DeadLetterStatus.NEW, 1, now, now);
        return mongo.insert(letter).id();
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

    /**
     * Sends the payload through its channel route again. Returns the route's reply (a {@code List<IntakeResult>});
     * a payload that is still refused updates the dead letter and the route's {@code OrderRejectedException}
     * propagates (400 to the caller). Replaying a letter that already went through is a conflict (409).
     */
    public Object replay(String id) {
        DeadLetter letter = find(id).orElseThrow(() -> new NotFoundException("dead letter", id));
        if (letter.status() == DeadLetterStatus.REPLAYED) {
            throw new ConflictException("dead letter " + id + " was replayed already");
        }
        Object reply;
        try {
            reply = producer.requestBodyAndHeaders(SalesEndpoints.channel(letter.format()), letter.payload(),
                    Map.of(SalesEndpoints.STORE_CODE, letter.storeCode(), SalesEndpoints.SOURCE, "replay",
                            SalesEndpoints.REPLAY_OF, id));
        } catch (CamelExecutionException e) {
            // the route's own exception (OrderRejectedException → 400), not Camel's wrapper (→ 500)
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (reply instanceof List<?> results) {
            for (Object result : results) {
                if (result instanceof IntakeResult r && r.outcome() == IntakeOutcome.REJECTED) {
                    // refused again: the intake updated this dead letter with the new reason; it stays NEW
                    throw new OrderRejectedException(List.of(FieldError.of("payload", r.reason())), id);
                }
            }
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                .set("status", DeadLetterStatus.REPLAYED).inc("attempts", 1).set("lastAttemptAt", Instant.now()),
                DeadLetter.class);
        return reply;
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
