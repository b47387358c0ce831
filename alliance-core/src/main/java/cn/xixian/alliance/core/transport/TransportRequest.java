package cn.xixian.alliance.core.transport;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A load to move (运输需求): picked up at {@code from} within {@code pickupWindow}, delivered to {@code to}
 * within {@code deliveryWindow}; the pickup and its delivery are one pair, served by the same van in that
 * order. {@code source} + {@code sourceRef} name what asked for it (a storage plan, a purchase order, a
 * store order), so a retried emission never creates a second request.
 */
public record TransportRequest(
        String id,
        String source,
        String sourceRef,
        TransportKind kind,
        Place from,
        Place to,
        BigDecimal weightKg,
        boolean refrigerated,
        TimeWindow pickupWindow,
        TimeWindow deliveryWindow,
        int pickupServiceMinutes,
        int deliveryServiceMinutes,
        boolean urgent,
        String notes,
        TransportStatus status,
        Instant createdAt) {
}
