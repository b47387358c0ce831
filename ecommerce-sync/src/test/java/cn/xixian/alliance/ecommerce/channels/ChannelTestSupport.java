package cn.xixian.alliance.ecommerce.channels;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import cn.xixian.alliance.ecommerce.EcommerceTestApplication;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetter;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.EndpointInject;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One Spring context for the channel tests: every channel route's call of the canonical route is intercepted into
 * {@code mock:intake}, which answers like the intake (BOOKED/CANCELLED per order) unless a test says otherwise.
 */
@CamelSpringBootTest
@SpringBootTest(classes = EcommerceTestApplication.class)
@AutoConfigureMockMvc
@UseAdviceWith
public abstract class ChannelTestSupport {

    private static final List<String> CHANNEL_ROUTES = List.of("channel-taobao", "channel-jd", "channel-generic",
            "channel-csv");

    @Autowired
    protected CamelContext camel;
    @Autowired
    protected ProducerTemplate producer;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected UserAccountService users;
    @EndpointInject("mock:intake")
    protected MockEndpoint intake;

    @BeforeEach
    void adviseOnceAndReset() throws Exception {
        if (!camel.isStarted()) {
            for (String route : CHANNEL_ROUTES) {
                AdviceWith.adviceWith(camel, route, a -> a.interceptSendToEndpoint(SalesEndpoints.STORE_ORDERS)
                        .skipSendToOriginalEndpoint().to("mock:intake"));
            }
            camel.start();
        }
        intake.reset();
        intake.whenAnyExchangeReceived(ChannelTestSupport::answerLikeTheIntake);
        for (String collection : List.of("dead_letters", "online_stores", "poll_checkpoints")) {
            mongo.getCollection(collection).deleteMany(new org.bson.Document());
        }
        users.save("coordinator", users.hash("pw"), Set.of(Role.COORDINATOR), null);
    }

    public static void answerLikeTheIntake(Exchange exchange) {
        List<IntakeResult> results = new ArrayList<>();
        for (Object o : exchange.getMessage().getBody(List.class)) {
            IncomingOrder order = (IncomingOrder) o;
            boolean active = order.status().active();
            results.add(new IntakeResult(order.storeCode(), order.orderId(),
                    active ? IntakeOutcome.BOOKED : IntakeOutcome.CANCELLED, active ? "OPEN" : "CANCELLED", null, null));
        }
        exchange.getMessage().setBody(results);
    }

    /** Sends a payload through a channel route as a webhook would; returns the route's reply. */
    protected List<?> send(OrderFormat format, String store, String payload) {
        return producer.requestBodyAndHeaders(SalesEndpoints.channel(format), payload,
                Map.of(SalesEndpoints.STORE_CODE, store, SalesEndpoints.SOURCE, "webhook"), List.class);
    }

    /** The rejection a channel route failed with. */
    protected OrderRejectedException rejection(OrderFormat format, String store, String payload) {
        try {
            send(format, store, payload);
        } catch (CamelExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(OrderRejectedException.class);
            return (OrderRejectedException) e.getCause();
        }
        throw new AssertionError("the channel route accepted " + payload);
    }

    /** The orders the channel route handed to the canonical route, in order, over every exchange. */
    @SuppressWarnings("unchecked")
    protected List<IncomingOrder> received() {
        List<IncomingOrder> orders = new ArrayList<>();
        intake.getReceivedExchanges().forEach(e -> orders.addAll(e.getMessage().getBody(List.class)));
        return orders;
    }

    protected List<DeadLetter> deadLetters() {
        return mongo.findAll(DeadLetter.class);
    }

    public static String sample(String name) {
        try (InputStream in = ChannelTestSupport.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
