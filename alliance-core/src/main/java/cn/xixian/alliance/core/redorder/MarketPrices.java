package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A season's market purchase price per grade, yuan per kg as strings ("7.20"). */
public record MarketPrices(int season, Map<Grade, String> pricesPerKg, String updatedBy, Instant updatedAt) {

    /** Sets (replaces) a season's prices. */
    public record Request(@NotEmpty Map<@NotNull Grade,
            @NotNull @DecimalMin("0.01") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal> pricesPerKg) {
    }
}
