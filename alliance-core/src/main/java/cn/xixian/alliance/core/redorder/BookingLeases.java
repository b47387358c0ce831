package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.BookingDocument;
import cn.xixian.alliance.core.redorder.persistence.BookingStore;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Who books an OPEN booking reference: the call that created it holds a lease; a call with the same reference waits
 * for it, or takes the booking over once the lease ran out (its worker crashed).
 */
@Component
class BookingLeases {

    static final Duration LEASE = Duration.ofSeconds(30);

    private final BookingStore bookings;

    BookingLeases(BookingStore bookings) {
        this.bookings = bookings;
    }

    /** A booking whose worker's lease ran out (it crashed) is taken over; true when this call now owns it. */
    boolean takeOverAbandoned(String ref) {
        Instant now = Instant.now();
        return bookings.takeOverLease(ref, now, now.plus(LEASE));
    }

    /** A concurrent call with the same reference is booking it: wait (bounded) for it to finish. */
    void awaitFinished(String ref) {
        long deadline = System.nanoTime() + LEASE.toNanos();
        while (System.nanoTime() < deadline) {
            BookingDocument now = bookings.find(ref).orElse(null);
            if (now == null || !BookingDocument.OPEN.equals(now.state())) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
