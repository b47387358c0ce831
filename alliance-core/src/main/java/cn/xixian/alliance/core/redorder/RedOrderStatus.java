package cn.xixian.alliance.core.redorder;

/**
 * Life of a red-order contract: ACTIVE from signing (advances, guidance visits, deliveries and
 * bookings happen here), SETTLED once the year-end purchase is paid out, CLOSED when the books are
 * closed; CANCELLED only before anything was delivered or booked.
 */
public enum RedOrderStatus {
    ACTIVE, SETTLED, CLOSED, CANCELLED
}
