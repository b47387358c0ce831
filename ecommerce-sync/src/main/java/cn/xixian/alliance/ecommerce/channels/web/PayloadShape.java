package cn.xixian.alliance.ecommerce.channels.web;

import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises which platform's JSON a webhook body is, from the fields only that platform uses. A store's platform
 * says what it normally sends, but stores change integrations (a Taobao shop's ERP pushing the generic shape, a JD
 * order relayed by a service provider); reading what was actually sent beats a 400 for a valid order. Bodies it
 * cannot place are left to the store's own format (whose route then says what is wrong).
 */
final class PayloadShape {

    private PayloadShape() {
    }

    static Optional<OrderFormat> of(ObjectMapper json, String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        JsonNode order = root.isArray() && !root.isEmpty() ? root.get(0) : root;
        if (!order.isObject()) {
            return Optional.empty();
        }
        JsonNode envelope = singleEnvelope(order);
        if (envelope != null) {
            if (envelope.has("trade") || envelope.has("trades")) {
                return Optional.of(OrderFormat.TAOBAO);
            }
            if (envelope.findValue("orderInfoList") != null || envelope.findValue("searchorderinfo_result") != null
                    || envelope.findValue("orderInfo") != null) {
                return Optional.of(OrderFormat.JD);
            }
            return Optional.empty();
        }
        if (order.has("tid") || order.has("tid_str") || order.has("trades")) {
            return Optional.of(OrderFormat.TAOBAO);
        }
        if (order.has("orderState") || order.has("itemInfoList") || order.has("consigneeInfo")) {
            return Optional.of(OrderFormat.JD);
        }
        JsonNode orders = order.get("orders");
        if (order.path("lines").isArray() || (orders != null && orders.isArray()
                && orders.path(0).path("lines").isArray())) {
            return Optional.of(OrderFormat.GENERIC);
        }
        return Optional.empty();
    }

    /** The inside of a platform response envelope ({@code {"xxx_response": {...}}}, JD spells it "responce"). */
    private static JsonNode singleEnvelope(JsonNode order) {
        if (order.size() != 1) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = order.fields();
        Map.Entry<String, JsonNode> only = fields.next();
        boolean envelope = only.getKey().endsWith("_response") || only.getKey().endsWith("_responce");
        return envelope && only.getValue().isObject() ? only.getValue() : null;
    }
}
