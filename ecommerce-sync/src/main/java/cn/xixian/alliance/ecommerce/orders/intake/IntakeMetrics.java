package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.List;
import org.apache.camel.Exchange;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The intake's counters (Prometheus names): {@code alliance_store_orders_received_total} (each order version the
 * canonical route is handed, once, before anything can fail), {@code alliance_store_orders_booked_total} (new
 * orders booked, in full or as far as supply went), {@code alliance_store_orders_dead_lettered_total} and
 * {@code alliance_store_orders_booked_kg_total} (kilograms those new orders booked on contracts).
 */
@Component
class IntakeMetrics {

    private final Counter received;
    private final Counter booked;
    private final Counter deadLettered;
    private final Counter bookedKg;

    IntakeMetrics(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable(() -> Metrics.globalRegistry);
        received = Counter.builder("alliance.store.orders.received").description("Store order versions handed to the intake")
                .register(meters);
        booked = Counter.builder("alliance.store.orders.booked").description("New store orders booked on contracts")
                .register(meters);
        deadLettered = Counter.builder("alliance.store.orders.dead.lettered")
                .description("Store orders refused and written to the dead letters").register(meters);
        bookedKg = Counter.builder("alliance.store.orders.booked.kg").baseUnit("kg")
                .description("Kilograms new store orders booked on contracts").register(meters);
    }

    void received(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        received.increment(body instanceof List<?> list ? list.size() : 1);
    }

    void finished(IntakeBatch batch) {
        long grams = 0;
        for (int i = 0; i < batch.orders.size(); i++) {
            int index = batch.resultIndex.get(i);
            IntakeResult result = index >= 0 ? batch.results[index] : null;
            if (result != null && (result.outcome() == IntakeOutcome.BOOKED || result.outcome() == IntakeOutcome.UNBOOKED)) {
                StoreOrderDocument order = batch.orders.get(i);
                grams += order.bookedGrams();
                booked.increment();
            }
        }
        for (IntakeResult result : batch.results) {
            if (result != null && result.outcome() == IntakeOutcome.REJECTED) {
                deadLettered.increment();
            }
        }
        bookedKg.increment(grams / 1000.0);
    }
}
