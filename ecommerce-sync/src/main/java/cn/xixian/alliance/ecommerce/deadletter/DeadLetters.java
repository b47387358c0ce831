package cn.xixian.alliance.ecommerce.deadletter;

import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.ecommerce.deadletter.persistence.DeadLetterStore;
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
import org.springframework.stereotype.Service;

/**
 * The dead-letter collection of the sales routes: what could not be taken, why, and a way to try again. A replay
 * sends the stored payload through its format's channel route once more, as if it had just arrived.
 */
@Service
public class DeadLetters {

    private final DeadLetterStore store;
    private final ProducerTemplate producer;

    DeadLetters(DeadLetterStore store, ProducerTemplate producer) {
        this.store = store;
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
        if (replayOf != null && store.refusedAgain(replayOf, reason, errors, now)) {
            return replayOf;
        }
        DeadLetter letter = new DeadLetter(UUID.randomUUID().toString(), storeCode, format, source, payload, reason,
                List.copyOf(errors), DeadLetterStatus.NEW, 1, now, now);
        return store.insert(letter).id();
    }

    public Optional<DeadLetter> find(String id) {
        return store.find(id);
    }

    /** Newest first; {@code storeCode} and {@code status} narrow it when given. */
    public List<DeadLetter> list(String storeCode, DeadLetterStatus status, int page, int size) {
        return store.list(storeCode, status, page, size);
    }

    public long count(String storeCode, DeadLetterStatus status) {
        return store.count(storeCode, status);
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
        store.markReplayed(id, Instant.now());
        return reply;
    }
}
