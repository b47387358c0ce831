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
 * Advances, deliveries, bookings and history are only ever appended.
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
        String createdBy) {

    public static final String COLLECTION = "red_orders";

    /** A contracted grade: kilograms and the price terms (fen per kg; one of the two is set). */
    public record Line(String grade, long contractedGrams, Long floorFenPerKg, Long premiumFenPerKg) {
    }

    public record Advance(String item, long amountFen, LocalDate date, String by, Instant at) {
    }

    /** A delivery at the year-end purchase; {@code harvestLotId} is null for one recorded by weight. */
    public record Delivery(String harvestLotId, String grade, long grams, LocalDate date, String by, Instant at) {
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
