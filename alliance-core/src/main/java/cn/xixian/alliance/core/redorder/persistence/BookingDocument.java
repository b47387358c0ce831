package cn.xixian.alliance.core.redorder.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One booking reference of a sales channel; the reference is the {@code _id} (unique), which makes booking
 * idempotent. What was booked lives on the contracts ({@link RedOrderDocument#bookings()}); this records what was
 * asked, who is working on it ({@code leaseUntil}: a booking cut off by a crash is resumed by the next call) and
 * whether it was released.
 */
@Document(BookingDocument.COLLECTION)
public record BookingDocument(@Id String ref, String grade, int season, long requestedGrams, String state,
        Instant leaseUntil, Instant createdAt, Instant releasedAt) {

    public static final String COLLECTION = "red_order_bookings";
    public static final String OPEN = "OPEN";
    public static final String DONE = "DONE";
    public static final String RELEASED = "RELEASED";
}
