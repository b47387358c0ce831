package cn.xixian.alliance.ecommerce.channels.mapping;

import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The error handling of the channel routes: a message the alliance cannot take goes to the dead letters with its
 * original payload and the reason, and the exchange still fails (not handled), so a webhook answers 400 and a CSV
 * file that could not be read at all moves to {@code .error}. A rejection that already names its dead letter (the
 * intake recorded it) is not recorded again.
 */
@Component
public class ChannelErrors extends RouteConfigurationBuilder {

    /** The channel routes select this configuration by id; other routes keep their own error handling. */
    public static final String ID = "sales-channels";

    private final DeadLetters deadLetters;

    ChannelErrors(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(OrderRejectedException.class).handled(false)
                // A refused message is an answer (400, a dead letter), not a failure of the alliance: no stack traces.
                .logExhausted(false).logStackTrace(false)
                .process(this::deadLetter);
    }

    private void deadLetter(Exchange exchange) {
        OrderRejectedException rejected = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, OrderRejectedException.class);
        if (rejected == null || rejected.deadLetterId() != null) {
            return;
        }
        String payload = exchange.getProperty(ChannelSteps.PAYLOAD, String.class);
        OrderFormat format = exchange.getProperty(ChannelSteps.FORMAT, OrderFormat.class);
        String id = deadLetters.record(ChannelSteps.header(exchange, SalesEndpoints.STORE_CODE), format,
                ChannelSteps.header(exchange, SalesEndpoints.SOURCE),
                payload != null ? payload : exchange.getMessage().getBody(String.class), rejected.errors(),
                ChannelSteps.header(exchange, SalesEndpoints.REPLAY_OF));
        // The caller sees the rejection with the id of the dead letter it became.
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new OrderRejectedException(rejected.errors(), id));
    }
}
