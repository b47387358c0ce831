package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequestPort;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Step {@code parcels}: the orders a batch newly booked ride to the fleet as one PARCEL transport request per
 * destination (parcels going the same way ride together), source {@code SALES}, source reference
 * {@code <batchId>/<destination>} (each order holds it as {@code parcelRef}) — so a repeated step returns the same
 * request. Pickup within today's working hours
 * in China (tomorrow's once they are over), delivery the same day.
 */
@Component
class ParcelStep {

    static final String SOURCE = "SALES";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TransportRequestPort transport;
    private final ParcelPlaces places;

    ParcelStep(TransportRequestPort transport, ParcelPlaces places) {
        this.transport = transport;
        this.places = places;
    }

    void emit(IntakeBatch batch) {
        Map<String, List<StoreOrderDocument>> byDestination = new TreeMap<>();
        String mine = batch.id + "/";
        for (StoreOrderDocument doc : batch.orders) {
            if (doc.parcelRef() != null && doc.parcelRef().startsWith(mine) && doc.bookedGrams() > 0) {
                byDestination.computeIfAbsent(doc.parcelRef().substring(mine.length()), d -> new ArrayList<>()).add(doc);
            }
        }
        if (byDestination.isEmpty()) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(CHINA);
        LocalDate day = now.toLocalTime().isAfter(LocalTime.of(17, 0)) ? now.toLocalDate().plusDays(1) : now.toLocalDate();
        TimeWindow pickup = window(day, 8, 18);
        TimeWindow delivery = window(day, 8, 21);
        for (var group : byDestination.entrySet()) {
            List<StoreOrderDocument> orders = group.getValue();
            long grams = orders.stream().mapToLong(StoreOrderDocument::bookedGrams).sum();
            String notes = orders.size() + " store order(s): " + String.join(", ",
                    orders.stream().limit(5).map(StoreOrderDocument::id).toList()) + (orders.size() > 5 ? " …" : "");
            transport.submit(new NewTransportRequest(SOURCE, mine + group.getKey(), TransportKind.PARCEL,
                    places.shipFrom(), places.place(group.getKey()), Weights.kg(grams), null, pickup, delivery, 10, 5,
                    false, notes));
        }
    }

    private static TimeWindow window(LocalDate day, int fromHour, int toHour) {
        return new TimeWindow(day.atTime(fromHour, 0).atZone(CHINA).toInstant(), day.atTime(toHour, 0).atZone(CHINA).toInstant());
    }
}
