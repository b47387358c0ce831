package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Totals of a filtered set of contracts for the red-order desk: contracts, distinct households (poverty-registered
 * among them), contracted and delivered kg per grade, advances paid and the expected payout ({@code net}: what the
 * statements show, settled or provisional at today's market prices).
 */
public record DeskTotals(
        long contracts,
        long households,
        long povertyHouseholds,
        Map<Grade, BigDecimal> contractedKg,
        Map<Grade, BigDecimal> deliveredKg,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal advances,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net) {
}
