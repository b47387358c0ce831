package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.Booking;
import cn.xixian.alliance.core.redorder.RedOrderBookings;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import cn.xixian.alliance.ecommerce.orders.persistence.OrderBatchDocument;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument.Alloc;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument.Line;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument.Release;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Steps {@code book} and {@code done} of a written batch, for the route and the recovery alike (each step is
 * idempotent, so finishing a batch twice changes nothing): apply the stored plans (one guarded update per contract),
 * record where the booking turned out otherwise, give back the released references, mark the batch.
 */
@Component
class BatchFinisher {

    private static final Logger log = LoggerFactory.getLogger(BatchFinisher.class);

    private final RedOrderBookings bookings;
    private final StoreOrderStore store;
    private final BookingLock lock;

    BatchFinisher(RedOrderBookings bookings, StoreOrderStore store, BookingLock lock) {
        this.bookings = bookings;
        this.store = store;
        this.lock = lock;
    }

    void book(IntakeBatch batch) {
        if (batch.orders.isEmpty()) {
            return;
        }
        lock.run(() -> {
            applyBeforeRelease(batch.orders);
            Map<String, Booking> outcome = apply(batch.orders);
            for (int i = 0; i < batch.orders.size(); i++) {
                StoreOrderDocument doc = batch.orders.get(i);
                StoreOrderDocument actual = asBooked(doc, outcome);
                if (actual != doc) {
                    store.rewriteLines(actual);
                    batch.orders.set(i, actual);
                    int index = batch.resultIndex.get(i);
                    if (index >= 0) {
                        IntakeResult was = batch.results[index];
                        batch.results[index] = new IntakeResult(was.storeCode(), was.orderId(), reOutcome(was, actual),
                                actual.status(), null, null);
                    }
                }
                doc.releases().forEach(r -> bookings.release(r.ref()));
            }
        });
        long unbooked = batch.orders.stream().mapToLong(StoreOrderDocument::unbookedGrams).sum();
        if (unbooked > 0) {
            log.warn("Intake batch {}: {} kg sold without contracted supply left (marked UNBOOKED)", batch.id,
                    Weights.kg(unbooked));
        }
        store.stage(batch.id, OrderBatchDocument.APPLIED);
    }

    void done(IntakeBatch batch) {
        if (!batch.recorded) {
            return;
        }
        store.stage(batch.id, OrderBatchDocument.DONE);
    }

    /** An earlier version's plan that may not have been applied is applied before it is released (idempotent). */
    private void applyBeforeRelease(List<StoreOrderDocument> orders) {
        Map<Integer, List<Booking>> bySeason = new HashMap<>();
        for (StoreOrderDocument doc : orders) {
            for (Release r : doc.releases()) {
                if (r.applyFirst() && !r.plan().isEmpty() && r.season() > 0) {
                    bySeason.computeIfAbsent(r.season(), s -> new ArrayList<>())
                            .add(plan(r.ref(), r.grade(), r.season(), r.requestedGrams(), r.plan()));
                }
            }
        }
        bySeason.forEach(bookings::applyAll);
    }

    private Map<String, Booking> apply(List<StoreOrderDocument> orders) {
        Map<Integer, List<Booking>> bySeason = new HashMap<>();
        for (StoreOrderDocument doc : orders) {
            for (Line line : doc.lines()) {
                if (!line.applied() && !line.allocs().isEmpty() && doc.season() > 0) {
                    bySeason.computeIfAbsent(doc.season(), s -> new ArrayList<>())
                            .add(plan(line.ref(), line.grade(), doc.season(), line.weightGrams(), line.allocs()));
                }
            }
        }
        Map<String, Booking> result = new HashMap<>();
        bySeason.forEach((season, plans) -> bookings.applyAll(season, plans).forEach(b -> result.put(b.bookingRef(), b)));
        return result;
    }

    /** The document with each applied line as booked, or the same document when everything went as planned. */
    private static StoreOrderDocument asBooked(StoreOrderDocument doc, Map<String, Booking> outcome) {
        boolean changed = false;
        List<Line> lines = new ArrayList<>(doc.lines());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Booking booked = line.applied() ? null : outcome.get(line.ref());
            if (booked == null) {
                continue;
            }
            List<Alloc> allocs = OrderDraft.allocs(booked);
            if (!new HashSet<>(allocs).equals(new HashSet<>(line.allocs())) || allocs.size() != line.allocs().size()) {
                long grams = allocs.stream().mapToLong(Alloc::grams).sum();
                lines.set(i, line.withBooking(allocs, grams, Math.max(0, line.weightGrams() - grams), true));
                changed = true;
            }
        }
        if (!changed) {
            return doc;
        }
        SaleStatus sale = SaleStatus.valueOf(doc.saleStatus());
        return doc.withLines(lines, OrderDraft.status(lines, sale.active(), sale.shipped()));
    }

    private static IntakeOutcome reOutcome(IntakeResult was, StoreOrderDocument actual) {
        if (was.outcome() == IntakeOutcome.BOOKED || was.outcome() == IntakeOutcome.UNBOOKED) {
            return actual.unbookedGrams() > 0 ? IntakeOutcome.UNBOOKED : IntakeOutcome.BOOKED;
        }
        return was.outcome();
    }

    private static Booking plan(String ref, String grade, int season, long requestedGrams, List<Alloc> allocs) {
        long booked = allocs.stream().mapToLong(Alloc::grams).sum();
        return new Booking(ref, Grade.valueOf(grade), season, Weights.kg(requestedGrams), Weights.kg(booked),
                Weights.kg(requestedGrams - booked), false, allocs.stream()
                        .map(a -> new Booking.Allocation(a.redOrderId(), a.householdId(), Weights.kg(a.grams()))).toList());
    }
}
