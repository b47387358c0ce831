package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a booking reference holds: the kilograms booked against each contract, and what could not be booked
 * ({@code unbookedKg} > 0 when the open contracts of the grade and season did not have enough left).
 * {@code released} once the sale was cancelled and the kilograms given back.
 */
public record Booking(String bookingRef, Grade grade, int season, BigDecimal requestedKg, BigDecimal bookedKg,
        BigDecimal unbookedKg, boolean released, List<Allocation> bookings) {

    /** Kilograms booked against one contract (one household). */
    public record Allocation(String redOrderId, String householdId, BigDecimal weightKg) {
    }
}
