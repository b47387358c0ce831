package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.core.redorder.Booking;
import cn.xixian.alliance.core.redorder.BookingRequest;
import cn.xixian.alliance.core.redorder.RedOrderBookings;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.catalog.SkuMapping;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import cn.xixian.alliance.ecommerce.orders.persistence.OrderBatchDocument;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

/**
 * Step {@code record} of the canonical route: the idempotent consumer. Rejects what cannot be taken (dead letter,
 * see {@link OrderAcceptance}), plans the new booking references ({@code planAll}, reads only) and writes each new version with its plan in one
 * document write: an insert (the key {@code storeCode/orderId} must be free) or a replace guarded by the version it
 * replaces. An order found known is decided against the stored document — same {@code modified}: DUPLICATE, older:
 * STALE, newer: planned and written again. An order first booked here is put in one of the batch's van loads
 * ({@link ParcelLoads}, at most {@code alliance.ecommerce.parcels.max-load-kg} per load) in the same write. The batch
 * record goes first, so a crash from here on is finished by the recovery.
 */
@Component
class RecordStep implements Processor {

    private final OrderAcceptance acceptance;
    private final StoreOrderStore store;
    private final RedOrderBookings bookings;
    private final ParcelPlaces places;
    private final Duration lease;
    private final long maxLoadGrams;
    private static final long SEASON_TTL_NANOS = 5_000_000_000L;
    private volatile int season;
    private volatile long seasonReadAt;

    RecordStep(OrderAcceptance acceptance, StoreOrderStore store, RedOrderBookings bookings, ParcelPlaces places,
            EcommerceProperties settings) {
        this.acceptance = acceptance;
        this.store = store;
        this.bookings = bookings;
        this.places = places;
        this.lease = settings.recovery().lease();
        this.maxLoadGrams = Weights.grams(settings.parcels().maxLoadKg());
    }

    @Override
    public void process(Exchange exchange) {
        List<IncomingOrder> orders = orders(exchange.getIn().getBody());
        IntakeBatch batch = new IntakeBatch(new ObjectId().toHexString(), season(), orders.size());
        exchange.setProperty(IntakeBatch.PROPERTY, batch);
        ParcelLoads loads = new ParcelLoads(batch.id, maxLoadGrams);
        Map<String, Map<String, SkuMapping>> skusByStore = new HashMap<>();
        Map<Integer, IncomingOrder> pending = acceptance.accept(orders, batch, skusByStore,
                exchange.getIn().getHeader(SalesEndpoints.REPLAY_OF, String.class));
        for (int round = 0; round < 5 && !pending.isEmpty(); round++) {
            // First round optimistic: every order is taken as new and its insert's duplicate key is the check; only
            // orders that turn out known (repeats, newer versions) are read, and decided again, in the next round.
            Map<String, StoreOrderDocument> stored = round == 0 ? Map.of()
                    : store.findAll(pending.values().stream().map(IncomingOrder::key).toList());
            Map<String, OrderBatchDocument> earlier = store.batches(stored.values().stream()
                    .map(StoreOrderDocument::batchId).filter(Objects::nonNull).distinct().toList());
            Map<Integer, OrderDraft> drafts = new LinkedHashMap<>();
            for (var entry : pending.entrySet()) {
                IncomingOrder order = entry.getValue();
                StoreOrderDocument previous = stored.get(order.key());
                OrderBatchDocument previousBatch = previous == null ? null : earlier.get(previous.batchId());
                boolean previousDone = previousBatch == null || OrderBatchDocument.DONE.equals(previousBatch.stage());
                if (previous != null && version(order).compareTo(previous.modified()) <= 0) {
                    IntakeOutcome outcome = version(order).equals(previous.modified()) ? IntakeOutcome.DUPLICATE
                            : IntakeOutcome.STALE;
                    batch.results[entry.getKey()] = result(order, outcome, previous.status());
                    if (!previousDone) {
                        batch.unfinished.add(previous.batchId()); // a retry finishes what the first delivery started
                    }
                    continue;
                }
                drafts.put(entry.getKey(), new OrderDraft(order, skusByStore.get(order.storeCode()), previous,
                        previousDone));
            }
            plan(batch.season, drafts.values());
            Instant now = Instant.now();
            List<StoreOrderDocument> inserts = new ArrayList<>();
            List<StoreOrderDocument> replaces = new ArrayList<>();
            Map<String, Instant> expected = new HashMap<>();
            Map<Integer, StoreOrderDocument> written = new LinkedHashMap<>();
            for (var entry : drafts.entrySet()) {
                OrderDraft draft = entry.getValue();
                StoreOrderDocument doc = draft.document(batch.id, batch.season, loads,
                        () -> places.destinationOf(draft.order.receiver()), now);
                written.put(entry.getKey(), doc);
                if (draft.previous == null) {
                    inserts.add(doc);
                } else {
                    replaces.add(doc);
                    expected.put(doc.id(), draft.previous.modified());
                }
            }
            List<String> ids = written.values().stream().map(StoreOrderDocument::id).toList();
            if (!written.isEmpty() && !batch.recorded) {
                store.insert(new OrderBatchDocument(batch.id, ids, batch.season, OrderBatchDocument.PLANNED,
                        now.plus(lease), now, null));
                batch.recorded = true;
            } else if (!written.isEmpty()) {
                store.addOrders(batch.id, ids);
            }
            Set<String> lost = store.write(inserts, replaces, expected);
            Map<Integer, IncomingOrder> retry = new LinkedHashMap<>();
            for (var entry : written.entrySet()) {
                if (lost.contains(entry.getValue().id())) {
                    loads.unassign(entry.getValue().parcelRef(), entry.getValue().bookedGrams());
                    retry.put(entry.getKey(), pending.get(entry.getKey())); // raced: read again and decide again
                } else {
                    batch.orders.add(entry.getValue());
                    batch.resultIndex.add(entry.getKey());
                    batch.results[entry.getKey()] = result(pending.get(entry.getKey()), drafts.get(entry.getKey()).outcome(),
                            entry.getValue().status());
                }
            }
            pending = retry;
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("store orders kept changing under the intake: " + pending.size());
        }
    }

    /**
     * The season sales book against, re-read every few seconds: a read per batch costs more than the small batches
     * of webhooks can afford. "No open season" is never kept (contracts signed meanwhile count at once).
     */
    private int season() {
        long now = System.nanoTime();
        if (season == 0 || now - seasonReadAt > SEASON_TTL_NANOS) {
            season = bookings.latestOpenSeason().orElse(0);
            seasonReadAt = now;
        }
        return season;
    }

    private void plan(int season, java.util.Collection<OrderDraft> drafts) {
        List<BookingRequest> requests = drafts.stream().flatMap(d -> d.toPlan.stream()).toList();
        Map<String, Booking> planned = new HashMap<>();
        if (season > 0 && !requests.isEmpty()) {
            bookings.planAll(season, requests).forEach(b -> planned.put(b.bookingRef(), b));
        }
        drafts.forEach(d -> d.plan(planned));
    }

    static IntakeResult result(IncomingOrder order, IntakeOutcome outcome, String status) {
        return new IntakeResult(order.storeCode(), order.orderId(), outcome, status, null, null);
    }

    /** The version as stored: MongoDB keeps milliseconds, so compare at that precision. */
    static Instant version(IncomingOrder order) {
        return order.modified().truncatedTo(ChronoUnit.MILLIS);
    }

    @SuppressWarnings("unchecked")
    private static List<IncomingOrder> orders(Object body) {
        if (body instanceof IncomingOrder single) {
            return List.of(single);
        }
        if (body instanceof List<?> list) {
            return (List<IncomingOrder>) list;
        }
        throw new IllegalArgumentException("the canonical route takes a List<IncomingOrder>, not " + body);
    }
}
