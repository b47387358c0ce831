package cn.xixian.alliance.ecommerce.channels.poll;

import cn.xixian.alliance.ecommerce.channels.mapping.ChannelSteps;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderMapper;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderMapper.OrderKey;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.stores.OnlineStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps of a poll round. A round reads the window [checkpoint, now - lag] page by page; each page's new orders go
 * to the canonical route, and only when that returned is the checkpoint moved past them. A page is asked for again
 * from the new checkpoint (page 1), so a page boundary in the middle of orders that share one second is crossed by
 * the page number instead. A round cut off anywhere (an HTTP error, a crash, a stop) resumes from the checkpoint: it
 * neither skips an order nor hands one over twice; an order modified again later is a newer version and is taken.
 */
@Component
class StorePoller {

    private static final Logger log = LoggerFactory.getLogger(StorePoller.class);

    static final String ROUND = "alliancePollRound";
    static final String MORE = "alliancePollMore";

    private final StoreOrderApi api;
    private final PollCheckpoints checkpoints;
    private final ChannelSteps steps;
    private final DeadLetters deadLetters;
    private final Map<OrderFormat, OrderMapper> mappers;
    private final Duration lag;
    private final Duration lookback;
    private final Duration maxWindow;
    private final int maxPages;
    private final Clock clock = Clock.systemUTC();

    StorePoller(StoreOrderApi api, PollCheckpoints checkpoints, ChannelSteps steps, DeadLetters deadLetters,
            List<OrderMapper> mappers, @Value("${alliance.ecommerce.poll.lag:60s}") Duration lag,
            @Value("${alliance.ecommerce.poll.initial-lookback:1d}") Duration lookback,
            @Value("${alliance.ecommerce.poll.max-window:1d}") Duration maxWindow,
            @Value("${alliance.ecommerce.poll.max-pages:100}") int maxPages) {
        this.api = api;
        this.checkpoints = checkpoints;
        this.steps = steps;
        this.deadLetters = deadLetters;
        this.mappers = mappers.stream().collect(Collectors.toMap(OrderMapper::format, Function.identity()));
        this.lag = lag;
        this.lookback = lookback;
        this.maxWindow = maxWindow;
        this.maxPages = maxPages;
    }

    /** A round's state between the steps. */
    static final class Round {
        final OnlineStore store;
        final Instant to;
        PollCheckpoint checkpoint;
        int page = 1;
        int pages;
        boolean full;
        List<OrderKey> taken = List.of();

        Round(OnlineStore store, PollCheckpoint checkpoint, Instant to) {
            this.store = store;
            this.checkpoint = checkpoint;
            this.to = to;
        }
    }

    void open(Exchange exchange, OnlineStore store) {
        Instant now = clock.instant();
        PollCheckpoint checkpoint = checkpoints.load(store.code(), now.minus(lookback));
        Instant end = now.minus(lag).truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // the platforms' precision
        if (end.isAfter(checkpoint.modified().plus(maxWindow))) {
            end = checkpoint.modified().plus(maxWindow); // the platforms limit a window (Taobao: one day)
        }
        exchange.setProperty(ROUND, new Round(store, checkpoint, end));
        exchange.setProperty(MORE, end.isAfter(checkpoint.modified()));
        exchange.getMessage().setBody(List.of());
    }

    /** Fetches the next page; the body becomes its orders not taken before, oldest first. */
    void fetch(Exchange exchange) throws IOException {
        Round round = exchange.getProperty(ROUND, Round.class);
        OnlineStore store = round.store;
        OrderMapper mapper = mappers.get(store.format());
        String text = api.page(store, round.checkpoint.modified(), round.to, round.page, store.poll().pageSize());
        OrderMapper.Orders found = mapper.unwrap(steps.parse(text));
        List<IncomingOrder> fresh = new ArrayList<>();
        List<OrderKey> taken = new ArrayList<>();
        Instant previous = null;
        for (var node : found.orders()) {
            OrderKey key = mapper.key(node);
            if (key.modified() != null && previous != null && key.modified().isBefore(previous)) {
                // The checkpoint moves page by page, which is only safe when the API sorts oldest first.
                log.warn("Order API of store {} does not list orders oldest first (modified {} after {}): orders "
                        + "may be missed; make its poll URL sort by modified time, ascending", store.code(),
                        key.modified(), previous);
            }
            previous = key.modified() != null ? key.modified() : previous;
            if (key.complete() && round.checkpoint.covers(key)) {
                continue;
            }
            String payload = node.toString();
            try {
                IncomingOrder order = mapper.map(node, store.code(), "poll", payload);
                fresh.add(order);
                taken.add(new OrderKey(order.orderId(), order.modified()));
            } catch (OrderRejectedException e) {
                deadLetters.record(store.code(), mapper.format(), "poll", payload, e.errors(), null);
                if (key.complete()) {
                    taken.add(key);
                }
            }
        }
        fresh.sort(Comparator.comparing(IncomingOrder::modified));
        round.taken = taken;
        round.full = found.hasNext() != null ? found.hasNext() : found.orders().size() >= store.poll().pageSize();
        exchange.getMessage().setBody(fresh);
    }

    /** The page is stored: move the checkpoint past it and decide on the next page. */
    void stored(Exchange exchange) {
        Round round = exchange.getProperty(ROUND, Round.class);
        PollCheckpoint before = round.checkpoint;
        PollCheckpoint after = before.advance(round.taken, clock.instant());
        if (!after.equals(before)) {
            checkpoints.save(after);
        }
        round.checkpoint = after;
        round.page = after.modified().isAfter(before.modified()) ? 1 : round.page + 1;
        round.pages++;
        boolean more = round.full && round.pages < maxPages;
        if (!more && !round.full && after.modified().isBefore(round.to)) {
            // The whole window is read: the next one starts at its end, not at the last order.
            round.checkpoint = new PollCheckpoint(after.storeCode(), round.to, List.of(), clock.instant());
            checkpoints.save(round.checkpoint);
        }
        exchange.setProperty(MORE, more);
    }
}
