package cn.xixian.alliance.ecommerce.orders.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One intake batch, written before its orders (PLANNED) and marked DONE once their plans are applied, releases made
 * and parcels requested. A batch left short of DONE with its lease run out was cut off (a crash): the recovery
 * finishes it from the plans stored in its orders; every step is idempotent, so finishing twice is harmless.
 */
@Document(OrderBatchDocument.COLLECTION)
public record OrderBatchDocument(@Id String id, List<String> orderIds, int season, String stage, Instant leaseUntil,
        Instant createdAt, Instant doneAt) {

    public static final String COLLECTION = "order_batches";
    public static final String PLANNED = "PLANNED";
    public static final String APPLIED = "APPLIED";
    public static final String DONE = "DONE";
}
