package cn.xixian.alliance.core.harvest;

import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A harvest lot (采收批次) as the API shows it; weights in kilograms. */
public record HarvestLot(
        String id,
        String cooperativeId,
        String householdId,
        String orchardCode,
        LocalDate pickDate,
        BigDecimal weightKg,
        Grade grade,
        BigDecimal avgFruitWeightG,
        BigDecimal brix,
        String notes,
        String externalRef,
        String importId,
        Instant createdAt,
        String createdBy) {
}
