package cn.xixian.alliance.core.redorder;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Income the red orders brought households in a season (settled and closed contracts), the poverty-registered
 * households apart. {@code gross} is what the alliance paid for the produce, {@code net} what reached the
 * household after advances.
 */
public record SeasonReport(int season, Instant generatedAt, Totals all, Totals povertyRegistered, Totals others,
        List<HouseholdIncome> povertyRegisteredHouseholds, List<HouseholdIncome> otherHouseholds) {

    public record Totals(long householdsReached, long contracts, BigDecimal deliveredKg,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal advances,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net) {
    }

    public record HouseholdIncome(String householdId, String householdCode, String householdName, String cooperativeId,
            long contracts, BigDecimal deliveredKg,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal advances,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net) {
    }
}
