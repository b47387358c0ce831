package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderStore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Step {@code parcels}: the orders a batch newly booked ride to the fleet as PARCEL transport requests, source
 * {@code SALES}, one per van load: parcels going the same way ride together, split into loads of at most
 * {@code alliance.ecommerce.parcels.max-load-kg} (a whole batch to the post hub would outweigh any van). The load is
 * not decided here but when the order was recorded ({@link ParcelLoads}): each order holds its request's source
 * reference {@code <batchId>/<destination>/<n>} as {@code parcelRef}, so this step only groups by it and a repeated or
 * recovered step asks for exactly the same requests (submit is idempotent on the source reference). Weight = the
 * orders' booked kg (never above the planned kg the load was sized by). Pickup within today's working hours in
 * China (tomorrow's once they are over), delivery the same day.
 */
@Component
class ParcelStep {

    static final String SOURCE = "SALES";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TransportRequestService transport;
    private final ParcelPlaces places;
    private final StoreOrderStore store;

    ParcelStep(TransportRequestService transport, ParcelPlaces places, StoreOrderStore store) {
        this.transport = transport;
        this.places = places;
        this.store = store;
    }

    void emit(IntakeBatch batch) {
        withdrawEmptyLoads(batch);
        Map<String, List<StoreOrderDocument>> byLoad = new TreeMap<>();
        String mine = batch.id + "/";
        for (StoreOrderDocument doc : batch.orders) {
            if (doc.parcelRef() != null && doc.parcelRef().startsWith(mine) && doc.bookedGrams() > 0) {
                byLoad.computeIfAbsent(doc.parcelRef(), r -> new ArrayList<>()).add(doc);
            }
        }
        if (byLoad.isEmpty()) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(CHINA);
        LocalDate day = now.toLocalTime().isAfter(LocalTime.of(17, 0)) ? now.toLocalDate().plusDays(1) : now.toLocalDate();
        TimeWindow pickup = window(day, 8, 18);
        TimeWindow delivery = window(day, 8, 21);
        Place from = places.shipFrom();
        Map<String, Place> to = new HashMap<>(); // a batch has many loads but few destinations: look each up once
        List<NewTransportRequest> loads = new ArrayList<>();
        for (var group : byLoad.entrySet()) {
            List<StoreOrderDocument> orders = group.getValue();
            long grams = orders.stream().mapToLong(StoreOrderDocument::bookedGrams).sum();
            String notes = orders.size() + " store order(s): " + String.join(", ",
                    orders.stream().limit(5).map(StoreOrderDocument::id).toList()) + (orders.size() > 5 ? " …" : "");
            Place destination = to.computeIfAbsent(ParcelLoads.destination(batch.id, group.getKey()), places::place);
            loads.add(new NewTransportRequest(SOURCE, group.getKey(), TransportKind.PARCEL, from, destination,
                    Weights.kg(grams), null, pickup, delivery, 10, 5, false, notes));
        }
        transport.submitAll(loads); // idempotent per load: a repeated step gets the requests made the first time
    }

    /**
     * A load whose every order was cancelled before the van came is withdrawn, if no dispatch plan took it yet:
     * nothing is left to carry. A load that still carries other orders goes as it is (a parcel fewer).
     */
    private void withdrawEmptyLoads(IntakeBatch batch) {
        Set<String> loads = new TreeSet<>();
        for (StoreOrderDocument doc : batch.orders) {
            if ("CANCELLED".equals(doc.status()) && doc.parcelRef() != null) {
                loads.add(doc.parcelRef());
            }
        }
        for (String load : loads) {
            if (store.anyActiveOn(load)) {
                continue;
            }
            transport.findBySource(SOURCE, load).filter(r -> r.status() == TransportStatus.NEW).ifPresent(r -> {
                try {
                    transport.changeStatus(r.id(), List.of(TransportStatus.NEW), TransportStatus.CANCELLED);
                } catch (ConflictException planned) {
                    // a dispatch plan took it meanwhile: the dispatcher sees the cancelled order on the board
                }
            });
        }
    }

    private static TimeWindow window(LocalDate day, int fromHour, int toHour) {
        return new TimeWindow(day.atTime(fromHour, 0).atZone(CHINA).toInstant(), day.atTime(toHour, 0).atZone(CHINA).toInstant());
    }
}
