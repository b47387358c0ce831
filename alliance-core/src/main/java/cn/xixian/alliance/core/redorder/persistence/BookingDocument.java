package cn.xixian.alliance.core.redorder.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One booking reference of a sales channel; the reference is the {@code _id} (unique), which makes booking
 * idempotent. What was booked lives on the contracts ({@link RedOrderDocument#bookings()}); this records what was
 * asked, who is working on it ({@code leaseUntil}: a booking cut off by a crash is resumed by the first call after
 * the lease ran out), whether it was released, and {@code bookedGrams}: the grams reserved for contracts, raised
 * with a conditional {@code $inc} (never above {@code requestedGrams}) before each contract is booked, so two
 * workers of one reference can never book it beyond its kilograms.
 * <p>
 * The batch path ({@code RedOrderBookings.applyAll}) writes none of these for the references it books as planned:
 * there the caller's own record (the store order holding the plan) is the intent record. It writes one ({@code BATCH},
 * {@code bookedGrams} unused) only before booking a reference off its plan, so that a retry checks that reference's
 * holdings on all contracts instead of appending its plan again.
 */
@Document(BookingDocument.COLLECTION)
public record BookingDocument(@Id String ref, String grade, int season, long requestedGrams, String state,
        Instant leaseUntil, Instant createdAt, Instant releasedAt, long bookedGrams) {

    public static final String COLLECTION = "red_order_bookings";
    public static final String OPEN = "OPEN";
    public static final String DONE = "DONE";
    public static final String RELEASED = "RELEASED";
    public static final String BATCH = "BATCH";
}
