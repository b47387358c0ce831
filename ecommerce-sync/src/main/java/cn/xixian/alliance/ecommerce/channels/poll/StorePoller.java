package cn.xixian.alliance.ecommerce.channels.poll;

import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderMapper;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderMapper.OrderKey;
import cn.xixian.alliance.ecommerce.channels.poll.persistence.PollCheckpoints;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.stores.OnlineStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The steps of a poll round, which reads the store's order API up to now − {@code lag} (the platforms' whole
 * seconds), from the checkpoint, one window at a time:
 * <ol>
 * <li>the window [checkpoint, checkpoint + {@code max-window}] (cut at now − lag) is read whole, every page, before
 * anything is handed on ({@link PollWindows}): the platforms list newest first by default (Taobao's
 * {@code taobao.trades.sold.increment.get}, JD's order search), so no page on its own says how far the store has been
 * read;</li>
 * <li>the window's orders not taken before are sorted by (modified, order id) and go to the canonical route in
 * chunks of the store's page size (at most 500); after each chunk is stored the checkpoint moves to its last
 * modified instant and the ids taken at that instant (orders sharing a second across a chunk boundary are told apart
 * by id);</li>
 * <li>when the window is done the checkpoint moves to its end, and the next window starts there (inclusive). A store
 * whose checkpoint is days behind (after downtime) is walked forward window by window within the same round until it
 * is caught up; no window is ever skipped.</li>
 * </ol>
 * A round cut off anywhere (an HTTP error, a crash, a stop) starts again from the checkpoint with the window read
 * anew: it neither skips an order nor hands one over twice; an order modified again later is a newer version and is
 * taken again. Known limit: an order of the window modified again while its pages are being read leaves the window,
 * and a platform's listing shifts by one, so another order can move across a page boundary unseen; the lag (orders
 * are read a while after they change) makes this rare, not impossible.
 */
@Component
class StorePoller {

    static final String ROUND = "alliancePollRound";
    static final String MORE = "alliancePollMore";

    private final PollWindows windows;
    private final PollCheckpoints checkpoints;
    private final DeadLetters deadLetters;
    private final Duration lag;
    private final Duration lookback;
    private final Clock clock = Clock.systemUTC();

    StorePoller(PollWindows windows, PollCheckpoints checkpoints, DeadLetters deadLetters,
            EcommerceProperties settings) {
        this.windows = windows;
        this.checkpoints = checkpoints;
        this.deadLetters = deadLetters;
        this.lag = settings.poll().lag();
        this.lookback = settings.poll().initialLookback();
    }

    /** A round's state between the steps. */
    static final class Round {
        final OnlineStore store;
        final Instant end;
        PollCheckpoint checkpoint;
        /** The end of the window being handed on; null when none is. */
        Instant windowEnd;
        final Deque<PollWindows.Entry> pending = new ArrayDeque<>();
        List<OrderKey> taken = List.of();

        Round(OnlineStore store, PollCheckpoint checkpoint, Instant end) {
            this.store = store;
            this.checkpoint = checkpoint;
            this.end = end;
        }
    }

    void open(Exchange exchange, OnlineStore store) {
        Instant now = clock.instant();
        PollCheckpoint checkpoint = checkpoints.load(store.code(), now.minus(lookback));
        Instant end = now.minus(lag).truncatedTo(ChronoUnit.SECONDS);
        exchange.setProperty(ROUND, new Round(store, checkpoint, end));
        exchange.setProperty(MORE, end.isAfter(checkpoint.modified()));
        exchange.getMessage().setBody(List.of());
    }

    /** The body becomes the next chunk of the window (read whole first when none is in hand), oldest first. */
    void next(Exchange exchange) throws IOException {
        Round round = exchange.getProperty(ROUND, Round.class);
        if (round.windowEnd == null) {
            PollWindows.Window window = windows.read(round.store, round.checkpoint, round.end);
            round.windowEnd = window.to();
            round.pending.addAll(window.orders());
        }
        OrderMapper mapper = windows.mapper(round.store);
        int size = Math.min(round.store.poll().pageSize(), 500);
        List<IncomingOrder> chunk = new ArrayList<>();
        List<OrderKey> taken = new ArrayList<>();
        while (chunk.size() < size && !round.pending.isEmpty()) {
            PollWindows.Entry entry = round.pending.poll();
            String payload = entry.node().toString();
            try {
                chunk.add(mapper.map(entry.node(), round.store.code(), "poll", payload));
            } catch (OrderRejectedException e) {
                deadLetters.record(round.store.code(), mapper.format(), "poll", payload, e.errors(), null);
            }
            if (entry.key().complete()) {
                taken.add(entry.key());
            }
        }
        round.taken = taken;
        exchange.getMessage().setBody(chunk);
    }

    /** The chunk is stored: move the checkpoint past it (past the window once it is done) and decide what is next. */
    void stored(Exchange exchange) {
        Round round = exchange.getProperty(ROUND, Round.class);
        PollCheckpoint after = round.taken.isEmpty() ? round.checkpoint
                : round.checkpoint.advance(round.taken, clock.instant());
        if (round.pending.isEmpty() && after.modified().isBefore(round.windowEnd)) {
            // The whole window is read: the next one starts at its end, not at the last order.
            after = new PollCheckpoint(after.storeCode(), round.windowEnd, List.of(), clock.instant());
        }
        if (!after.equals(round.checkpoint)) {
            checkpoints.save(after);
        }
        round.checkpoint = after;
        round.taken = List.of();
        if (round.pending.isEmpty()) {
            round.windowEnd = null;
        }
        exchange.setProperty(MORE, !round.pending.isEmpty() || round.end.isAfter(after.modified()));
    }
}
