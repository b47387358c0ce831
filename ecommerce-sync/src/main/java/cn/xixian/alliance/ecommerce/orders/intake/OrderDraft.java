package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.Booking;
import cn.xixian.alliance.core.redorder.BookingRequest;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.catalog.SkuMapping;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument.Alloc;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument.Line;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument.Release;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The next version of a store order before its new booking references are planned: which lines keep what they hold,
 * which need booking (a new or changed line gets a new reference, {@code #r2}, {@code #r3} …) and which references of
 * the earlier version are given back (cancel, refund, a cancelled or changed line).
 */
final class OrderDraft {

    final IncomingOrder order;
    final StoreOrderDocument previous;
    final List<Line> lines = new ArrayList<>();
    final List<Release> releases = new ArrayList<>();
    /** Requests to plan, and for each the index of its line. */
    final List<BookingRequest> toPlan = new ArrayList<>();
    final List<Integer> planLine = new ArrayList<>();

    OrderDraft(IncomingOrder order, Map<String, SkuMapping> skus, StoreOrderDocument previous, boolean previousDone) {
        this.order = order;
        this.previous = previous;
        Map<String, Line> before = new HashMap<>();
        boolean heldBefore = previous != null && holds(previous.saleStatus());
        if (previous != null) {
            previous.lines().forEach(l -> before.put(l.lineId(), l));
        }
        boolean active = order.status().active();
        for (int i = 0; i < order.lines().size(); i++) {
            IncomingLine in = order.lines().get(i);
            String lineId = in.lineId() == null || in.lineId().isBlank() ? String.valueOf(i) : in.lineId();
            SkuMapping sku = skus.get(in.sku());
            long box = Weights.grams(sku.boxKg());
            long weight = box * in.quantity();
            Line prev = before.remove(lineId);
            boolean prevHolds = heldBefore && prev != null && !prev.cancelled() && prev.weightGrams() > 0;
            boolean wants = active && !in.cancelled() && weight > 0;
            String price = in.unitPrice() == null ? null : in.unitPrice().toPlainString();
            if (wants && prevHolds && prev.grade().equals(sku.grade().name()) && prev.weightGrams() == weight) {
                lines.add(new Line(lineId, in.sku(), in.title(), in.quantity(), price, false, prev.grade(), box, weight,
                        prev.ref(), prev.rev(), prev.applied() || previousDone, prev.allocs(), prev.bookedGrams(),
                        prev.unbookedGrams()));
                continue;
            }
            if (prevHolds) {
                releases.add(release(prev, previous.season(), previousDone));
            }
            int rev = prev == null ? 1 : wants ? prev.rev() + 1 : prev.rev();
            String ref = prev != null && rev == prev.rev() ? prev.ref() : ref(order, lineId, rev);
            lines.add(new Line(lineId, in.sku(), in.title(), in.quantity(), price, in.cancelled(),
                    sku.grade().name(), box, weight, ref, rev, true, List.of(), 0, 0));
            if (wants) {
                toPlan.add(new BookingRequest(ref, sku.grade(), Weights.kg(weight)));
                planLine.add(lines.size() - 1);
            }
        }
        for (Line gone : before.values()) { // a line the newer version no longer has
            if (heldBefore && !gone.cancelled() && gone.weightGrams() > 0) {
                releases.add(release(gone, previous.season(), previousDone));
            }
        }
    }

    /** The plan of this draft's requests (by reference) goes into its lines; nothing plannable: all unbooked. */
    void plan(Map<String, Booking> planned) {
        for (int k = 0; k < toPlan.size(); k++) {
            int index = planLine.get(k);
            Line line = lines.get(index);
            Booking booking = planned.get(line.ref());
            List<Alloc> allocs = booking == null ? List.of() : allocs(booking);
            long booked = allocs.stream().mapToLong(Alloc::grams).sum();
            lines.set(index, line.withBooking(allocs, booked, line.weightGrams() - booked, allocs.isEmpty()));
        }
    }

    /**
     * The planned version as a document. An order first booked now rides in one of this batch's loads to its
     * destination ({@code destination} is asked only then), chosen by its planned grams; a known one keeps its parcel.
     */
    StoreOrderDocument document(String batchId, int season, ParcelLoads loads, Supplier<String> destination,
            Instant now) {
        long booked = lines.stream().mapToLong(Line::bookedGrams).sum();
        String parcelRef = previous == null ? null : previous.parcelRef();
        if (parcelRef == null && order.status().active() && booked > 0) {
            parcelRef = loads.assign(destination.get(), booked);
        }
        return new StoreOrderDocument(order.key(), order.storeCode(), order.orderId(), order.format().name(),
                order.source(), order.status().name(), order.platformStatus(), status(lines, order), order.created(),
                RecordStep.version(order), order.receiver(), order.payment() == null ? null : order.payment().toPlainString(),
                List.copyOf(lines), List.copyOf(releases), season, batchId, parcelRef,
                previous == null ? now : previous.receivedAt());
    }

    IntakeOutcome outcome() {
        if (!order.status().active()) {
            return IntakeOutcome.CANCELLED;
        }
        if (previous != null && toPlan.isEmpty()) {
            return IntakeOutcome.UPDATED;
        }
        return lines.stream().anyMatch(l -> l.unbookedGrams() > 0) ? IntakeOutcome.UNBOOKED : IntakeOutcome.BOOKED;
    }

    static String status(List<Line> lines, IncomingOrder order) {
        return status(lines, order.status().active(), order.status().shipped());
    }

    static String status(List<Line> lines, boolean active, boolean shipped) {
        if (!active) {
            return "CANCELLED";
        }
        if (shipped) {
            return "FULFILLED";
        }
        return lines.stream().anyMatch(l -> l.unbookedGrams() > 0) ? "UNBOOKED" : "OPEN";
    }

    static boolean holds(String saleStatus) {
        return saleStatus != null && cn.xixian.alliance.ecommerce.orders.SaleStatus.valueOf(saleStatus).active();
    }

    static List<Alloc> allocs(Booking booking) {
        return booking.bookings().stream().map(a -> new Alloc(a.redOrderId(), a.householdId(),
                Weights.grams(a.weightKg()))).toList();
    }

    private static Release release(Line prev, int season, boolean previousDone) {
        return new Release(prev.ref(), prev.grade(), season, prev.allocs(), prev.weightGrams(),
                !(prev.applied() || previousDone));
    }

    static String ref(IncomingOrder order, String lineId, int rev) {
        return order.key() + "/" + lineId + (rev > 1 ? "#r" + rev : "");
    }

    static Grade grade(Line line) {
        return Grade.valueOf(line.grade());
    }
}
