package cn.xixian.alliance.logistics.dispatch;

import java.math.BigDecimal;
import java.time.Instant;

/** One stop on the board: where, when (window, ETA), the van's load after it, lateness and the driver's marks. */
public record StopView(
        String id,
        String requestId,
        String kind,
        String place,
        double lat,
        double lon,
        Instant windowStart,
        Instant windowEnd,
        Instant eta,
        BigDecimal weightKg,
        BigDecimal loadAfterKg,
        double latenessMinutes,
        boolean refrigerated,
        boolean urgent,
        String status,
        Instant arrivedAt,
        Instant doneAt,
        String signer) {
}
