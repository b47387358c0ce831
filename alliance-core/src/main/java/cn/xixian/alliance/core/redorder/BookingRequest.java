package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;

/** One line of a batch for {@link RedOrderBookings#planAll}: book {@code kg} of {@code grade} under {@code bookingRef}. */
public record BookingRequest(String bookingRef, Grade grade, BigDecimal kg) {
}
