package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A red-order contract (红色订单) as the API shows it: weights in kg, money in yuan. */
public record RedOrder(
        String id,
        String householdId,
        String householdCode,
        String householdName,
        String cooperativeId,
        boolean povertyRegistered,
        String orchardCode,
        int season,
        PriceRule priceRule,
        RedOrderStatus status,
        List<Line> lines,
        List<Advance> advances,
        List<Delivery> deliveries,
        List<Event> history,
        long version,
        Instant createdAt,
        String createdBy) {

    /** A contracted grade with what was delivered and what the sales channels booked against it. */
    public record Line(Grade grade, BigDecimal contractedKg,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal floorPricePerKg,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal premiumPerKg,
            BigDecimal deliveredKg, BigDecimal bookedKg, BigDecimal availableKg) {
    }

    /** Inputs advanced against the contract (seeds, fertiliser, bags …), deducted at settlement. */
    public record Advance(String item, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            LocalDate date, String recordedBy, Instant recordedAt) {
    }

    public record Delivery(String harvestLotId, Grade grade, BigDecimal weightKg, LocalDate date, String recordedBy,
            Instant recordedAt) {
    }

    /** One step of the contract's life: the event, status before and after, who and when. */
    public record Event(String event, RedOrderStatus fromStatus, RedOrderStatus toStatus, String detail, String by,
            Instant at) {
    }
}
