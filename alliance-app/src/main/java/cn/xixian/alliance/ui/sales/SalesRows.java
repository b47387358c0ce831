package cn.xixian.alliance.ui.sales;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetter;
import cn.xixian.alliance.ecommerce.orders.StoreOrder;
import cn.xixian.alliance.ecommerce.orders.UnbookedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Store orders, unbooked lines and dead letters as the sales page's tables show them (times in Beijing time). */
@Component
class SalesRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final HouseholdService households;

    SalesRows(HouseholdService households) {
        this.households = households;
    }

    record OrderRow(String storeCode, String orderId, String status, String saleStatus, String received, int lines,
            BigDecimal weightKg, BigDecimal bookedKg, BigDecimal amount, List<BookingRow> bookings, String traceId) {
    }

    record BookingRow(String redOrderId, String householdId, String household, boolean povertyRegistered,
            BigDecimal weightKg) {
    }

    record UnbookedRow(String storeCode, String orderId, String sku, String grade, BigDecimal weightKg,
            BigDecimal bookedKg, BigDecimal unbookedKg, String status, String modified) {
    }

    record LetterRow(String id, String storeCode, String format, String source, String reason, String status,
            int attempts, String received, String payload) {
    }

    /** One page of orders; the households of all their bookings are read in one query. */
    List<OrderRow> orders(List<StoreOrder> page) {
        List<String> ids = page.stream().flatMap(o -> o.bookings().stream()).map(StoreOrder.BookingShare::householdId)
                .distinct().toList();
        Map<String, Household> byId = households.findAll(ids).stream()
                .collect(Collectors.toMap(Household::id, Function.identity(), (a, b) -> a));
        return page.stream().map(o -> order(o, byId)).toList();
    }

    private static OrderRow order(StoreOrder o, Map<String, Household> households) {
        BigDecimal kg = o.lines().stream().map(StoreOrder.Line::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal booked = o.lines().stream().map(StoreOrder.Line::bookedKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BookingRow> bookings = o.bookings().stream().map(b -> {
            Household h = households.get(b.householdId());
            return new BookingRow(b.redOrderId(), b.householdId(), h == null ? b.householdId() : h.code() + " " + h.name(),
                    h != null && h.povertyRegistered(), b.weightKg());
        }).toList();
        return new OrderRow(o.storeCode(), o.orderId(), o.status(), o.saleStatus() == null ? null : o.saleStatus().name(),
                time(o.receivedAt() != null ? o.receivedAt() : o.modified()), o.lines().size(), kg, booked, amount(o),
                bookings, o.storeCode() + ":" + o.orderId());
    }

    /** What the buyer paid, or the lines' prices where the store sent no total. */
    private static BigDecimal amount(StoreOrder o) {
        if (o.payment() != null) {
            return o.payment();
        }
        return o.lines().stream().filter(l -> l.unitPrice() != null && !l.cancelled())
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()))).reduce(BigDecimal::add).orElse(null);
    }

    static UnbookedRow unbooked(UnbookedLine l) {
        return new UnbookedRow(l.storeCode(), l.orderId(), l.sku(), l.grade().name(), l.weightKg(), l.bookedKg(),
                l.unbookedKg(), l.status(), time(l.modified()));
    }

    static LetterRow letter(DeadLetter d) {
        return new LetterRow(d.id(), d.storeCode(), d.format() == null ? "" : d.format().name(), d.source(), d.reason(),
                d.status().name(), d.attempts(), time(d.receivedAt()), d.payload());
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
