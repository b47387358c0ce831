package cn.xixian.alliance.ecommerce.channels.csv;

import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.channels.mapping.ChannelErrors;
import cn.xixian.alliance.ecommerce.channels.mapping.ChannelSteps;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * A CSV export (a file from the watched folder, or a dead-lettered order's rows on replay) to the canonical route,
 * in chunks of at most {@code alliance.ecommerce.csv.chunk-size} orders (each chunk one batch of the intake).
 * Orders with bad rows are dead-lettered with their row numbers; the rest go through.
 */
@Component
class CsvRoute extends RouteBuilder {

    private final DeadLetters deadLetters;
    private final ChannelSteps steps;
    private final int chunkSize;

    CsvRoute(DeadLetters deadLetters, ChannelSteps steps, EcommerceProperties settings) {
        this.deadLetters = deadLetters;
        this.steps = steps;
        this.chunkSize = settings.csv().chunkSize();
    }

    @Override
    public void configure() {
        from(SalesEndpoints.channel(OrderFormat.CSV)).routeId("channel-csv")
                .routeConfigurationId(ChannelErrors.ID)
                .process(this::read).id("csv-read")
                .split(body(), CsvRoute::collect).stopOnException()
                    .to(SalesEndpoints.STORE_ORDERS).id("csv-intake")
                .end()
                .process(steps::refuseRejectedSingle).id("csv-refuse-rejected");
    }

    private void read(Exchange exchange) {
        String payload = ChannelSteps.start(exchange, OrderFormat.CSV);
        String store = ChannelSteps.header(exchange, SalesEndpoints.STORE_CODE);
        String source = ChannelSteps.header(exchange, SalesEndpoints.SOURCE);
        if (store == null) {
            throw new OrderRejectedException(SalesEndpoints.STORE_CODE, "header is required");
        }
        CsvOrderReader.Result result = CsvOrderReader.read(payload == null ? "" : payload, store, source);
        boolean single = result.orders().size() + result.rejected().size() == 1;
        if (single && !result.rejected().isEmpty() && !"csv".equals(source)) {
            // A replayed (or pushed) single order is refused as a whole, like a JSON one.
            throw new OrderRejectedException(result.rejected().get(0).errors());
        }
        for (CsvOrderReader.Rejected bad : result.rejected()) {
            deadLetters.record(store, OrderFormat.CSV, source, bad.payload(), bad.errors(),
                    ChannelSteps.header(exchange, SalesEndpoints.REPLAY_OF));
        }
        List<List<IncomingOrder>> chunks = new ArrayList<>();
        for (int i = 0; i < result.orders().size(); i += chunkSize) {
            chunks.add(List.copyOf(result.orders().subList(i, Math.min(i + chunkSize, result.orders().size()))));
        }
        exchange.getMessage().setBody(chunks);
    }

    /** The intake's replies of all chunks, in order, as one list. */
    @SuppressWarnings("unchecked")
    private static Exchange collect(Exchange all, Exchange chunk) {
        if (all == null) {
            chunk.getMessage().setBody(new ArrayList<>(chunk.getMessage().getBody(List.class)));
            return chunk;
        }
        all.getMessage().getBody(List.class).addAll(chunk.getMessage().getBody(List.class));
        return all;
    }
}
