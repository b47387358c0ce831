package cn.xixian.alliance.core.technical;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded field guidance visit; stored as it is shown (collection {@code field_visits}). */
public record FieldVisit(
        String id,
        int season,
        String householdId,
        String cooperativeId,
        String orchardCode,
        String technicianId,
        LocalDate date,
        String findings,
        String advice,
        String redOrderId,
        Instant createdAt,
        String createdBy) {
}
