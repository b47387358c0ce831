package cn.xixian.alliance.ecommerce.channels.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xixian.alliance.ecommerce.EcommerceTestApplication;
import cn.xixian.alliance.ecommerce.channels.ChannelTestSupport;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The poller against a local fake of a store's order API, with the canonical route stood in by a mock. */
@CamelSpringBootTest
@SpringBootTest(classes = EcommerceTestApplication.class, properties = "alliance.ecommerce.csv.enabled=false")
@UseAdviceWith
class StorePollerTest {

    private static final String STORE = "WEB-P1";
    private static FakeOrderApi api;

    @Autowired
    CamelContext camel;
    @Autowired
    OnlineStores stores;
    @Autowired
    MongoTemplate mongo;
    @EndpointInject("mock:intake")
    MockEndpoint intake;

    private final Instant base = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void startStoreApi() throws Exception {
        api = new FakeOrderApi();
    }

    @AfterAll
    static void stopStoreApi() {
        api.close();
    }

    @BeforeEach
    void pollAStoreWithFiveOrdersWhoseSecondPageFailsOnce() throws Exception {
        // Pages of two; W-3 and W-4 share one second across a page boundary.
        api.put("W-1", base, "PAID");
        api.put("W-2", base.plusSeconds(1), "PAID");
        api.put("W-3", base.plusSeconds(2), "PAID");
        api.put("W-4", base.plusSeconds(2), "PAID");
        api.put("W-5", base.plusSeconds(3), "SHIPPED");
        api.failAfter.set(1);
        stores.create(new OnlineStoreRequest(STORE, "隰县玉露香梨联盟网店", StorePlatform.WEB, null, null,
                new PollSettings(api.url(), 1, 2, true)));
        AdviceWith.adviceWith(camel, PollRoutes.routeId(STORE), a -> a
                .interceptSendToEndpoint(SalesEndpoints.STORE_ORDERS).skipSendToOriginalEndpoint().to("mock:intake"));
        intake.whenAnyExchangeReceived(ChannelTestSupport::answerLikeTheIntake);
        camel.start();
    }

    @SuppressWarnings("unchecked")
    private List<IncomingOrder> received() {
        List<IncomingOrder> orders = new ArrayList<>();
        intake.getReceivedExchanges().forEach(e -> orders.addAll(e.getMessage().getBody(List.class)));
        return orders;
    }

    @Test
    void everyOrderIsTakenOnceAcrossPagesAFailedRoundAndARestartAndANewerVersionAgain() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() >= 5);
        NotifyBuilder anotherRound = new NotifyBuilder(camel).fromRoute(PollRoutes.routeId(STORE)).whenDone(2).create();
        assertThat(anotherRound.matches(20, TimeUnit.SECONDS)).isTrue();

        assertThat(received()).extracting(IncomingOrder::orderId).containsExactly("W-1", "W-2", "W-3", "W-4", "W-5");
        assertThat(received()).extracting(IncomingOrder::source).containsOnly("poll");
        assertThat(api.queries.get(0)).contains("modifiedFrom=").contains("modifiedTo=").contains("page=1")
                .contains("size=2");
        PollCheckpoint checkpoint = mongo.findById(STORE, PollCheckpoint.class);
        assertThat(checkpoint.modified()).isAfter(base.plusSeconds(3));

        // Stopped (as by a restart) while W-2 is cancelled and a new order comes: both are taken once started again.
        camel.getRouteController().stopRoute(PollRoutes.routeId(STORE));
        Instant later = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        api.put("W-2", later, "CANCELLED");
        api.put("W-6", later, "PAID");
        camel.getRouteController().startRoute(PollRoutes.routeId(STORE));

        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() >= 7);
        NotifyBuilder settled = new NotifyBuilder(camel).fromRoute(PollRoutes.routeId(STORE)).whenDone(2).create();
        assertThat(settled.matches(20, TimeUnit.SECONDS)).isTrue();

        List<IncomingOrder> all = received();
        assertThat(all).hasSize(7);
        assertThat(all.subList(5, 7)).extracting(IncomingOrder::orderId).containsExactlyInAnyOrder("W-2", "W-6");
        IncomingOrder cancel = all.stream().filter(o -> o.orderId().equals("W-2")).reduce((a, b) -> b).orElseThrow();
        assertThat(cancel.status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(cancel.modified()).isEqualTo(later);
    }
}
