package cn.xixian.alliance.ecommerce.orders;

import cn.xixian.alliance.core.grading.Grade;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A store order as the API shows it (README, Online-store sales): its status ({@code OPEN}, {@code UNBOOKED}, {@code FULFILLED},
 * {@code CANCELLED}), its lines with the kilograms booked, and the red-order contracts (households) they are booked
 * on. A cancelled order has no bookings. Weights in kg, money as yuan strings.
 */
public record StoreOrder(
        String storeCode,
        String orderId,
        String status,
        Instant modified,
        List<Line> lines,
        List<BookingShare> bookings,
        SaleStatus saleStatus,
        String platformStatus,
        OrderFormat format,
        String source,
        Receiver receiver,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal payment,
        String parcelRequestId,
        Instant created,
        Instant receivedAt) {

    /** One line: {@code unbookedKg} > 0 where contracted supply ran out. */
    public record Line(String lineId, String sku, String title, int quantity,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice, boolean cancelled, Grade grade,
            BigDecimal boxKg, BigDecimal weightKg, BigDecimal bookedKg, BigDecimal unbookedKg, String bookingRef) {
    }

    /** Kilograms of the order booked on one red-order contract (one household). */
    public record BookingShare(String redOrderId, String householdId, BigDecimal weightKg) {
    }
}
