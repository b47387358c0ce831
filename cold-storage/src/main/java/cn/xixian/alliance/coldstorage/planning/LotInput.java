package cn.xixian.alliance.coldstorage.planning;

import cn.xixian.alliance.core.grading.Grade;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A lot waiting to be stored. The purchase point is a member (cooperative or village) by id or code;
 * without one, the cooperative is the purchase point.
 */
public record LotInput(
        @NotBlank String lotRef,
        String cooperativeId,
        @NotNull Grade grade,
        @NotNull @DecimalMin("0.001") BigDecimal weightKg,
        String purchasePointId) {
}
