package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.orders.persistence.OrderBatchDocument;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finishes intake batches a crash cut off between writing the orders (with their plans) and marking the batch
 * DONE: apply, parcels, done — each idempotent, so nothing is booked twice and nothing written is lost.
 */
@Component
class StoreOrderRecovery {

    private static final Logger log = LoggerFactory.getLogger(StoreOrderRecovery.class);

    private final StoreOrderStore store;
    private final BatchFinisher finisher;
    private final ParcelStep parcels;
    private final Duration lease;

    StoreOrderRecovery(StoreOrderStore store, BatchFinisher finisher, ParcelStep parcels,
            EcommerceProperties settings) {
        this.store = store;
        this.finisher = finisher;
        this.parcels = parcels;
        this.lease = settings.recovery().lease();
    }

    /** Every abandoned batch (lease run out); returns how many it finished. */
    int recoverAbandoned() {
        int finished = 0;
        Instant now = Instant.now();
        for (OrderBatchDocument batch : store.abandoned(now, 100)) {
            if (store.claim(batch.id(), now, now.plus(lease), false)) {
                finish(batch);
                finished++;
            }
        }
        return finished;
    }

    /** Batches a repeated message belongs to, finished now whatever their lease (every step is idempotent). */
    void finishNow(Collection<String> batchIds) {
        Instant now = Instant.now();
        for (OrderBatchDocument batch : store.batches(batchIds).values()) {
            if (store.claim(batch.id(), now, now.plus(lease), true)) {
                finish(batch);
            }
        }
    }

    private void finish(OrderBatchDocument stored) {
        IntakeBatch batch = new IntakeBatch(stored.id(), stored.season(), 0);
        batch.recorded = true;
        store.ofBatch(stored).forEach(doc -> {
            batch.orders.add(doc);
            batch.resultIndex.add(-1);
        });
        log.info("Finishing intake batch {} ({} store orders) left unfinished", stored.id(), batch.orders.size());
        finisher.book(batch);
        parcels.emit(batch);
        finisher.done(batch);
    }
}
