package cn.xixian.alliance.ecommerce.orders.bench;

import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import cn.xixian.alliance.core.bench.BenchComponent;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderRawInserts;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;

/**
 * {@code bench orders --orders N [--batch 500] [--webhook-calls 500]}: N generated orders fed in batches through the
 * canonical route ({@code direct:store-orders}, the production path: idempotency, planning, booking against red-order
 * contracts, parcel requests), against the raw {@code insertMany} rate of the very store-order documents the route
 * wrote, into a fresh collection with the same indexes, on the same server in the same run; then the latency of
 * signed webhook calls over HTTP.
 */
@BenchComponent
class OrderBench implements BenchCommand {

    private final ProducerTemplate producer;
    private final StoreOrderRawInserts raw;
    private final BenchSetup setup;
    private final WebhookLatency webhooks;

    OrderBench(ProducerTemplate producer, StoreOrderRawInserts raw, BenchSetup setup, WebhookLatency webhooks) {
        this.producer = producer;
        this.raw = raw;
        this.setup = setup;
        this.webhooks = webhooks;
    }

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public String usage() {
        return "bench orders --orders N [--batch 500] [--households 200] [--warm-up 1000] [--webhook-calls 500]";
    }

    @Override
    public boolean needsWebServer() {
        return true;
    }

    @Override
    public int run(BenchArgs args, PrintStream out) throws Exception {
        int count = Math.toIntExact(args.getLong("orders", 100_000));
        int batch = Math.toIntExact(args.getLong("batch", 500));
        int calls = Math.toIntExact(args.getLong("webhook-calls", 500));
        if (count < 1 || batch < 1 || batch > 5000) {
            throw new IllegalArgumentException("--orders must be positive and --batch between 1 and 5000");
        }
        int warmUp = Math.toIntExact(args.getLong("warm-up", Math.min(1000, count)));
        if (warmUp < 0) {
            throw new IllegalArgumentException("--warm-up must be 0 or more");
        }
        List<IncomingOrder> all = BenchSetup.generate(warmUp + count, 42);
        BenchSetup.Supply supply = setup.prepare(all, Math.toIntExact(args.getLong("households", 200)));
        List<IncomingOrder> orders = all.subList(warmUp, all.size());
        out.printf("store orders benchmark: %,d orders (+%,d warm-up orders first, not timed; %,d lines, %,.0f kg in "
                + "all) in batches of %,d; %,d contracts of %,d households; embedded MongoDB-wire server%n", count, warmUp,
                supply.lines(), supply.soldKg(), batch, supply.contracts(), supply.households());

        feed(all.subList(0, warmUp), batch, new EnumMap<>(IntakeOutcome.class)); // JIT and caches, not timed
        Map<IntakeOutcome, Integer> outcomes = new EnumMap<>(IntakeOutcome.class);
        long start = System.nanoTime();
        feed(orders, batch, outcomes);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = count / seconds;
        out.printf("canonical route: %,10d orders in %7.2f s = %,10.0f orders/s  %s%n", count, seconds, rate, outcomes);
        BenchSetup.Booked booked = setup.booked();
        out.printf("  bookings made: %,.1f kg of %,.1f kg sold booked on %,d contracts; %,d parcel transport requests%n",
                booked.bookedKg(), supply.soldKg(), booked.contracts(), booked.parcels());

        double rawSeconds = raw.copyStoredOrders("bench_raw_store_orders", batch);
        double rawRate = (warmUp + count) / rawSeconds;
        out.printf("raw insertMany:  %,10d docs   in %7.2f s = %,10.0f docs/s (the same store-order documents)%n",
                warmUp + count, rawSeconds, rawRate);
        out.printf("route / raw = %.0f%% (target: at least 50%%)%n", 100 * rate / rawRate);

        webhooks.measure(calls, out);
        return outcomes.getOrDefault(IntakeOutcome.REJECTED, 0) == 0 ? 0 : 1;
    }

    @SuppressWarnings("unchecked")
    private void feed(List<IncomingOrder> orders, int batch, Map<IntakeOutcome, Integer> outcomes) {
        for (int from = 0; from < orders.size(); from += batch) {
            List<IncomingOrder> chunk = orders.subList(from, Math.min(orders.size(), from + batch));
            List<IntakeResult> results = producer.requestBody(SalesEndpoints.STORE_ORDERS, chunk, List.class);
            results.forEach(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
        }
    }
}
