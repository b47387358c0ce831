package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.BookingDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * How the sales channels book sold kilograms against open (ACTIVE) red orders, and give them back when a sale
 * is cancelled. For callers in other modules (the e-commerce sync); no user is needed.
 * <ul>
 * <li>A contract is never over-booked: each booking is one atomic update guarded by
 * {@code available.<grade> >= qty}, whatever races.</li>
 * <li>Idempotent by booking reference: the reference is the unique key of a booking document, and a contract
 * holds at most one entry per reference; booking the same reference again returns what was booked. A booking
 * cut off by a crash is finished by the next call with its reference.</li>
 * <li>Append-only: bookings are appended to the contract, a release appends the reference to its released ones.</li>
 * </ul>
 */
@Service
public class RedOrderBookings {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int CANDIDATES = 20;

    private final MongoTemplate mongo;
    private final RedOrderStore store;
    private final BookingPolicy policy;
    private final BookingView views;

    RedOrderBookings(MongoTemplate mongo, RedOrderStore store, BookingView views,
            @Value("${alliance.redorder.booking.policy:POVERTY_FIRST}") BookingPolicy policy) {
        this.mongo = mongo;
        this.store = store;
        this.views = views;
        this.policy = policy;
    }

    /**
     * Books {@code kg} of {@code grade} from the season's open contracts in the configured {@link BookingPolicy}'s
     * order, possibly partly ({@code unbookedKg}). Repeating a reference returns its booking; the same reference
     * with another grade, season or weight is refused (409).
     */
    public Booking book(String bookingRef, Grade grade, BigDecimal kg, int season) {
        long grams = validGrams(bookingRef, grade, kg);
        Instant now = Instant.now();
        boolean mine;
        try {
            mongo.insert(new BookingDocument(bookingRef, grade.name(), season, grams, BookingDocument.OPEN,
                    now.plus(LEASE), now, null));
            mine = true;
        } catch (DuplicateKeyException e) {
            BookingDocument existing = mongo.findById(bookingRef, BookingDocument.class);
            if (!existing.grade().equals(grade.name()) || existing.season() != season || existing.requestedGrams() != grams) {
                throw new ConflictException("booking " + bookingRef + " was made for " + Weights.kg(existing.requestedGrams())
                        + " kg of " + existing.grade() + " in season " + existing.season());
            }
            mine = BookingDocument.OPEN.equals(existing.state()) && takeOverAbandoned(bookingRef);
            if (!mine && BookingDocument.OPEN.equals(existing.state())) {
                awaitFinished(bookingRef);
            }
        }
        if (mine) {
            allocate(bookingRef, grade.name(), season, grams);
            boolean done = mongo.updateFirst(Query.query(Criteria.where("_id").is(bookingRef)
                    .and("state").is(BookingDocument.OPEN)), Update.update("state", BookingDocument.DONE),
                    BookingDocument.class).getModifiedCount() > 0;
            if (!done) {
                releaseContracts(bookingRef); // released while this call was still booking: give those back too
            }
        }
        return views.of(bookingRef);
    }

    /** Gives a cancelled sale's kilograms back to the contracts; repeating it changes nothing. 404 when unknown. */
    public Booking release(String bookingRef) {
        BookingDocument header = mongo.findById(bookingRef, BookingDocument.class);
        if (header == null) {
            throw new NotFoundException("booking", bookingRef);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(bookingRef).and("state").ne(BookingDocument.RELEASED)),
                new Update().set("state", BookingDocument.RELEASED).set("releasedAt", Instant.now()), BookingDocument.class);
        releaseContracts(bookingRef);
        return views.of(bookingRef);
    }

    public Optional<Booking> find(String bookingRef) {
        return mongo.findById(bookingRef, BookingDocument.class) == null ? Optional.empty()
                : Optional.of(views.of(bookingRef));
    }

    private void allocate(String ref, String grade, int season, long grams) {
        long remaining = grams - views.bookedGrams(ref);
        while (remaining > 0) {
            List<RedOrderDocument> candidates = store.find(Query.query(Criteria.where("season").is(season)
                    .and("status").is(RedOrderStatus.ACTIVE.name()).and("available." + grade).gt(0)
                    .and("bookings.ref").ne(ref)).with(policy.order()).limit(CANDIDATES));
            if (candidates.isEmpty()) {
                return; // nothing left of this grade this season: the rest stays unbooked
            }
            for (RedOrderDocument candidate : candidates) {
                remaining -= take(candidate, ref, grade, remaining);
                if (remaining == 0) {
                    return;
                }
            }
        }
    }

    /** Books as much as the contract has left, up to {@code wanted}; retried while others book the same contract. */
    private long take(RedOrderDocument contract, String ref, String grade, long wanted) {
        RedOrderDocument current = contract;
        while (current != null && RedOrderStatus.ACTIVE.name().equals(current.status())
                && current.bookings().stream().noneMatch(b -> b.ref().equals(ref))) {
            long qty = Math.min(wanted, current.available().getOrDefault(grade, 0L));
            if (qty <= 0) {
                return 0;
            }
            Criteria guard = Criteria.where("status").is(RedOrderStatus.ACTIVE.name())
                    .and("available." + grade).gte(qty).and("bookings.ref").ne(ref);
            Update update = new Update().inc("available." + grade, -qty).inc("booked." + grade, qty)
                    .inc("bookedTotalGrams", qty)
                    .push("bookings", new RedOrderDocument.BookingEntry(ref, grade, qty, Instant.now()));
            if (store.adjust(current.id(), guard, update).isPresent()) {
                return qty;
            }
            current = store.find(current.id()).orElse(null);
        }
        return 0;
    }

    private void releaseContracts(String ref) {
        for (RedOrderDocument contract : store.find(Query.query(Criteria.where("bookings.ref").is(ref)
                .and("releasedRefs").ne(ref)))) {
            RedOrderDocument.BookingEntry entry = contract.bookings().stream().filter(b -> b.ref().equals(ref))
                    .findFirst().orElseThrow();
            store.adjust(contract.id(), Criteria.where("bookings.ref").is(ref).and("releasedRefs").ne(ref),
                    new Update().inc("available." + entry.grade(), entry.grams()).inc("booked." + entry.grade(), -entry.grams())
                            .inc("bookedTotalGrams", -entry.grams()).push("releasedRefs", ref));
        }
    }

    /** A booking whose worker's lease ran out (it crashed) is taken over; true when this call now owns it. */
    private boolean takeOverAbandoned(String ref) {
        Instant now = Instant.now();
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(ref).and("state").is(BookingDocument.OPEN)
                        .and("leaseUntil").lt(now)), Update.update("leaseUntil", now.plus(LEASE)),
                FindAndModifyOptions.options().returnNew(true), BookingDocument.class) != null;
    }

    /** A concurrent call with the same reference is booking it: wait (bounded) for it to finish. */
    private void awaitFinished(String ref) {
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

    private static long validGrams(String ref, Grade grade, BigDecimal kg) {
        if (ref == null || ref.isBlank() || ref.length() > 200) {
            throw new InvalidInputException("bookingRef", "is required (at most 200 characters)");
        }
        if (grade == null) {
            throw new InvalidInputException("grade", "is required");
        }
        if (kg == null || kg.signum() <= 0 || kg.stripTrailingZeros().scale() > 3) {
            throw new InvalidInputException("kg", "must be positive, to the gram at most");
        }
        return Weights.grams(kg.stripTrailingZeros());
    }
}
