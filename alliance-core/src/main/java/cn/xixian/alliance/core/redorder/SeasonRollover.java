package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a season roll-over would do (dry run) or did. {@code households}: households that would be, or in this call
 * were, newly signed; {@code signed}: contracts this call created (0 on a dry run); {@code contractedKg} per grade and
 * {@code povertyHouseholds} among those households; {@code skipped} with the reason per household.
 */
public record SeasonRollover(
        int fromSeason,
        int toSeason,
        boolean dryRun,
        int households,
        int signed,
        int povertyHouseholds,
        Map<Grade, BigDecimal> contractedKg,
        List<Skipped> skipped) {

    /** Why a household of last season gets no new contract. */
    public enum Reason { CANCELLED, ALREADY_SIGNED, HOUSEHOLD_LEFT, NO_PRICE }

    public record Skipped(String householdId, String householdName, Reason reason) {
    }
}
