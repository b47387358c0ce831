package cn.xixian.alliance.ecommerce.channels.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xixian.alliance.ecommerce.EcommerceTestApplication;
import cn.xixian.alliance.ecommerce.channels.ChannelTestSupport;
import cn.xixian.alliance.ecommerce.channels.mapping.ChannelSteps;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderMapper;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.stores.OnlineStore;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import cn.xixian.alliance.ecommerce.stores.OnlineStoreRequest;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import cn.xixian.alliance.ecommerce.stores.PollSettings;
import cn.xixian.alliance.ecommerce.stores.StorePlatform;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The poller against local fakes of stores' order APIs, with the canonical route stood in by a mock. Three stores
 * poll side by side (one context, started once): WEB-P1 (oldest first, a 503 in its first round), WEB-P2 (newest
 * first, the intake crashing at its second chunk) and WEB-P3 (newest first, its checkpoint three days behind).
 */
@CamelSpringBootTest
@SpringBootTest(classes = EcommerceTestApplication.class, properties = "alliance.ecommerce.csv.enabled=false")
@UseAdviceWith
class StorePollerTest {

    private static final String P1 = "WEB-P1";
    private static final String P2 = "WEB-P2";
    private static final String P3 = "WEB-P3";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant BASE = NOW.minus(Duration.ofHours(2));
    private static final Instant BEHIND = NOW.minus(Duration.ofHours(75));
    private static final List<FakeOrderApi> APIS = new ArrayList<>();
    private static FakeOrderApi api1;
    private static FakeOrderApi api2;
    private static FakeOrderApi api3;
    /** The orders of every chunk the (mock) intake stored, per store. */
    private static final Map<String, List<IncomingOrder>> STORED = new ConcurrentHashMap<>();
    private static final AtomicInteger P2_CHUNKS = new AtomicInteger();
    private static volatile PollCheckpoint p2CheckpointAtCrash;

    @Autowired
    CamelContext camel;
    @Autowired
    OnlineStores stores;
    @Autowired
    MongoTemplate mongo;
    @EndpointInject("mock:intake")
    MockEndpoint intake;
    @Autowired
    ChannelSteps steps;
    @Autowired
    List<OrderMapper> mappers;

    @BeforeEach
    void pollThreeStoresOnce() throws Exception {
        if (camel.isStarted()) {
            return;
        }
        // WEB-P1, oldest first, pages of two: W-3 and W-4 share one second across a page boundary.
        api1 = fake(false);
        api1.put("W-1", BASE, "PAID");
        api1.put("W-2", BASE.plusSeconds(1), "PAID");
        api1.put("W-3", BASE.plusSeconds(2), "PAID");
        api1.put("W-4", BASE.plusSeconds(2), "PAID");
        api1.put("W-5", BASE.plusSeconds(3), "SHIPPED");
        api1.failAfter.set(1);
        // WEB-P2, newest first, pages of two: pairs sharing a second across page and chunk boundaries.
        api2 = fake(true);
        Instant b2 = BASE.minusSeconds(600);
        int[] seconds = {0, 1, 1, 2, 3, 3, 4};
        for (int i = 0; i < seconds.length; i++) {
            api2.put("N-" + (i + 1), b2.plusSeconds(seconds[i]), "PAID");
        }
        // WEB-P3, newest first: one order in each day since its checkpoint, three days and more behind.
        api3 = fake(true);
        for (int day = 0; day < 4; day++) {
            api3.put("X-" + (day + 1), BEHIND.plus(Duration.ofHours(2 + 24L * day)), "PAID");
        }
        mongo.save(new PollCheckpoint(P3, BEHIND, List.of(), BEHIND));

        for (var store : List.of(Map.entry(P1, api1), Map.entry(P2, api2), Map.entry(P3, api3))) {
            stores.create(new OnlineStoreRequest(store.getKey(), "隰县玉露香梨联盟网店", StorePlatform.WEB, null, null,
                    new PollSettings(store.getValue().url(), 1, 2, true)));
            AdviceWith.adviceWith(camel, PollRoutes.routeId(store.getKey()), a -> a
                    .interceptSendToEndpoint(SalesEndpoints.STORE_ORDERS).skipSendToOriginalEndpoint()
                    .to("mock:intake"));
        }
        intake.whenAnyExchangeReceived(this::intake);
        camel.start();
    }

    private static FakeOrderApi fake(boolean newestFirst) throws Exception {
        FakeOrderApi api = new FakeOrderApi(newestFirst);
        APIS.add(api);
        return api;
    }

    @AfterAll
    static void stopStoreApis() {
        APIS.forEach(FakeOrderApi::close);
    }

    /** Stores the chunk like the intake; WEB-P2's second chunk crashes it (nothing stored, nothing answered). */
    @SuppressWarnings("unchecked")
    private void intake(Exchange exchange) {
        List<IncomingOrder> chunk = exchange.getMessage().getBody(List.class);
        String store = chunk.get(0).storeCode();
        if (store.equals(P2) && P2_CHUNKS.incrementAndGet() == 2) {
            p2CheckpointAtCrash = mongo.findById(P2, PollCheckpoint.class);
            throw new IllegalStateException("the JVM died here");
        }
        STORED.computeIfAbsent(store, s -> Collections.synchronizedList(new ArrayList<>())).addAll(chunk);
        ChannelTestSupport.answerLikeTheIntake(exchange);
    }

    private static List<IncomingOrder> stored(String store) {
        List<IncomingOrder> orders = STORED.getOrDefault(store, List.of());
        synchronized (orders) {
            return List.copyOf(orders);
        }
    }

    private boolean roundsDone(String store, int rounds) {
        return new NotifyBuilder(camel).fromRoute(PollRoutes.routeId(store)).whenDone(rounds).create()
                .matches(20, TimeUnit.SECONDS);
    }

    @Test
    void everyOrderIsTakenOnceAcrossPagesAFailedRoundAndARestartAndANewerVersionAgain() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(P1).size() >= 5);
        assertThat(roundsDone(P1, 2)).isTrue();

        assertThat(stored(P1)).extracting(IncomingOrder::orderId).containsExactly("W-1", "W-2", "W-3", "W-4", "W-5");
        assertThat(stored(P1)).extracting(IncomingOrder::source).containsOnly("poll");
        assertThat(api1.queries.get(0)).contains("modifiedFrom=").contains("modifiedTo=").contains("page=1")
                .contains("size=2");
        PollCheckpoint checkpoint = mongo.findById(P1, PollCheckpoint.class);
        assertThat(checkpoint.modified()).isAfter(BASE.plusSeconds(3));

        // Stopped (as by a restart) while W-2 is cancelled and a new order comes: both are taken once started again.
        camel.getRouteController().stopRoute(PollRoutes.routeId(P1));
        Instant later = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        api1.put("W-2", later, "CANCELLED");
        api1.put("W-6", later, "PAID");
        camel.getRouteController().startRoute(PollRoutes.routeId(P1));

        await().atMost(Duration.ofSeconds(20)).until(() -> stored(P1).size() >= 7);
        assertThat(roundsDone(P1, 2)).isTrue();

        List<IncomingOrder> all = stored(P1);
        assertThat(all).hasSize(7);
        assertThat(all.subList(5, 7)).extracting(IncomingOrder::orderId).containsExactlyInAnyOrder("W-2", "W-6");
        IncomingOrder cancel = all.stream().filter(o -> o.orderId().equals("W-2")).reduce((a, b) -> b).orElseThrow();
        assertThat(cancel.status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(cancel.modified()).isEqualTo(later);
    }

    @Test
    void pagesListedNewestFirstAreReadWholeAndHandedOnOldestFirstAcrossACrashAndRestart() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> p2CheckpointAtCrash != null);
        // The crash came at the second chunk: the checkpoint holds the first one (N-2 at its second, N-3 not).
        Instant b2 = BASE.minusSeconds(600);
        assertThat(p2CheckpointAtCrash.modified()).isEqualTo(b2.plusSeconds(1));
        assertThat(p2CheckpointAtCrash.idsAtModified()).containsExactly("N-2");

        camel.getRouteController().stopRoute(PollRoutes.routeId(P2)); // the restart
        camel.getRouteController().startRoute(PollRoutes.routeId(P2));
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(P2).size() >= 7);
        assertThat(roundsDone(P2, 2)).isTrue();

        assertThat(stored(P2)).extracting(IncomingOrder::orderId)
                .containsExactly("N-1", "N-2", "N-3", "N-4", "N-5", "N-6", "N-7");
        // The fake really listed newest first over several pages of the window.
        assertThat(api2.requests()).extracting(q -> q.get("page")).contains("1", "2", "3", "4");
    }

    @Test
    void aCheckpointDaysBehindIsWalkedForwardWindowByWindowSkippingNothing() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(P3).size() >= 4);
        assertThat(roundsDone(P3, 2)).isTrue();

        assertThat(stored(P3)).extracting(IncomingOrder::orderId).containsExactly("X-1", "X-2", "X-3", "X-4");
        List<Map<String, String>> firstPages = api3.requests().stream().filter(q -> q.get("page").equals("1"))
                .toList();
        Instant expectedFrom = BEHIND;
        for (Map<String, String> q : firstPages.subList(0, 4)) {
            Instant from = Instant.parse(q.get("modifiedFrom"));
            Instant to = Instant.parse(q.get("modifiedTo"));
            assertThat(from).isEqualTo(expectedFrom); // each window starts where the one before ended
            assertThat(Duration.between(from, to)).isPositive().isLessThanOrEqualTo(Duration.ofDays(1));
            expectedFrom = to;
        }
        assertThat(mongo.findById(P3, PollCheckpoint.class).modified()).isAfter(NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void aWindowOfMorePagesThanMaxPagesIsHalvedUntilItFitsAndOneCrowdedSecondIsReadWhole() throws Exception {
        // One page a window at most, pages of two, newest first: five orders a second apart, then three in one second.
        Instant from = BASE.minusSeconds(3600);
        Instant end = from.plusSeconds(30);
        FakeOrderApi crowded = fake(true);
        for (int i = 1; i <= 5; i++) {
            crowded.put("H-" + i, from.plusSeconds(9 + i), "PAID");
        }
        List.of("H-6", "H-7", "H-8").forEach(id -> crowded.put(id, from.plusSeconds(20), "PAID"));
        OnlineStore store = new OnlineStore(null, "WEB-H1", "隰县玉露香梨联盟网店", StorePlatform.WEB, OrderFormat.GENERIC,
                null, new PollSettings(crowded.url(), 60, 2, false), false, NOW);
        PollWindows windows = new PollWindows(new StoreOrderApi(Duration.ofSeconds(10)), steps, mappers,
                Duration.ofDays(1), 1);

        // Window after window, as the poller walks them (each window's orders taken, then the checkpoint at its end).
        List<String> taken = new ArrayList<>();
        PollCheckpoint checkpoint = new PollCheckpoint(store.code(), from, List.of(), null);
        while (checkpoint.modified().isBefore(end)) {
            PollWindows.Window window = windows.read(store, checkpoint, end);
            assertThat(window.to()).isAfter(checkpoint.modified()).isBeforeOrEqualTo(end);
            window.orders().forEach(o -> taken.add(o.key().orderId()));
            checkpoint = checkpoint.advance(window.orders().stream().map(PollWindows.Entry::key).toList(), NOW);
            if (checkpoint.modified().isBefore(window.to())) {
                checkpoint = new PollCheckpoint(store.code(), window.to(), List.of(), null);
            }
        }
        assertThat(taken).containsExactly("H-1", "H-2", "H-3", "H-4", "H-5", "H-6", "H-7", "H-8");
        // A window was cut short at least once, and the crowded second took two pages.
        assertThat(crowded.requests()).extracting(q -> q.get("modifiedTo")).contains(end.toString())
                .hasSizeGreaterThan(4);
        assertThat(crowded.requests()).extracting(q -> q.get("page")).contains("2");
    }
}
