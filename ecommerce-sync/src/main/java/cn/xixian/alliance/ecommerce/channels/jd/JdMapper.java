package cn.xixian.alliance.ecommerce.channels.jd;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A JD POP order as the order search ({@code jingdong.pop.order.search}) and order get return it: {@code orderId},
 * {@code orderState}, China-time {@code orderStartTime/modified}, {@code consigneeInfo} and {@code itemInfoList},
 * with most numbers as strings. JD has no sub-order id: the line id is the JD {@code skuId}.
 */
@Component
class JdMapper implements OrderMapper {

    /**
     * A locked or paused order (a cancel under review, a held shipment) still wants its fruit: it stays booked until
     * JD says TRADE_CANCELED.
     */
    static final Map<String, SaleStatus> STATUS = Map.of(
            "WAIT_SELLER_STOCK_OUT", SaleStatus.PAID, "WAIT_SELLER_DELIVERY", SaleStatus.PAID,
            "LOCKED", SaleStatus.PAID, "PAUSE", SaleStatus.PAID, "POP_ORDER_PAUSE", SaleStatus.PAID,
            "WAIT_GOODS_RECEIVE_CONFIRM", SaleStatus.SHIPPED, "FINISHED_L", SaleStatus.COMPLETED,
            "TRADE_CANCELED", SaleStatus.CANCELLED);

    @Override
    public OrderFormat format() {
        return OrderFormat.JD;
    }

    /**
     * An order; {@code {"jingdong_pop_order_get_responce": {… "orderInfo": {…}}}}; or a search page
     * {@code {"jingdong_pop_order_search_responce": {"searchorderinfo_result": {"orderInfoList": […], "orderTotal"}}}}.
     */
    @Override
    public Orders unwrap(JsonNode root) {
        if (root.has("orderId")) {
            return Orders.one(root);
        }
        JsonNode list = root.findValue("orderInfoList");
        if (list != null && list.isArray()) {
            List<JsonNode> orders = new ArrayList<>();
            list.forEach(orders::add);
            return new Orders(orders, false, null);
        }
        if (root.findValue("searchorderinfo_result") != null) {
            return new Orders(List.of(), false, false); // a search page with no orders: JD leaves the list out
        }
        JsonNode one = root.findValue("orderInfo");
        return Orders.one(one != null && one.isObject() ? one : root);
    }

    @Override
    public OrderKey key(JsonNode order) {
        return new OrderKey(text(order, "orderId"),
                new OrderFields().chinaTime(text(order, "modified"), "modified", false));
    }

    @Override
    public IncomingOrder map(JsonNode order, String storeCode, String source, String payload) {
        OrderFields fields = new OrderFields();
        String orderId = fields.required(text(order, "orderId"), "orderId");
        String state = fields.required(text(order, "orderState"), "orderState");
        SaleStatus status = state == null ? null : STATUS.get(state);
        if (state != null && status == null) {
            fields.error("orderState", "is not a JD order state: '" + state + "'");
        }
        var created = fields.chinaTime(text(order, "orderStartTime"), "orderStartTime", false);
        var modified = fields.chinaTime(text(order, "modified"), "modified", true);
        var payment = fields.money(text(order, "orderPayment"), "orderPayment", false);
        JsonNode consignee = order.path("consigneeInfo");
        Receiver receiver = new Receiver(text(consignee, "fullname"),
                text(consignee, "mobile") != null ? text(consignee, "mobile") : text(consignee, "telephone"),
                text(consignee, "province"), text(consignee, "city"), text(consignee, "county"),
                text(consignee, "fullAddress"));
        List<IncomingLine> lines = lines(order, fields);
        fields.throwIfAny();
        return new IncomingOrder(storeCode, orderId, OrderFormat.JD, status, state, created, modified, receiver,
                payment, lines, source, payload);
    }

    private static List<IncomingLine> lines(JsonNode order, OrderFields fields) {
        JsonNode items = order.path("itemInfoList");
        if (!items.isArray() || items.isEmpty()) {
            fields.error("itemInfoList", "is required: at least one item");
            return List.of();
        }
        List<IncomingLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "itemInfoList[" + i + "].";
            String skuId = fields.required(text(item, "skuId"), path + "skuId");
            String sku = fields.required(text(item, "outerSkuId"), path + "outerSkuId");
            int quantity = fields.quantity(text(item, "itemTotal"), path + "itemTotal");
            var price = fields.money(text(item, "jdPrice"), path + "jdPrice", false);
            // The same JD SKU twice in one order (rare): keep the line ids distinct and stable.
            int n = seen.merge(String.valueOf(skuId), 1, Integer::sum);
            lines.add(new IncomingLine(n == 1 ? skuId : skuId + "#" + n, sku, text(item, "skuName"), quantity, price,
                    false));
        }
        return lines;
    }
}
