package cn.xixian.alliance.ecommerce.catalog;

import cn.xixian.alliance.core.grading.Grade;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Maps a store SKU (optionally for one store only) to the product a box of it holds. */
public record NewSkuMapping(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[^|\\s]*", message = "must not contain '|' or spaces") String sku,
        @Size(max = 40) String storeCode,
        @NotNull Grade grade,
        @Min(1) @Max(500) Integer fruitCount,
        @Pattern(regexp = "\\d{2,3}(-\\d{2,3})?mm", message = "must look like 75-80mm") String fruitSize,
        @NotNull @DecimalMin("0.001") @DecimalMax("1000") @Digits(integer = 4, fraction = 3) BigDecimal boxKg,
        @Size(max = 200) String title) {
}
