package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * The red-order book of one season (cancelled contracts left out): per grade the kg contracted, delivered at the
 * year-end purchase and sold (booked by the sales channels); the households reached; and what settled contracts
 * (SETTLED or CLOSED) paid: {@code settledGross} for the produce, of it {@code povertyRegisteredGross} to
 * poverty-registered households, {@code povertyRegisteredNet} after their advances. {@code season} is null when
 * there are no contracts at all.
 */
public record SeasonBook(Integer season, long contracts, long settledContracts, long householdsReached,
        long povertyRegisteredHouseholdsReached, List<GradeLine> grades,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal settledGross,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal povertyRegisteredGross,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal povertyRegisteredNet,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal advances) {

    public record GradeLine(Grade grade, BigDecimal contractedKg, BigDecimal deliveredKg, BigDecimal soldKg) {
    }
}
