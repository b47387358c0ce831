package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.BatchContracts;
import cn.xixian.alliance.core.redorder.persistence.BookingDocument;
import cn.xixian.alliance.core.redorder.persistence.BookingStore;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.dao.DuplicateKeyException;
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
 * holds at most one entry per reference; booking the same reference again returns what was booked (a call that
 * finds another still booking it waits, up to the lease). A booking cut off by a crash is finished by the first call
 * with its reference after the lease ({@link BookingLeases#LEASE}) ran out.</li>
 * <li>Never beyond its kilograms: each contract's share is first reserved on the booking document (a conditional
 * {@code $inc} of {@code bookedGrams}, at most {@code requestedGrams}, given back if the contract refuses), so even a
 * worker that outlived its lease and one that took over cannot together book more than was asked. A crash between
 * reserving and booking leaves that share unbooked rather than risk booking it twice.</li>
 * <li>Append-only: bookings are appended to the contract, a release appends the reference to its released ones.</li>
 * </ul>
 * Sales channels book whole batches with {@link #planAll} and {@link #applyAll}: the same entries on the contracts, at
 * a handful of commands per batch instead of several per reference (see {@link BatchBookings}).
 */
@Service
public class RedOrderBookings {

    private static final int CANDIDATES = 20;

    private final BookingStore bookings;
    private final RedOrderStore store;
    private final BookingPolicy policy;
    private final BookingView views;
    private final BookingLeases leases;
    private final BatchBookings batch;

    RedOrderBookings(BookingStore bookings, BatchBookings batch, RedOrderStore store, BookingView views,
            BookingLeases leases, RedOrderProperties properties) {
        BookingPolicy policy = properties.booking().policy();
        this.bookings = bookings;
        this.store = store;
        this.views = views;
        this.leases = leases;
        this.policy = policy;
        this.batch = batch;
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
            bookings.insert(new BookingDocument(bookingRef, grade.name(), season, grams, BookingDocument.OPEN,
                    now.plus(BookingLeases.LEASE), now, null, 0));
            mine = true;
        } catch (DuplicateKeyException e) {
            BookingDocument existing = bookings.find(bookingRef).orElse(null);
            if (BookingDocument.RELEASED.equals(existing.state())) {
                return views.of(bookingRef); // cancelled already (perhaps before it was ever booked): nothing to book
            }
            if (!existing.grade().equals(grade.name()) || existing.season() != season || existing.requestedGrams() != grams) {
                throw new ConflictException("booking " + bookingRef + " was made for " + Weights.kg(existing.requestedGrams())
                        + " kg of " + existing.grade() + " in season " + existing.season());
            }
            mine = BookingDocument.OPEN.equals(existing.state()) && leases.takeOverAbandoned(bookingRef);
            if (!mine && BookingDocument.OPEN.equals(existing.state())) {
                leases.awaitFinished(bookingRef);
            }
        }
        if (mine) {
            allocate(bookingRef, grade.name(), season, grams);
            boolean done = bookings.finishOpen(bookingRef);
            if (!done) {
                releaseContracts(bookingRef, false); // released while this call was still booking: give those back too
            }
        }
        return views.of(bookingRef);
    }

    /**
     * Gives a cancelled sale's kilograms back to the contracts; repeating it changes nothing. A release that arrives
     * before its booking (messages out of order) leaves the reference released, so the late booking books nothing.
     */
    public Booking release(String bookingRef) {
        if (bookingRef == null || bookingRef.isBlank()) {
            throw new InvalidInputException("bookingRef", "is required");
        }
        boolean batchBooked; // then all its entries are keyed (a quick lookup per contract rather than a scan)
        try {
            Instant now = Instant.now();
            bookings.insert(new BookingDocument(bookingRef, null, 0, 0, BookingDocument.RELEASED, null, now, now, 0));
            batchBooked = true; // no booking document: booked as planned by the batch path, or not at all
        } catch (DuplicateKeyException booked) {
            BookingDocument header = bookings.find(bookingRef).orElse(null);
            batchBooked = header != null && (header.grade() == null // released before, never booked one by one
                    || BookingDocument.BATCH.equals(header.state()));
        }
        bookings.markReleased(bookingRef);
        releaseContracts(bookingRef, batchBooked);
        return views.of(bookingRef);
    }

    /**
     * Plans a batch of bookings (reads only): each request's kilograms against the season's ACTIVE contracts of its
     * grade in the {@link BookingPolicy}'s order, never beyond what a contract has available minus what earlier
     * requests of the same batch were planned onto it. The result, in request order, says what {@link #applyAll}
     * would book ({@code unbookedKg} where supply runs out). The caller records it (its intent) before applying.
     * One read (the first candidates of the batch's grades, projected without their big arrays; more only if the
     * batch needs them). Invalid input is refused as a whole (400 naming e.g. {@code requests[3].kg}; a reference twice in
     * one batch too).
     */
    public List<Booking> planAll(int season, List<BookingRequest> requests) {
        return batch.planAll(season, requests);
    }

    /**
     * Applies planned bookings with one guarded update per contract (all of the batch's shares on it at once);
     * idempotent per (contract, reference), so applying the same plan again after a crash books nothing twice. A
     * share a contract refuses (taken meanwhile) is booked elsewhere as far as supply goes, never beyond the
     * reference's own kilograms; a reference released already books nothing. Returns what each reference holds
     * after the call, in the order given.
     * <p>
     * The entries are the same as the single path's ({@code bookings} on the contract, one per contract and
     * reference), so {@link #release} and the statements and season report treat batch-booked references alike. No
     * booking document is written per reference on the common path: the caller's own record holding the plan (the
     * store order) is the intent record ({@link #find} knows such a reference by its entries alone). The
     * per-reference cap (never beyond its kilograms over all contracts, also after a crash) assumes one writer per
     * reference at a time: the sales module serialises booking and releasing. Invalid plans are refused as a whole
     * (400 naming e.g. {@code planned[2].bookings[0].weightKg}).
     */
    public List<Booking> applyAll(int season, List<Booking> planned) {
        return batch.applyAll(season, planned, ref -> releaseContracts(ref, true));
    }

    /** The newest season that still has ACTIVE contracts (what sales normally book against), if any. */
    public OptionalInt latestOpenSeason() {
        List<RedOrderDocument> newest = store.find(Query.query(Criteria.where("status").is(RedOrderStatus.ACTIVE.name()))
                .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "season"))
                .limit(1));
        return newest.isEmpty() ? OptionalInt.empty() : OptionalInt.of(newest.get(0).season());
    }

    /**
     * What a booking reference holds, if it is known. A reference the batch path booked as planned has no booking
     * document: it is known by its entries on the contracts, and its request is taken to be what it holds (the
     * caller's own record has the rest).
     */
    public Optional<Booking> find(String bookingRef) {
        return bookings.find(bookingRef).isEmpty() ? views.ofEntries(bookingRef)
                : Optional.of(views.of(bookingRef));
    }

    private void allocate(String ref, String grade, int season, long grams) {
        while (true) {
            List<RedOrderDocument> candidates = store.find(Query.query(Criteria.where("season").is(season)
                    .and("status").is(RedOrderStatus.ACTIVE.name()).and("available." + grade).gt(0)
                    .and("bookings.ref").ne(ref)).with(policy.order()).limit(CANDIDATES));
            if (candidates.isEmpty()) {
                return; // nothing left of this grade this season: the rest stays unbooked
            }
            for (RedOrderDocument candidate : candidates) {
                if (take(candidate, ref, grade, grams) < 0) {
                    return; // all requested grams are reserved (by this call or one that runs alongside it)
                }
            }
        }
    }

    /**
     * Books as much as the contract has left, up to what the reference still has unreserved; retried while others
     * book the same contract. The grams booked, or -1 when nothing of the reference is left to reserve.
     */
    private long take(RedOrderDocument contract, String ref, String grade, long requested) {
        RedOrderDocument current = contract;
        while (current != null && RedOrderStatus.ACTIVE.name().equals(current.status())
                && current.bookings().stream().noneMatch(b -> b.ref().equals(ref))) {
            BookingDocument booking = bookings.find(ref).orElse(null);
            long wanted = booking == null || !BookingDocument.OPEN.equals(booking.state()) ? 0
                    : requested - booking.bookedGrams();
            if (wanted <= 0) {
                return -1;
            }
            long qty = Math.min(wanted, current.available().getOrDefault(grade, 0L));
            if (qty <= 0) {
                return 0;
            }
            if (!reserve(ref, qty, requested)) {
                continue; // another worker of this reference reserved meanwhile: compute again
            }
            Criteria guard = Criteria.where("status").is(RedOrderStatus.ACTIVE.name())
                    .and("available." + grade).gte(qty).and("bookings.ref").ne(ref);
            Update update = new Update().inc("available." + grade, -qty).inc("booked." + grade, qty)
                    .inc("bookedTotalGrams", qty)
                    .push("bookings", new RedOrderDocument.BookingEntry(ref, grade, qty, Instant.now()))
                    .set(RedOrderDocument.BOOKING_REFS + "." + BatchContracts.refKey(ref), qty); // seen by the batch path
            if (store.adjust(current.id(), guard, update).isPresent()) {
                return qty;
            }
            reserve(ref, -qty, Long.MAX_VALUE); // the contract refused: give the reservation back
            current = store.find(current.id()).orElse(null);
        }
        return 0;
    }

    /** Reserves {@code qty} grams of the reference for a contract if that keeps it within {@code requested}. */
    private boolean reserve(String ref, long qty, long requested) {
        return bookings.reserve(ref, qty, requested);
    }

    /**
     * Gives back what the reference holds on each contract, once. {@code keyed}: all its entries are in the contracts'
     * {@link RedOrderDocument#BOOKING_REFS} (so they are found by key; entries of the single path made before that
     * field existed are found by scanning the entries).
     */
    private void releaseContracts(String ref, boolean keyed) {
        Criteria holding = keyed ? Criteria.where(RedOrderDocument.BOOKING_REFS + "." + BatchContracts.refKey(ref)).exists(true)
                : Criteria.where("bookings.ref").is(ref);
        for (RedOrderDocument contract : store.find(Query.query(holding.and("releasedRefs").ne(ref)))) {
            RedOrderDocument.BookingEntry entry = contract.bookings().stream().filter(b -> b.ref().equals(ref))
                    .findFirst().orElseThrow();
            store.adjust(contract.id(), Criteria.where("bookings.ref").is(ref).and("releasedRefs").ne(ref),
                    new Update().inc("available." + entry.grade(), entry.grams()).inc("booked." + entry.grade(), -entry.grams())
                            .inc("bookedTotalGrams", -entry.grams()).push("releasedRefs", ref));
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
