package cn.xixian.alliance.core.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A household's input need as stored and shown (collection {@code input_needs}); {@code orderId} is set,
 * together with {@code status} ORDERED, by the one order that took it.
 */
public record InputNeed(
        String id,
        String householdId,
        String cooperativeId,
        String villageId,
        int season,
        String item,
        BigDecimal quantity,
        String unit,
        LocalDate wantedBy,
        String notes,
        NeedStatus status,
        String orderId,
        Instant createdAt,
        String createdBy) {
}
