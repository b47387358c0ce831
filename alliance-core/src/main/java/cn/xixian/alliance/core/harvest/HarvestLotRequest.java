package cn.xixian.alliance.core.harvest;

import cn.xixian.alliance.core.grading.Grade;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Record a harvest lot. Without a {@code grade} the grading table decides it from
 * {@code avgFruitWeightG} and {@code brix}. A cooperative user may leave out {@code cooperativeId}.
 */
public record HarvestLotRequest(
        String cooperativeId,
        @NotBlank String householdId,
        @Size(max = 40) String orchardCode,
        @NotNull @PastOrPresent LocalDate pickDate,
        @NotNull @Positive @DecimalMax("100000") @Digits(integer = 6, fraction = 3) BigDecimal weightKg,
        Grade grade,
        @Positive @DecimalMax("2000") BigDecimal avgFruitWeightG,
        @DecimalMin("0") @DecimalMax("40") BigDecimal brix,
        @Size(max = 500) String notes,
        @Size(max = 64) String externalRef) {
}
