package cn.xixian.alliance.ecommerce.channels.poll;

import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.channels.mapping.ChannelSteps;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderMapper;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderMapper.OrderKey;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.stores.OnlineStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads one window of a store's order API whole: every page of [checkpoint, end], where end is at most
 * {@code max-window} after the checkpoint (Taobao's increment API allows one day). The platforms list newest first
 * by default, and the order of the pages is not relied on: all pages are read before anything is handed on, and the
 * window's orders come back sorted by (modified, order id), the ones the checkpoint covers left out. A window with
 * more than {@code max-pages} pages is halved (down to one second, which is read up to ten times that), so a burst of
 * orders is walked through in smaller windows instead of being cut short.
 */
@Component
class PollWindows {

    /** One order of a window, unmapped: its key (id and version, as far as readable) and its JSON. */
    record Entry(OrderKey key, JsonNode node) {
    }

    /** A window read whole: its end (inclusive) and its orders not taken before, oldest first. */
    record Window(Instant to, List<Entry> orders) {
    }

    private static final Comparator<Entry> OLDEST_FIRST = Comparator
            .comparing((Entry e) -> e.key().modified(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.key().orderId(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private final StoreOrderApi api;
    private final ChannelSteps steps;
    private final Map<OrderFormat, OrderMapper> mappers;
    private final Duration maxWindow;
    private final int maxPages;

    @Autowired
    PollWindows(StoreOrderApi api, ChannelSteps steps, List<OrderMapper> mappers, EcommerceProperties settings) {
        this(api, steps, mappers, settings.poll().maxWindow(), settings.poll().maxPages());
    }

    PollWindows(StoreOrderApi api, ChannelSteps steps, List<OrderMapper> mappers, Duration maxWindow, int maxPages) {
        this.api = api;
        this.steps = steps;
        this.mappers = mappers.stream().collect(Collectors.toMap(OrderMapper::format, Function.identity()));
        this.maxWindow = maxWindow;
        this.maxPages = maxPages;
    }

    OrderMapper mapper(OnlineStore store) {
        return mappers.get(store.format());
    }

    /** The next window after the checkpoint, ending at {@code end} at the latest; end must be after it. */
    Window read(OnlineStore store, PollCheckpoint checkpoint, Instant end) throws IOException {
        Instant from = checkpoint.modified();
        Instant to = min(end, from.plus(maxWindow).truncatedTo(ChronoUnit.SECONDS));
        while (true) {
            boolean oneSecond = !to.isAfter(from.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
            // One second cannot be cut: it is read however many pages it has (within reason).
            List<JsonNode> found = pages(store, from, to, oneSecond ? 10 * maxPages : maxPages);
            if (found != null) {
                return new Window(to, fresh(store, checkpoint, to, found));
            }
            if (oneSecond) {
                throw new IOException("order API of " + store.code() + " has more than " + 10 * maxPages
                        + " pages of orders modified at " + from + " .. " + to);
            }
            Instant half = from.plus(Duration.between(from, to).dividedBy(2)).truncatedTo(ChronoUnit.SECONDS);
            to = half.isAfter(from) ? half : from.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        }
    }

    /** Every order of every page of [from, to]; null when there are more than {@code limit} pages. */
    private List<JsonNode> pages(OnlineStore store, Instant from, Instant to, int limit) throws IOException {
        OrderMapper mapper = mapper(store);
        int size = store.poll().pageSize();
        List<JsonNode> orders = new ArrayList<>();
        for (int page = 1; page <= limit; page++) {
            OrderMapper.Orders found = mapper.unwrap(steps.parse(api.page(store, from, to, page, size)));
            orders.addAll(found.orders());
            boolean more = found.hasNext() != null ? found.hasNext() : found.orders().size() >= size;
            if (!more || found.orders().isEmpty()) {
                return orders;
            }
        }
        return null;
    }

    private List<Entry> fresh(OnlineStore store, PollCheckpoint checkpoint, Instant to, List<JsonNode> found) {
        OrderMapper mapper = mapper(store);
        Map<OrderKey, Entry> byKey = new LinkedHashMap<>(); // a listing that shifted may show a version twice
        List<Entry> unkeyed = new ArrayList<>();
        for (JsonNode node : found) {
            OrderKey key = mapper.key(node);
            if (!key.complete()) {
                unkeyed.add(new Entry(key, node)); // cannot be checkpointed: the mapping will reject it
            } else if (!checkpoint.covers(key) && !key.modified().isAfter(to)) {
                // Later than the window (an API that does not filter exactly) belongs to a later window: taking it
                // now would move the checkpoint past orders of the gap that were never asked for.
                byKey.putIfAbsent(key, new Entry(key, node));
            }
        }
        List<Entry> orders = new ArrayList<>(unkeyed);
        orders.addAll(byKey.values());
        orders.sort(OLDEST_FIRST);
        return orders;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
