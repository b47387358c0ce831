package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Rolls last season's contracts over into a new season (年初下订单): the households of {@code fromSeason} (of one
 * cooperative or village, or all) get a {@code toSeason} contract with the same kg per grade at this season's price
 * rule. FLOOR takes {@code floorPricesPerKg} per grade (a grade left out keeps last season's floor price);
 * MARKET_PLUS_PREMIUM takes {@code premiumPerKg}. {@code dryRun} previews without signing.
 */
public record SeasonRolloverRequest(
        @NotNull @Min(2000) @Max(2100) Integer fromSeason,
        @NotNull @Min(2000) @Max(2100) Integer toSeason,
        String cooperativeId,
        String villageId,
        @NotNull PriceRule priceRule,
        Map<Grade, @NotNull @DecimalMin("0.01") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal> floorPricesPerKg,
        @DecimalMin("0.00") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal premiumPerKg,
        boolean dryRun) {
}
