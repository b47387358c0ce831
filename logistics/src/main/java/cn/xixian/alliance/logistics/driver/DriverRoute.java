package cn.xixian.alliance.logistics.driver;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The route of the van a driver drives on a day (of the published plan): stops in order with what the driver
 * needs at the door: window, ETA, what to pick up or hand over, who to call and a {@code geo:} link.
 */
public record DriverRoute(String planId, String vanId, String vanCode, String driverId, String driverName,
        LocalDate date, List<RouteStop> stops) {

    public record RouteStop(String id, int sequence, String requestId, String kind, String place, String address,
            double lat, double lon, String geo, Instant windowStart, Instant windowEnd, Instant eta,
            BigDecimal weightKg, boolean refrigerated, boolean urgent, String contactName, String contactPhone,
            String status, Instant arrivedAt, Instant doneAt, String signer, int photos) {
    }
}
