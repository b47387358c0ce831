package cn.xixian.alliance.ecommerce.orders.persistence;

import cn.xixian.alliance.ecommerce.orders.Receiver;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The newest version of one store order ({@code _id} = {@code storeCode/orderId}) together with its booking plan:
 * the document is the idempotency key and its effect at once ({@code modified} is the version a compare-and-set
 * guards), so writing it is the one atomic step of the intake. Weights are grams.
 * <ul>
 * <li>{@code lines[].ref} is the line's current booking reference; {@code allocs} what it holds (the plan until
 * its batch applied it, then the booking as it turned out); {@code applied} false while the batch that wrote this
 * document may still have to apply that plan.</li>
 * <li>{@code releases}: references of earlier versions this version gives back (cancel, refund, changed line).</li>
 * <li>{@code batchId}: the intake batch that wrote this version and finishes it (see {@link OrderBatchDocument}).</li>
 * <li>{@code parcelRef}: {@code <batchId>/<destination>/<n>}, the source reference of the PARCEL transport request
 * (van load {@code n} of that batch to that destination, at most {@code alliance.ecommerce.parcels.max-load-kg} of
 * planned kg) the order rides in, set by the batch that first booked it when it writes the order — the split is
 * decided there, once — and the request is found by it, so no second write. Orders written before loads were split
 * hold {@code <batchId>/<destination>}.</li>
 * </ul>
 */
@Document(StoreOrderDocument.COLLECTION)
public record StoreOrderDocument(
        @Id String id,
        String storeCode,
        String orderId,
        String format,
        String source,
        String saleStatus,
        String platformStatus,
        String status,
        Instant created,
        Instant modified,
        Receiver receiver,
        String payment,
        List<Line> lines,
        List<Release> releases,
        int season,
        String batchId,
        String parcelRef,
        Instant receivedAt) {

    public static final String COLLECTION = "store_orders";

    public StoreOrderDocument {
        lines = lines == null ? List.of() : lines;
        releases = releases == null ? List.of() : releases;
    }

    /** One order line: what it sells and what it holds. */
    public record Line(String lineId, String sku, String title, int quantity, String unitPrice, boolean cancelled,
            String grade, long boxGrams, long weightGrams, String ref, int rev, boolean applied, List<Alloc> allocs,
            long bookedGrams, long unbookedGrams) {

        public Line {
            allocs = allocs == null ? List.of() : allocs;
        }

        public Line withBooking(List<Alloc> newAllocs, long booked, long unbooked, boolean nowApplied) {
            return new Line(lineId, sku, title, quantity, unitPrice, cancelled, grade, boxGrams, weightGrams, ref, rev,
                    nowApplied, newAllocs, booked, unbooked);
        }
    }

    /** Grams of a line booked on one contract (one household). */
    public record Alloc(String redOrderId, String householdId, long grams) {
    }

    /**
     * A reference an earlier version held, to give back; {@code applyFirst} when the earlier version's batch may not
     * have applied its plan ({@code plan}) yet.
     */
    public record Release(String ref, String grade, int season, List<Alloc> plan, long requestedGrams,
            boolean applyFirst) {

        public Release {
            plan = plan == null ? List.of() : plan;
        }
    }

    public StoreOrderDocument withLines(List<Line> newLines, String newStatus) {
        return new StoreOrderDocument(id, storeCode, orderId, format, source, saleStatus, platformStatus, newStatus,
                created, modified, receiver, payment, newLines, releases, season, batchId, parcelRef, receivedAt);
    }

    public long bookedGrams() {
        return lines.stream().mapToLong(Line::bookedGrams).sum();
    }

    public long unbookedGrams() {
        return lines.stream().mapToLong(Line::unbookedGrams).sum();
    }
}
