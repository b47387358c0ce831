package cn.xixian.alliance.logistics.fleet;

import cn.xixian.alliance.core.transport.Place;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A red-express van (配送车, e.g. 党员先锋号-01). It starts and ends its day at its home {@code depot}.
 * A van that broke down is not {@code active} until it is back in service; {@code brokenDownAt} says since when.
 */
public record Van(
        String id,
        String code,
        String plate,
        BigDecimal capacityKg,
        boolean refrigerated,
        Place depot,
        boolean active,
        Instant brokenDownAt) {

    /** Whether a load of this weight (kg), cold or not, fits this van on its own. */
    public boolean canCarry(BigDecimal weightKg, boolean needsRefrigeration) {
        return (refrigerated || !needsRefrigeration) && capacityKg.compareTo(weightKg) >= 0;
    }
}
