package cn.xixian.alliance.logistics.dispatch;

import java.math.BigDecimal;
import java.util.List;

/** A van's day: who drives, where it starts and ends (its depot), whether it broke down, how far it goes and its stops in order. */
public record VanRouteView(
        String vanId,
        String vanCode,
        String driverId,
        String driverName,
        BigDecimal capacityKg,
        boolean refrigerated,
        boolean outOfService,
        BigDecimal distanceKm,
        List<StopView> stops,
        String depotName,
        double depotLat,
        double depotLon) {
}
