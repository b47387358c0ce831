package cn.xixian.alliance.ecommerce.channels.mapping;

import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Maps one platform's order JSON (a Jackson tree) to the canonical {@link IncomingOrder}. */
public interface OrderMapper {

    OrderFormat format();

    /**
     * The order objects a payload holds: the order itself, or the orders of the platform's response envelope or
     * result page.
     */
    Orders unwrap(JsonNode root);

    /**
     * One order; {@code payload} is its own JSON text, kept with it. Every missing or invalid field is named in the
     * {@link cn.xixian.alliance.ecommerce.orders.OrderRejectedException} it throws.
     */
    IncomingOrder map(JsonNode order, String storeCode, String source, String payload);

    /**
     * The order's id and version as far as they can be read (null parts when not), without judging the rest: the
     * poller skips what it has taken before by this, even an order it could not map.
     */
    OrderKey key(JsonNode order);

    record OrderKey(String orderId, java.time.Instant modified) {

        public boolean complete() {
            return orderId != null && modified != null;
        }
    }

    /**
     * @param single  the payload was one order (not a page): a problem with it refuses the whole message
     * @param hasNext whether the platform says more pages follow (null when it does not say)
     */
    record Orders(List<JsonNode> orders, boolean single, Boolean hasNext) {

        public static Orders one(JsonNode order) {
            return new Orders(List.of(order), true, null);
        }
    }
}
