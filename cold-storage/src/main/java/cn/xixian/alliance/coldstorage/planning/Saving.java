package cn.xixian.alliance.coldstorage.planning;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A consolidation against doing nothing: chamber running costs per month before (every open chamber)
 * and after (chambers still holding stock), the one-off transfer cost, and the monthly saving
 * {@code fixedBefore - fixedAfter}; {@code firstMonthNet} subtracts the transfers too.
 */
public record Saving(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedPerMonthBefore,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedPerMonthAfter,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal transferCost,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal savingPerMonth,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal firstMonthNet,
        int chambersClosed) {
}
