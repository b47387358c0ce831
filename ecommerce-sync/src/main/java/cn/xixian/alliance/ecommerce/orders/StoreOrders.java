package cn.xixian.alliance.ecommerce.orders;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderQueries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Reading store orders: one, a page of them, the lines left unbooked, the orders booked on a contract. */
@Service
public class StoreOrders {

    private final StoreOrderQueries orders;
    private final TransportRequestService transport;

    StoreOrders(StoreOrderQueries orders, TransportRequestService transport) {
        this.orders = orders;
        this.transport = transport;
    }

    public StoreOrder get(String storeCode, String orderId) {
        return find(storeCode + "/" + orderId).orElseThrow(() -> new NotFoundException("store order", storeCode + "/" + orderId));
    }

    /** By key {@code storeCode/orderId}. */
    public Optional<StoreOrder> find(String key) {
        return orders.find(key).map(this::view);
    }

    public PageResponse<StoreOrder> search(String storeCode, String status, Pageable page) {
        return orders.search(storeCode, status, page, this::view);
    }

    /** Lines with kilograms no contract could take, newest orders first. */
    public PageResponse<UnbookedLine> unbooked(String storeCode, Pageable page) {
        PageResponse<StoreOrderDocument> found = orders.withUnbookedLines(storeCode, page);
        List<UnbookedLine> lines = new ArrayList<>();
        for (StoreOrderDocument doc : found.items()) {
            for (StoreOrderDocument.Line line : doc.lines()) {
                if (line.unbookedGrams() > 0) {
                    lines.add(new UnbookedLine(doc.storeCode(), doc.orderId(), line.lineId(), line.sku(),
                            Grade.valueOf(line.grade()), Weights.kg(line.weightGrams()), Weights.kg(line.bookedGrams()),
                            Weights.kg(line.unbookedGrams()), doc.status(), doc.modified()));
                }
            }
        }
        return new PageResponse<>(lines, found.total()); // total counts orders with such lines
    }

    /** Orders booked on a red-order contract (for the trace), at most {@code limit}. */
    public List<StoreOrder> bookedOn(String redOrderId, int limit) {
        return orders.bookedOn(redOrderId, limit).stream().map(this::view)
                .filter(o -> o.bookings().stream().anyMatch(b -> b.redOrderId().equals(redOrderId))).toList();
    }

    /** Orders booked on any contract of a household (for the trace), at most {@code limit}. */
    public List<StoreOrder> bookedOnHousehold(String householdId, int limit) {
        return orders.bookedOnHousehold(householdId, limit).stream().map(this::view).toList();
    }

    private StoreOrder view(StoreOrderDocument doc) {
        List<StoreOrder.Line> lines = new ArrayList<>();
        Map<String, long[]> shares = new LinkedHashMap<>();
        Map<String, String> households = new LinkedHashMap<>();
        boolean cancelled = "CANCELLED".equals(doc.status());
        for (StoreOrderDocument.Line l : doc.lines()) {
            lines.add(new StoreOrder.Line(l.lineId(), l.sku(), l.title(), l.quantity(),
                    l.unitPrice() == null ? null : new BigDecimal(l.unitPrice()), l.cancelled(),
                    Grade.valueOf(l.grade()), Weights.kg(l.boxGrams()), Weights.kg(l.weightGrams()),
                    Weights.kg(l.bookedGrams()), Weights.kg(l.unbookedGrams()), l.ref()));
            for (StoreOrderDocument.Alloc a : cancelled ? List.<StoreOrderDocument.Alloc>of() : l.allocs()) {
                shares.computeIfAbsent(a.redOrderId(), k -> new long[1])[0] += a.grams();
                households.put(a.redOrderId(), a.householdId());
            }
        }
        List<StoreOrder.BookingShare> bookings = shares.entrySet().stream().map(e -> new StoreOrder.BookingShare(
                e.getKey(), households.get(e.getKey()), Weights.kg(e.getValue()[0]))).toList();
        return new StoreOrder(doc.storeCode(), doc.orderId(), doc.status(), doc.modified(), lines, bookings,
                SaleStatus.valueOf(doc.saleStatus()), doc.platformStatus(), OrderFormat.valueOf(doc.format()),
                doc.source(), doc.receiver(), doc.payment() == null ? null : new BigDecimal(doc.payment()),
                parcelRequestId(doc.parcelRef()), doc.created(), doc.receivedAt());
    }

    /** The order's parcel request, found by its source reference (absent until the parcels step ran). */
    private String parcelRequestId(String parcelRef) {
        return parcelRef == null ? null
                : transport.findBySource("SALES", parcelRef).map(TransportRequest::id).orElse(null);
    }
}
