package cn.xixian.alliance.core.redorder;

import org.springframework.data.domain.Sort;

/**
 * Which open contracts a sale is booked against first ({@code alliance.redorder.booking.policy}). Ties go to the
 * older contract, then the lower id, so the order is total and every booking sees the same one.
 */
public enum BookingPolicy {
    /** Poverty-registered (脱贫户) households first, then the oldest contract: the red order's purpose. */
    POVERTY_FIRST(Sort.by(Sort.Direction.DESC, "povertyRegistered").and(Sort.by("createdAt", "_id"))),
    /** Oldest contract first. */
    OLDEST_FIRST(Sort.by("createdAt", "_id"));

    private final Sort order;

    BookingPolicy(Sort order) {
        this.order = order;
    }

    public Sort order() {
        return order;
    }
}
