package cn.xixian.alliance.ecommerce.channels.generic;

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
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The alliance's generic order JSON of the README (the 832 platform, the web shop, any other store):
 * {@code {orderId, status, modified (ISO-8601 with offset), receiver{…}, lines[{sku, quantity, unitPrice}]}}.
 * A line's id is its {@code lineId} when the store sends one, else its SKU.
 */
@Component
class GenericMapper implements OrderMapper {

    @Override
    public OrderFormat format() {
        return OrderFormat.GENERIC;
    }

    /** An order; a JSON array of orders; or a page {@code {"orders": […], "hasNext": true}}. */
    @Override
    public Orders unwrap(JsonNode root) {
        JsonNode list = root.isArray() ? root : root.has("orders") && root.get("orders").isArray() ? root.get("orders")
                : null;
        if (list == null) {
            return Orders.one(root);
        }
        List<JsonNode> orders = new ArrayList<>();
        list.forEach(orders::add);
        JsonNode hasNext = root.get("hasNext");
        return new Orders(orders, false, hasNext == null || hasNext.isNull() ? null : hasNext.asBoolean());
    }

    @Override
    public OrderKey key(JsonNode order) {
        return new OrderKey(text(order, "orderId"), new OrderFields().instant(text(order, "modified"), "modified", false));
    }

    @Override
    public IncomingOrder map(JsonNode order, String storeCode, String source, String payload) {
        OrderFields fields = new OrderFields();
        if (!order.isObject()) {
            fields.error("body", "must be an order object");
            fields.throwIfAny();
        }
        String orderId = fields.required(text(order, "orderId"), "orderId");
        String given = fields.required(text(order, "status"), "status");
        SaleStatus status = null;
        if (given != null) {
            try {
                status = SaleStatus.valueOf(given.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fields.error("status", "must be one of PLACED, PAID, SHIPPED, COMPLETED, CANCELLED, REFUNDED");
            }
        }
        var created = fields.instant(text(order, "created"), "created", false);
        var modified = fields.instant(text(order, "modified"), "modified", true);
        var payment = fields.money(text(order, "payment"), "payment", false);
        JsonNode r = order.path("receiver");
        Receiver receiver = new Receiver(text(r, "name"), text(r, "phone"), text(r, "province"), text(r, "city"),
                text(r, "district"), text(r, "address"));
        List<IncomingLine> lines = lines(order, fields);
        fields.throwIfAny();
        return new IncomingOrder(storeCode, orderId, OrderFormat.GENERIC, status, given, created, modified, receiver,
                payment, lines, source, payload);
    }

    private static List<IncomingLine> lines(JsonNode order, OrderFields fields) {
        JsonNode items = order.path("lines");
        if (!items.isArray() || items.isEmpty()) {
            fields.error("lines", "is required: at least one line");
            return List.of();
        }
        List<IncomingLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode line = items.get(i);
            String path = "lines[" + i + "].";
            String sku = fields.required(text(line, "sku"), path + "sku");
            int quantity = fields.quantity(text(line, "quantity"), path + "quantity");
            var price = fields.money(text(line, "unitPrice"), path + "unitPrice", false);
            String lineId = text(line, "lineId");
            if (lineId == null) {
                int n = seen.merge(String.valueOf(sku), 1, Integer::sum);
                lineId = n == 1 ? sku : sku + "#" + n;
            }
            boolean cancelled = line.path("cancelled").asBoolean(false);
            lines.add(new IncomingLine(lineId, sku, text(line, "title"), quantity, price, cancelled));
        }
        return lines;
    }
}
