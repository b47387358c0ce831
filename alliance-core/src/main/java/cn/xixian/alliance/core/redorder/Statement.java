package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * A household's statement (对账单) for one contract. For a SETTLED or CLOSED contract it shows the settlement
 * as paid; for an ACTIVE one it is {@code provisional}: today's deliveries at today's prices (a line whose
 * market price is not set yet shows no price and counts 0). {@code unrecoveredAdvances} is the part of the
 * advances the gross did not cover, written off for {@code reason}. {@code villageId}: the household's village when
 * the contract was signed (null on contracts signed before it was kept).
 */
public record Statement(
        String redOrderId,
        String householdId,
        String householdCode,
        String householdName,
        String cooperativeId,
        int season,
        PriceRule priceRule,
        RedOrderStatus status,
        boolean provisional,
        BigDecimal deliveredKg,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal advances,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unrecoveredAdvances,
        String reason,
        List<Line> lines,
        List<RedOrder.Advance> advanceItems,
        String villageId,
        boolean povertyRegistered) {

    public record Line(Grade grade, BigDecimal contractedKg, BigDecimal deliveredKg, BigDecimal pricedKg,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pricePerKg,
            BigDecimal excessKg,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal excessPricePerKg,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }
}
