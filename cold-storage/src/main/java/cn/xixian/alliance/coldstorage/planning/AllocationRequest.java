package cn.xixian.alliance.coldstorage.planning;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Plan storage for the harvest lots picked in {@code [from, to]} (read from the harvest records), or for
 * {@code lots} given here. {@code pickupFrom}: when vans may start collecting (default: now); each pickup
 * window lasts {@code alliance.cold-storage.planning.pickup-window-hours}.
 */
public record AllocationRequest(
        LocalDate from,
        LocalDate to,
        PurchasePoint purchasePoint,
        @Valid List<LotInput> lots,
        Instant pickupFrom) {
}
