package cn.xixian.alliance.ecommerce.channels.poll;

import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import cn.xixian.alliance.ecommerce.stores.OnlineStore;
import cn.xixian.alliance.ecommerce.stores.OnlineStoreSaved;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import org.apache.camel.CamelContext;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One timer route per polled store ({@code poll-<code>}): the stores polled at start, and any store registered (or
 * changed) later, which gets its route at once. Routes are per store because each has its own interval and
 * checkpoint; the steps are shared ({@link StorePoller}).
 */
@Component
class PollRoutes extends RouteBuilder {

    private final OnlineStores stores;
    private final StorePoller poller;
    private final CamelContext camel;

    PollRoutes(OnlineStores stores, StorePoller poller, CamelContext camel) {
        this.stores = stores;
        this.poller = poller;
        this.camel = camel;
    }

    static String routeId(String storeCode) {
        return "poll-" + storeCode;
    }

    @Override
    public void configure() {
        stores.polled().forEach(store -> add(this, store));
    }

    @EventListener
    void on(OnlineStoreSaved saved) throws Exception {
        String id = routeId(saved.store().code());
        if (camel.getRoute(id) != null) {
            camel.getRouteController().stopRoute(id);
            camel.removeRoute(id);
        }
        if (saved.store().poll().active()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    add(this, saved.store());
                }
            });
        }
    }

    private void add(RouteBuilder builder, OnlineStore store) {
        long period = store.poll().intervalSeconds() * 1000L;
        String id = routeId(store.code());
        builder.from("timer:" + id + "?period=" + period + "&delay=" + period).routeId(id)
                // An unreachable or failing store API is retried at the next tick, from the checkpoint.
                .onException(Exception.class).handled(true).logExhausted(false)
                    .log(LoggingLevel.WARN, "Polling store " + store.code() + " failed: ${exception.message}")
                .end()
                .process(e -> poller.open(e, store)).id(id + "-open")
                .loopDoWhile(exchangeProperty(StorePoller.MORE).isEqualTo(true))
                    .process(poller::next).id(id + "-next")
                    .filter(simple("${body.size()} > 0"))
                        .to(SalesEndpoints.STORE_ORDERS).id(id + "-intake")
                    .end()
                    .process(poller::stored).id(id + "-checkpoint")
                .end();
    }
}
