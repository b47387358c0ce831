package cn.xixian.alliance.core.redorder.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One red-order contract and everything that happened to it, in one document so that every change
 * is a single atomic {@code findAndModify} guarded by the state it expects. Weights are grams, money
 * fen. The per-grade counters ({@code available}, {@code booked}, {@code delivered}, keyed by grade
 * code) are plain fields so that a query can guard on them ({@code available.GRADE_1 >= qty}).
 * Advances, deliveries, bookings and history are only ever appended. {@code externalKey} (household id and the
 * client's externalRef; null without one) is unique, so a retried signing cannot make a second contract.
 * {@code seasonKey} (household id and season; set by the season roll-over, null on contracts signed one at a time) is
 * unique too: however often a roll-over is run or resumed, a household gets one rolled-over contract per season.
 * {@code villageId} is the household's village when signed, so the desk filters by village with one indexed query.
 * <p>
 * Next to the fields below, a contract carries {@value #BOOKING_REFS}: the booking references it holds an entry of
 * (encoded so that they are field names) with their grams, set in the same update that appends the entry. It lets a
 * guard check "no entry of these references yet" with one lookup per reference, which the batch booking path needs for
 * hundreds of references at a time. Only conditional updates touch it (a contract is never saved whole), so it is
 * not mapped here.
 */
@Document(RedOrderDocument.COLLECTION)
public record RedOrderDocument(
        @Id String id,
        String householdId,
        String householdCode,
        String householdName,
        String cooperativeId,
        boolean povertyRegistered,
        String orchardCode,
        int season,
        String priceRule,
        String status,
        List<Line> lines,
        Map<String, Long> available,
        Map<String, Long> booked,
        Map<String, Long> delivered,
        long bookedTotalGrams,
        int deliveryCount,
        List<Advance> advances,
        List<Delivery> deliveries,
        List<BookingEntry> bookings,
        List<String> releasedRefs,
        List<Event> history,
        Settlement settlement,
        long version,
        Instant createdAt,
        String createdBy,
        String externalKey,
        String seasonKey,
        String villageId) {

    public static final String COLLECTION = "red_orders";
    /** The field holding the booked references (see above). */
    public static final String BOOKING_REFS = "bookingRefs";

    /** A contracted grade: kilograms and the price terms (fen per kg; one of the two is set). */
    public record Line(String grade, long contractedGrams, Long floorFenPerKg, Long premiumFenPerKg) {
    }

    /** {@code ref} is the client's idempotency key, null when none was given. */
    public record Advance(String item, long amountFen, LocalDate date, String by, Instant at, String ref) {
    }

    /**
     * A delivery at the year-end purchase; {@code harvestLotId} is null for one recorded by weight, {@code ref} the
     * client's idempotency key of a weighed delivery (null when none was given).
     */
    public record Delivery(String harvestLotId, String grade, long grams, LocalDate date, String by, Instant at,
            String ref) {
    }

    /** Kilograms a sales channel booked against this contract under one booking reference. */
    public record BookingEntry(String ref, String grade, long grams, Instant at) {
    }

    /** One entry of the contract's history: what happened, the status before and after, who, when. */
    public record Event(String event, String fromStatus, String toStatus, String detail, String by, Instant at) {
    }

    public record Settlement(long grossFen, long advancesFen, long netFen, long unrecoveredAdvancesFen, String reason,
            List<SettledLine> lines, String by, Instant at) {
    }

    /** How one grade was paid: contracted kg at the contract price, kg above it at the market price. */
    public record SettledLine(String grade, long deliveredGrams, long pricedGrams, Long priceFenPerKg,
            long excessGrams, Long excessPriceFenPerKg, long amountFen) {
    }
}
