package cn.xixian.alliance.core.redorder.persistence;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Booking references as stored ({@link BookingDocument}): each change is one guarded single-document update, so of
 * two racing calls of the same reference only one can make it.
 */
@Component
public class BookingStore {

    private final MongoTemplate mongo;

    BookingStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts the document; a reference already stored: {@link org.springframework.dao.DuplicateKeyException}. */
    public void insert(BookingDocument booking) {
        mongo.insert(booking);
    }

    public Optional<BookingDocument> find(String ref) {
        return Optional.ofNullable(mongo.findById(ref, BookingDocument.class));
    }

    /** OPEN → DONE; false when the reference is no longer OPEN (released meanwhile). */
    public boolean finishOpen(String ref) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(ref)
                .and("state").is(BookingDocument.OPEN)), Update.update("state", BookingDocument.DONE),
                BookingDocument.class).getModifiedCount() > 0;
    }

    /** Marks the reference RELEASED (with the time) unless it already is. */
    public void markReleased(String ref) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ref).and("state").ne(BookingDocument.RELEASED)),
                new Update().set("state", BookingDocument.RELEASED).set("releasedAt", Instant.now()), BookingDocument.class);
    }

    /**
     * Adds {@code qty} grams to what the reference has reserved; a positive {@code qty} only while the reference is
     * OPEN and stays within {@code requested}. True when it was added.
     */
    public boolean reserve(String ref, long qty, long requested) {
        Criteria guard = Criteria.where("_id").is(ref);
        if (qty > 0) {
            guard = guard.and("state").is(BookingDocument.OPEN).and("bookedGrams").lte(requested - qty);
        }
        return mongo.updateFirst(Query.query(guard), new Update().inc("bookedGrams", qty), BookingDocument.class)
                .getModifiedCount() == 1;
    }

    /** An OPEN reference whose lease ran out before {@code now} gets a new lease until {@code leaseUntil}; true if so. */
    public boolean takeOverLease(String ref, Instant now, Instant leaseUntil) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(ref).and("state").is(BookingDocument.OPEN)
                        .and("leaseUntil").lt(now)), Update.update("leaseUntil", leaseUntil),
                FindAndModifyOptions.options().returnNew(true), BookingDocument.class) != null;
    }
}
