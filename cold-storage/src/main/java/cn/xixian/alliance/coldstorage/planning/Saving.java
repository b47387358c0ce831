package cn.xixian.alliance.coldstorage.planning;

import java.math.BigDecimal;

/**
 * A consolidation against doing nothing: chamber running costs per month before (every open chamber)
 * and after (chambers still holding stock), the one-off transfer cost, and the monthly saving
 * {@code fixedBefore - fixedAfter}; {@code firstMonthNet} subtracts the transfers too.
 */
public record Saving(
        BigDecimal fixedPerMonthBefore,
        BigDecimal fixedPerMonthAfter,
        BigDecimal transferCost,
        BigDecimal savingPerMonth,
        BigDecimal firstMonthNet,
        int chambersClosed) {
}
