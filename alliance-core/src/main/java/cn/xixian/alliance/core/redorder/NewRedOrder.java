package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Signs a contract with a household (by id or code). The cooperative is the household's; a
 * {@code cooperativeId} that names another is refused. FLOOR lines need {@code floorPricePerKg},
 * MARKET_PLUS_PREMIUM lines {@code premiumPerKg}.
 */
public record NewRedOrder(
        @NotBlank String householdId,
        String cooperativeId,
        @Size(max = 40) String orchardCode,
        @NotNull @Min(2000) @Max(2100) Integer season,
        @NotNull PriceRule priceRule,
        @NotEmpty @Size(max = 4) List<@Valid @NotNull LineRequest> lines) {

    public record LineRequest(
            @NotNull Grade grade,
            @NotNull @DecimalMin(value = "0.001") @DecimalMax("10000000") @Digits(integer = 8, fraction = 3)
            BigDecimal contractedKg,
            @DecimalMin(value = "0.01") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal floorPricePerKg,
            @DecimalMin(value = "0.00") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal premiumPerKg) {
    }
}
