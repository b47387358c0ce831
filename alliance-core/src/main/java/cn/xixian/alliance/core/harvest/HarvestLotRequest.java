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
 * {@code avgFruitWeightG} and {@code brix}. The bounds are {@link HarvestLotLimits}'s. A cooperative user may leave out {@code cooperativeId}.
 */
public record HarvestLotRequest(
        String cooperativeId,
        @NotBlank String householdId,
        @Size(max = HarvestLotLimits.ORCHARD_CODE_MAX_LENGTH) String orchardCode,
        @NotNull @PastOrPresent LocalDate pickDate,
        @NotNull @Positive @DecimalMax(HarvestLotLimits.MAX_WEIGHT_KG)
        @Digits(integer = HarvestLotLimits.WEIGHT_INTEGER_DIGITS, fraction = HarvestLotLimits.WEIGHT_DECIMALS) BigDecimal weightKg,
        Grade grade,
        @Positive @DecimalMax(HarvestLotLimits.MAX_FRUIT_WEIGHT_G) BigDecimal avgFruitWeightG,
        @DecimalMin(HarvestLotLimits.MIN_BRIX) @DecimalMax(HarvestLotLimits.MAX_BRIX) BigDecimal brix,
        @Size(max = HarvestLotLimits.NOTES_MAX_LENGTH) String notes,
        @Size(max = HarvestLotLimits.EXTERNAL_REF_MAX_LENGTH) String externalRef) {
}
