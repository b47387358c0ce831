package cn.xixian.alliance.core.purchasing;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequestPort;
import cn.xixian.alliance.core.web.ConflictException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Splits a placed order's delivery per village into INPUT_DELIVERY transport requests: from the supplier to
 * the village, on the village's earliest wanted-by date (or the date given). The reference
 * {@code <orderId>/<villageId>} makes the port return the first request on a retry, so splitting twice
 * never creates a second load.
 */
@Service
public class DeliverySplitter {

    public static final String SOURCE = "PURCHASING";
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private final PurchaseOrderService orders;
    private final SupplierService suppliers;
    private final MemberService members;
    private final TransportRequestPort transport;

    DeliverySplitter(PurchaseOrderService orders, SupplierService suppliers, MemberService members,
            TransportRequestPort transport) {
        this.orders = orders;
        this.suppliers = suppliers;
        this.members = members;
        this.transport = transport;
    }

    public PurchaseOrder split(String orderId, LocalDate deliveryDate) {
        PurchaseOrder order = orders.get(orderId);
        if (order.status() == PurchaseOrderStatus.DRAFT) {
            throw new ConflictException("purchase order " + orderId + " is still being aggregated");
        }
        Supplier supplier = suppliers.get(order.supplierId());
        Place from = new Place(null, supplier.name(), supplier.lat(), supplier.lon());
        List<PurchaseOrder.VillageDelivery> delivered = new ArrayList<>();
        for (PurchaseOrder.VillageDelivery village : order.villages()) {
            Member member = members.get(village.villageId());
            LocalDate day = deliveryDate != null ? deliveryDate : village.wantedBy();
            var request = transport.submit(new NewTransportRequest(SOURCE, orderId + "/" + village.villageId(),
                    TransportKind.INPUT_DELIVERY, from, new Place(member.id(), member.name(), member.lat(), member.lon()),
                    village.weightKg(), false, window(day, 7, 12), window(day, 8, 18), 20, 30, false,
                    "统一采购农资 " + order.id()));
            delivered.add(village.withTransportRequest(request.id()));
        }
        orders.recordDeliveries(orderId, delivered);
        return orders.get(orderId);
    }

    private static TimeWindow window(LocalDate day, int fromHour, int toHour) {
        return new TimeWindow(day.atTime(LocalTime.of(fromHour, 0)).atZone(COUNTY).toInstant(),
                day.atTime(LocalTime.of(toHour, 0)).atZone(COUNTY).toInstant());
    }
}
