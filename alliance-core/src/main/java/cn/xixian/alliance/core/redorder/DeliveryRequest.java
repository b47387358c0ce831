package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A delivery at the year-end purchase: either a recorded harvest lot ({@code harvestLotId}, whose grade, weight and
 * pick date are used), or a weighed delivery ({@code grade}, {@code weightKg}, {@code date}) — not both.
 */
public record DeliveryRequest(
        String harvestLotId,
        Grade grade,
        @DecimalMin(value = "0.001") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3) BigDecimal weightKg,
        LocalDate date) {
}
