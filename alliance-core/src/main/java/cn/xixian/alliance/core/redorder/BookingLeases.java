package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.BookingDocument;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Who books an OPEN booking reference: the call that created it holds a lease; a call with the same reference waits
 * for it, or takes the booking over once the lease ran out (its worker crashed).
 */
@Component
class BookingLeases {

    static final Duration LEASE = Duration.ofSeconds(30);

    private final MongoTemplate mongo;

    BookingLeases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A booking whose worker's lease ran out (it crashed) is taken over; true when this call now owns it. */
    boolean takeOverAbandoned(String ref) {
        Instant now = Instant.now();
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(ref).and("state").is(BookingDocument.OPEN)
                        .and("leaseUntil").lt(now)), Update.update("leaseUntil", now.plus(LEASE)),
                FindAndModifyOptions.options().returnNew(true), BookingDocument.class) != null;
    }

    /** A concurrent call with the same reference is booking it: wait (bounded) for it to finish. */
    void awaitFinished(String ref) {
        long deadline = System.nanoTime() + LEASE.toNanos();
        while (System.nanoTime() < deadline) {
            BookingDocument now = mongo.findById(ref, BookingDocument.class);
            if (now == null || !BookingDocument.OPEN.equals(now.state())) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
