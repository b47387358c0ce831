package cn.xixian.alliance.core.purchasing;

import jakarta.validation.Valid;
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
 * Aggregate a season's open needs for these inputs into one bulk order from one supplier. Each line is an
 * input (item + unit, matched exactly against the needs) with its weight per unit and the group price
 * against the retail price per unit (yuan, two decimals).
 */
public record PurchaseOrderRequest(
        @NotNull @Min(2000) @Max(2100) Integer season,
        @NotBlank String supplierId,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines,
        @Size(max = 500) String notes) {

    public record Line(
            @NotBlank @Size(max = 40) String item,
            @NotBlank @Size(max = 20) String unit,
            @NotNull @DecimalMin("0.001") @Digits(integer = 6, fraction = 3) BigDecimal unitWeightKg,
            @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal groupPricePerUnit,
            @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal retailPricePerUnit) {
    }
}
