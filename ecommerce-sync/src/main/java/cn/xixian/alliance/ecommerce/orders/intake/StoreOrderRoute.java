package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The canonical route every channel ends in (see {@link SalesEndpoints#STORE_ORDERS}), in steps with ids so a test
 * can cut in between: {@code record} (idempotent write of each new version with its plan), {@code book} (apply,
 * releases), {@code parcels}, {@code done}. Plus the recovery of batches a crash left unfinished, on a timer.
 */
@Component
class StoreOrderRoute extends RouteBuilder {

    static final String RECOVERY = "direct:store-order-recovery";

    private final RecordStep record;
    private final BatchFinisher finisher;
    private final ParcelStep parcels;
    private final StoreOrderRecovery recovery;
    private final EcommerceProperties.Recovery recoveryTimes;
    private final IntakeMetrics metrics;

    StoreOrderRoute(RecordStep record, BatchFinisher finisher, ParcelStep parcels, StoreOrderRecovery recovery,
            EcommerceProperties settings, IntakeMetrics metrics) {
        this.metrics = metrics;
        this.record = record;
        this.finisher = finisher;
        this.parcels = parcels;
        this.recovery = recovery;
        this.recoveryTimes = settings.recovery();
    }

    @Override
    public void configure() {
        from(SalesEndpoints.STORE_ORDERS).routeId("store-orders")
                .process(metrics::received).id("count")
                .process(record).id("record")
                .process(e -> {
                    IntakeBatch batch = batch(e);
                    recovery.finishNow(batch.unfinished);
                    finisher.book(batch);
                }).id("book")
                .process(e -> parcels.emit(batch(e))).id("parcels")
                .process(e -> {
                    IntakeBatch batch = batch(e);
                    finisher.done(batch);
                    metrics.finished(batch);
                    e.getMessage().setBody(batch.reply());
                }).id("done");

        from("timer:store-order-recovery?delay=" + recoveryTimes.delay().toMillis()
                + "&period=" + recoveryTimes.interval().toMillis()).routeId("store-order-recovery-timer")
                .to(RECOVERY);
        from(RECOVERY).routeId("store-order-recovery")
                .process(e -> e.getMessage().setBody(recovery.recoverAbandoned()));
    }

    private static IntakeBatch batch(Exchange exchange) {
        return exchange.getProperty(IntakeBatch.PROPERTY, IntakeBatch.class);
    }
}
