package cn.xixian.alliance.ecommerce.orders;

import java.util.Locale;

/** The Camel endpoints and headers the sales routes share. */
public final class SalesEndpoints {

    /**
     * The canonical route: body a {@code List<IncomingOrder>} (one order from a webhook, a page from a poller, a
     * file's orders from the CSV folder), reply a {@code List<IntakeResult>} in the same order. Synchronous: when it
     * returns, every accepted order is stored and its booking recorded, so the caller may acknowledge the source
     * (answer 202, move the checkpoint, move the file).
     */
    public static final String STORE_ORDERS = "direct:store-orders";

    /** Header: the store code the message belongs to. */
    public static final String STORE_CODE = "allianceStoreCode";
    /** Header: how the message came in ({@code webhook}, {@code poll}, {@code csv}, {@code replay}, {@code bench}). */
    public static final String SOURCE = "allianceSource";
    /** Header: on a replay, the dead letter being replayed (a new failure updates it instead of adding one). */
    public static final String REPLAY_OF = "allianceReplayOf";

    private SalesEndpoints() {
    }

    /**
     * A format's channel route: body the raw payload ({@code String}, UTF-8 text as received), headers
     * {@link #STORE_CODE} and {@link #SOURCE}; it maps the payload to {@link IncomingOrder}s, sends them to
     * {@link #STORE_ORDERS} and replies with the {@code List<IntakeResult>}. A payload it cannot map is
     * dead-lettered and the exchange fails with {@link OrderRejectedException}.
     */
    public static String channel(OrderFormat format) {
        return "direct:channel-" + format.name().toLowerCase(Locale.ROOT);
    }
}
