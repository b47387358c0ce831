package cn.xixian.alliance.ecommerce.channels.taobao;

import static cn.xixian.alliance.ecommerce.channels.mapping.OrderFields.text;

import cn.xixian.alliance.ecommerce.channels.mapping.OrderFields;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderMapper;
import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.Receiver;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A Taobao/Tmall trade as {@code taobao.trade.fullinfo.get} and {@code taobao.trades.sold(.increment).get} return it:
 * {@code tid}, {@code status}, China-time {@code created/modified}, {@code receiver_*}, money as strings and the
 * sub-orders in the platform's list wrapping {@code orders.order[]}. A sub-order's {@code oid} is the line id.
 */
@Component
class TaobaoMapper implements OrderMapper {

    static final Map<String, SaleStatus> STATUS = Map.ofEntries(
            Map.entry("TRADE_NO_CREATE_PAY", SaleStatus.PLACED), Map.entry("WAIT_BUYER_PAY", SaleStatus.PLACED),
            Map.entry("PAY_PENDING", SaleStatus.PLACED), Map.entry("WAIT_PRE_AUTH_CONFIRM", SaleStatus.PLACED),
            Map.entry("WAIT_SELLER_SEND_GOODS", SaleStatus.PAID), Map.entry("PAID_FORBID_CONSIGN", SaleStatus.PAID),
            Map.entry("SELLER_CONSIGNED_PART", SaleStatus.SHIPPED),
            Map.entry("WAIT_BUYER_CONFIRM_GOODS", SaleStatus.SHIPPED),
            Map.entry("TRADE_BUYER_SIGNED", SaleStatus.SHIPPED), Map.entry("TRADE_FINISHED", SaleStatus.COMPLETED),
            Map.entry("TRADE_CLOSED", SaleStatus.CANCELLED), Map.entry("TRADE_CLOSED_BY_TAOBAO", SaleStatus.CANCELLED));
    private static final Set<String> CLOSED = Set.of("TRADE_CLOSED", "TRADE_CLOSED_BY_TAOBAO");

    @Override
    public OrderFormat format() {
        return OrderFormat.TAOBAO;
    }

    /** A trade; {@code {"trade_fullinfo_get_response": {"trade": …}}}; or a page {@code {"…_response": {"trades": {"trade": […]}}}}. */
    @Override
    public Orders unwrap(JsonNode root) {
        if (root.isObject() && !root.has("tid") && !root.has("tid_str") && root.size() == 1) {
            Map.Entry<String, JsonNode> only = root.fields().next();
            if (only.getKey().endsWith("_response") && only.getValue().isObject()) {
                JsonNode response = only.getValue();
                if (response.has("trade")) {
                    return Orders.one(response.get("trade"));
                }
                return page(response);
            }
        }
        return root.has("trades") ? page(root) : Orders.one(root);
    }

    private static Orders page(JsonNode response) {
        JsonNode trades = response.path("trades");
        JsonNode list = trades.has("trade") ? trades.get("trade") : trades;
        List<JsonNode> orders = new ArrayList<>();
        list.forEach(orders::add);
        JsonNode hasNext = response.get("has_next");
        return new Orders(orders, false, hasNext == null || hasNext.isNull() ? null : hasNext.asBoolean());
    }

    @Override
    public OrderKey key(JsonNode trade) {
        String tid = text(trade, "tid") != null ? text(trade, "tid") : text(trade, "tid_str");
        return new OrderKey(tid, new OrderFields().chinaTime(text(trade, "modified"), "modified", false));
    }

    @Override
    public IncomingOrder map(JsonNode trade, String storeCode, String source, String payload) {
        OrderFields fields = new OrderFields();
        String tid = fields.required(text(trade, "tid") != null ? text(trade, "tid") : text(trade, "tid_str"), "tid");
        String platformStatus = fields.required(text(trade, "status"), "status");
        SaleStatus status = platformStatus == null ? null : STATUS.get(platformStatus);
        if (platformStatus != null && status == null) {
            fields.error("status", "is not a Taobao trade status: '" + platformStatus + "'");
        }
        var created = fields.chinaTime(text(trade, "created"), "created", false);
        var modified = fields.chinaTime(text(trade, "modified"), "modified", true);
        var payment = fields.money(text(trade, "payment"), "payment", false);
        Receiver receiver = new Receiver(text(trade, "receiver_name"),
                text(trade, "receiver_mobile") != null ? text(trade, "receiver_mobile") : text(trade, "receiver_phone"),
                text(trade, "receiver_state"), text(trade, "receiver_city"), text(trade, "receiver_district"),
                text(trade, "receiver_address"));
        List<IncomingLine> lines = lines(trade, fields);
        fields.throwIfAny();
        return new IncomingOrder(storeCode, tid, OrderFormat.TAOBAO, status, platformStatus, created, modified,
                receiver, payment, lines, source, payload);
    }

    private static List<IncomingLine> lines(JsonNode trade, OrderFields fields) {
        JsonNode orders = trade.path("orders");
        JsonNode list = orders.has("order") ? orders.get("order") : orders;
        if (!list.isArray() || list.isEmpty()) {
            fields.error("orders.order", "is required: at least one sub-order");
            return List.of();
        }
        List<IncomingLine> lines = new ArrayList<>();
        Iterator<JsonNode> it = list.elements();
        for (int i = 0; it.hasNext(); i++) {
            JsonNode order = it.next();
            String path = "orders.order[" + i + "].";
            String oid = fields.required(text(order, "oid") != null ? text(order, "oid") : text(order, "oid_str"),
                    path + "oid");
            // Items without SKUs carry their code on the item (outer_iid) instead.
            String sku = fields.required(text(order, "outer_sku_id") != null ? text(order, "outer_sku_id")
                    : text(order, "outer_iid"), path + "outer_sku_id");
            int num = fields.quantity(text(order, "num"), path + "num");
            var price = fields.money(text(order, "price"), path + "price", false);
            boolean cancelled = CLOSED.contains(text(order, "status")) || "SUCCESS".equals(text(order, "refund_status"));
            lines.add(new IncomingLine(oid, sku, text(order, "title"), num, price, cancelled));
        }
        return lines;
    }
}
