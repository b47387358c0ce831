package cn.xixian.alliance.core.redorder.web;

import cn.xixian.alliance.core.redorder.Booking;
import cn.xixian.alliance.core.redorder.RedOrderBookings;
import cn.xixian.alliance.core.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only view of a sales booking against the red orders (the sales channels book through {@link RedOrderBookings}
 * in Java). The reference is a query parameter because store references often contain slashes.
 */
@RestController
@PreAuthorize("hasAnyRole('COORDINATOR', 'STORE_INTEGRATION')")
class BookingController {

    private final RedOrderBookings bookings;

    BookingController(RedOrderBookings bookings) {
        this.bookings = bookings;
    }

    @GetMapping("/api/v1/red-orders/bookings")
    Booking get(@RequestParam String ref) {
        return bookings.find(ref).orElseThrow(() -> new NotFoundException("booking", ref));
    }
}
