package cn.xixian.alliance.ecommerce;

import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One context for the sales tests: the canonical route woven with switchable crashes between {@code record} and
 * {@code book} and between {@code parcels} and {@code done}, the recovery timer effectively off (tests trigger it) and a lease of zero (a cut-off batch is
 * abandoned at once).
 */
@CamelSpringBootTest
@SpringBootTest(classes = EcommerceTestApplication.class, properties = {
        "alliance.ecommerce.recovery.delay=3600000", "alliance.ecommerce.recovery.lease=PT0S"})
@AutoConfigureMockMvc
@UseAdviceWith
public abstract class SalesTestSupport {

    /** While set, the canonical route fails right after {@code record}, as if the process died there. */
    protected static final AtomicBoolean CRASH_AFTER_RECORD = new AtomicBoolean();
    /** While set, the canonical route fails right after {@code parcels} (before the batch is marked done). */
    protected static final AtomicBoolean CRASH_AFTER_PARCELS = new AtomicBoolean();

    @Autowired
    protected CamelContext camel;
    @Autowired
    protected ProducerTemplate producer;
    @Autowired
    protected SalesFixtures fixtures;

    @BeforeEach
    void startCamelOnce() throws Exception {
        CRASH_AFTER_RECORD.set(false);
        CRASH_AFTER_PARCELS.set(false);
        if (!camel.isStarted()) {
            AdviceWith.adviceWith(camel, "store-orders", a -> a.weaveById("record").after().process(e -> {
                if (CRASH_AFTER_RECORD.get()) {
                    throw new IllegalStateException("simulated crash between record and book");
                }
            }));
            AdviceWith.adviceWith(camel, "store-orders", a -> a.weaveById("parcels").after().process(e -> {
                if (CRASH_AFTER_PARCELS.get()) {
                    throw new IllegalStateException("simulated crash between parcels and done");
                }
            }));
            String generic = SalesEndpoints.channel(cn.xixian.alliance.ecommerce.orders.OrderFormat.GENERIC);
            if (camel.getCamelContextExtension().getContextPlugin(org.apache.camel.model.Model.class)
                    .getRouteDefinitions().stream().noneMatch(r -> r.getInput().getEndpointUri().equals(generic))) {
                camel.addRoutes(new GenericChannelStandIn());
            }
            camel.start();
        }
        fixtures.reset();
    }

    @SuppressWarnings("unchecked")
    protected List<IntakeResult> send(IncomingOrder... orders) {
        return producer.requestBody(SalesEndpoints.STORE_ORDERS, List.of(orders), List.class);
    }
}
