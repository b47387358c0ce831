package cn.xixian.alliance.ecommerce.orders.trace;

import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.processing.LotTraceExtension;
import cn.xixian.alliance.core.processing.TraceEdge;
import cn.xixian.alliance.core.processing.TraceLink;
import cn.xixian.alliance.core.processing.TraceNode;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.ecommerce.orders.StoreOrder;
import cn.xixian.alliance.ecommerce.orders.StoreOrders;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Store orders in the lot genealogy: a store order (trace id {@code storeCode:orderId}, or {@code storeCode/orderId}
 * where the caller can pass a slash) came from the red-order contracts its lines are booked on; a contract came from
 * its household and the harvest lots delivered on it. Downstream, a contract went into the store orders booked on it,
 * a household into its contracts that sales booked. Each step is one or two indexed reads.
 */
@Component
class StoreOrderTraceSteps implements LotTraceExtension {

    static final String STORE_ORDER = "STORE_ORDER";
    static final String RED_ORDER = "RED_ORDER";
    private static final int MAX_ORDERS = 1000;

    private final StoreOrders orders;
    private final RedOrderService redOrders;
    private final HarvestLotService harvestLots;

    StoreOrderTraceSteps(StoreOrders orders, RedOrderService redOrders, HarvestLotService harvestLots) {
        this.orders = orders;
        this.redOrders = redOrders;
        this.harvestLots = harvestLots;
    }

    @Override
    public Optional<TraceNode> find(String id) {
        String key = id.contains("/") ? id : id.replaceFirst(":", "/");
        return key.contains("/") ? orders.find(key).map(StoreOrderTraceSteps::node) : Optional.empty();
    }

    @Override
    public List<TraceLink> upstream(TraceNode node) {
        List<TraceLink> links = new ArrayList<>();
        switch (node.type()) {
            case STORE_ORDER -> orders.find(node.id()).ifPresent(order -> order.bookings().forEach(share ->
                    redOrder(share.redOrderId()).map(StoreOrderTraceSteps::node).ifPresent(contract -> links.add(
                            new TraceLink(contract, edge(contract, node, "BOOKED", share.weightKg()))))));
            case RED_ORDER -> redOrder(node.id()).ifPresent(contract -> {
                TraceNode household = household(contract);
                links.add(new TraceLink(household, edge(household, node, "CONTRACTED", null)));
                for (RedOrder.Delivery d : contract.deliveries()) {
                    if (d.harvestLotId() != null) {
                        lot(d.harvestLotId()).ifPresent(lot ->
                                links.add(new TraceLink(lot, edge(lot, node, "DELIVERED", d.weightKg()))));
                    }
                }
            });
            default -> {
            }
        }
        return links;
    }

    @Override
    public List<TraceLink> downstream(TraceNode node) {
        List<TraceLink> links = new ArrayList<>();
        if (node.type().equals(RED_ORDER)) {
            for (StoreOrder order : orders.bookedOn(node.id(), MAX_ORDERS)) {
                TraceNode sold = node(order);
                BigDecimal kg = order.bookings().stream().filter(b -> b.redOrderId().equals(node.id()))
                        .map(StoreOrder.BookingShare::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
                links.add(new TraceLink(sold, edge(node, sold, "BOOKED", kg)));
            }
        } else if (node.type().equals(TraceNode.HOUSEHOLD)) {
            Map<String, BigDecimal> contracts = new LinkedHashMap<>();
            for (StoreOrder order : orders.bookedOnHousehold(node.id(), MAX_ORDERS)) {
                order.bookings().stream().filter(b -> node.id().equals(b.householdId()))
                        .forEach(b -> contracts.merge(b.redOrderId(), b.weightKg(), BigDecimal::add));
            }
            contracts.forEach((id, kg) -> redOrder(id).map(StoreOrderTraceSteps::node).ifPresent(contract ->
                    links.add(new TraceLink(contract, edge(node, contract, "CONTRACTED", null)))));
        }
        return links;
    }

    private Optional<RedOrder> redOrder(String id) {
        try {
            return Optional.of(redOrders.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<TraceNode> lot(String id) {
        try {
            var lot = harvestLots.get(id);
            return Optional.of(TraceNode.of(TraceNode.HARVEST_LOT, lot.id(), lot.externalRef(), attributes(
                    "weightKg", lot.weightKg(), "grade", lot.grade(), "pickDate", lot.pickDate(),
                    "householdId", lot.householdId(), "cooperativeId", lot.cooperativeId())));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static TraceNode household(RedOrder contract) {
        return TraceNode.of(TraceNode.HOUSEHOLD, contract.householdId(),
                contract.householdCode() + " " + contract.householdName(), attributes("code", contract.householdCode(),
                        "cooperativeId", contract.cooperativeId(), "povertyRegistered", contract.povertyRegistered()));
    }

    static TraceNode node(StoreOrder order) {
        BigDecimal booked = order.lines().stream().map(StoreOrder.Line::bookedKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        return TraceNode.of(STORE_ORDER, order.storeCode() + "/" + order.orderId(),
                order.storeCode() + " " + order.orderId(), attributes("storeCode", order.storeCode(),
                        "orderId", order.orderId(), "status", order.status(), "bookedKg", booked,
                        "modified", order.modified(), "parcelRequestId", order.parcelRequestId()));
    }

    private static TraceNode node(RedOrder contract) {
        return TraceNode.of(RED_ORDER, contract.id(), "红色订单 " + contract.householdCode() + " " + contract.season(),
                attributes("householdId", contract.householdId(), "season", contract.season(),
                        "status", contract.status(), "povertyRegistered", contract.povertyRegistered()));
    }

    private static TraceEdge edge(TraceNode from, TraceNode to, String kind, BigDecimal kg) {
        return new TraceEdge(from.key(), to.key(), kind, kg);
    }

    private static Map<String, Object> attributes(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
