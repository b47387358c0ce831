package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.catalog.SkuCatalog;
import cn.xixian.alliance.ecommerce.catalog.SkuMapping;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The first cut of the {@code record} step, before anything is read from the store: an order that cannot be taken
 * (unknown SKU, no lines …) is dead-lettered with its payload and answered REJECTED; of several versions of one order
 * in the batch only the newest goes on (the others are answered DUPLICATE or STALE). SKUs are resolved once per store
 * and batch.
 */
@Component
class OrderAcceptance {

    private final SkuCatalog catalog;
    private final DeadLetters deadLetters;

    OrderAcceptance(SkuCatalog catalog, DeadLetters deadLetters) {
        this.catalog = catalog;
        this.deadLetters = deadLetters;
    }

    /** The orders that go on, by their index in the batch; {@code skusByStore} is filled with the SKUs they use. */
    Map<Integer, IncomingOrder> accept(List<IncomingOrder> orders, IntakeBatch batch,
            Map<String, Map<String, SkuMapping>> skusByStore, String replayOf) {
        Map<String, Integer> newest = new HashMap<>();
        for (int i = 0; i < orders.size(); i++) {
            IncomingOrder order = orders.get(i);
            Map<String, SkuMapping> skus = skusByStore.computeIfAbsent(String.valueOf(order.storeCode()),
                    s -> new HashMap<>());
            List<String> unknown = skusOf(order).stream().filter(s -> !skus.containsKey(s)).toList();
            if (!unknown.isEmpty()) {
                skus.putAll(catalog.resolve(order.storeCode(), unknown));
            }
            List<FieldError> errors = OrderChecks.errors(order, skus);
            if (!errors.isEmpty()) {
                String id = deadLetters.record(order.storeCode(), order.format(), order.source(), order.payload(), errors,
                        replayOf);
                String reason = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
                batch.results[i] = new IntakeResult(order.storeCode(), order.orderId(), IntakeOutcome.REJECTED, null,
                        reason, id);
                continue;
            }
            Integer other = newest.get(order.key());
            if (other == null || RecordStep.version(order).isAfter(RecordStep.version(orders.get(other)))) {
                if (other != null) {
                    batch.results[other] = RecordStep.result(orders.get(other), IntakeOutcome.STALE, null);
                }
                newest.put(order.key(), i);
            } else {
                batch.results[i] = RecordStep.result(order, RecordStep.version(order).equals(
                        RecordStep.version(orders.get(other))) ? IntakeOutcome.DUPLICATE : IntakeOutcome.STALE, null);
            }
        }
        Map<Integer, IncomingOrder> accepted = new LinkedHashMap<>();
        newest.values().stream().sorted().forEach(i -> accepted.put(i, orders.get(i)));
        return accepted;
    }

    private static List<String> skusOf(IncomingOrder order) {
        return order.lines().stream().filter(Objects::nonNull).map(IncomingLine::sku).filter(Objects::nonNull)
                .distinct().toList();
    }
}
