package cn.xixian.alliance.logistics.requests;

import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.logistics.distance.DistanceMatrix;
import cn.xixian.alliance.logistics.distance.GeoPoint;
import cn.xixian.alliance.logistics.fleet.Driver;
import cn.xixian.alliance.logistics.fleet.Van;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of {@link Serviceability}, in the order a dispatcher would fix them: the load's weight, its
 * refrigeration, then the windows. For the windows every van that could carry the load is tried with every
 * driver who may drive it, on each day the windows touch; the problem reported is the one of the try that got
 * furthest (pickup reached, delivery reached, back within the shift).
 */
final class ServiceCheck {

    /** Windows longer than this are not searched day by day beyond it. */
    private static final int MAX_DAYS = 7;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm xxx");

    private final List<Van> vans;
    private final Map<String, List<Driver>> driversByVan;
    private final DistanceMatrix distances;
    private final ZoneId zone;

    ServiceCheck(List<Van> vans, Map<String, List<Driver>> driversByVan, DistanceMatrix distances, ZoneId zone) {
        this.vans = vans;
        this.driversByVan = driversByVan;
        this.distances = distances;
        this.zone = zone;
    }

    /** Where a try stopped: the further along, the more useful its message. */
    private enum Stage { PICKUP, DELIVERY, SHIFT, OK }

    private record Attempt(Stage stage, Instant at, Instant limit) {
    }

    List<FieldError> problems(Load load) {
        if (load.weightKg() == null || load.from() == null || load.to() == null || load.pickupWindow() == null
                || !load.pickupWindow().isValid() || load.deliveryWindow() == null || !load.deliveryWindow().isValid()) {
            return List.of(); // incomplete: the request's own validation reports it
        }
        BigDecimal weight = load.weightKg();
        Optional<BigDecimal> largest = vans.stream().map(Van::capacityKg).max(Comparator.naturalOrder());
        if (largest.isEmpty() || largest.get().compareTo(weight) < 0) {
            return List.of(FieldError.of("weightKg", largest.map(kg -> weight.toPlainString()
                    + " kg is more than any active van carries (the largest carries " + kg.toPlainString() + " kg)")
                    .orElse("no van is in service")));
        }
        List<Van> able = vans.stream().filter(v -> v.canCarry(weight, load.refrigerated())).toList();
        if (able.isEmpty()) {
            String coldest = vans.stream().filter(Van::refrigerated).map(Van::capacityKg).max(Comparator.naturalOrder())
                    .map(kg -> "the largest active refrigerated van carries " + kg.toPlainString() + " kg")
                    .orElse("no refrigerated van is in service");
            return List.of(FieldError.of("refrigerated", "a refrigerated load of " + weight.toPlainString()
                    + " kg fits no refrigerated van: " + coldest));
        }
        if (able.stream().allMatch(v -> driversByVan.getOrDefault(v.id(), List.of()).isEmpty())) {
            return List.of(FieldError.of("weightKg", "no driver may drive any van that can carry "
                    + weight.toPlainString() + " kg" + (load.refrigerated() ? " refrigerated" : "")));
        }
        Attempt best = null;
        for (Van van : able) {
            for (Driver driver : driversByVan.getOrDefault(van.id(), List.of())) {
                Attempt attempt = tryDriver(load, van, driver);
                if (attempt.stage() == Stage.OK) {
                    return List.of();
                }
                best = better(best, attempt);
            }
        }
        return List.of(describe(best));
    }

    private Attempt tryDriver(Load load, Van van, Driver driver) {
        long toPickup = seconds(van.depot(), load.from());
        long between = seconds(load.from(), load.to());
        long home = seconds(load.to(), van.depot());
        Attempt best = null;
        LocalDate first = load.pickupWindow().start().atZone(zone).toLocalDate();
        LocalDate last = load.deliveryWindow().end().atZone(zone).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last) && !day.isAfter(first.plusDays(MAX_DAYS)); day = day.plusDays(1)) {
            Attempt attempt = tryDay(load, driver.shiftOn(day, zone), driver.maxShift(), toPickup, between, home);
            if (attempt.stage() == Stage.OK) {
                return attempt;
            }
            best = better(best, attempt);
        }
        return best;
    }

    /** Earliest service at each stop, then the latest departure that still makes it, so waiting is not counted. */
    private static Attempt tryDay(Load load, TimeWindow shift, Duration maxShift, long toPickup, long between,
            long home) {
        TimeWindow pickup = load.pickupWindow();
        TimeWindow delivery = load.deliveryWindow();
        Instant reachPickup = shift.start().plusSeconds(toPickup);
        Instant pickupAt = max(pickup.start(), reachPickup);
        if (pickupAt.isAfter(pickup.end())) {
            return new Attempt(Stage.PICKUP, reachPickup, pickup.end());
        }
        Instant reachDelivery = pickupAt.plusSeconds(load.pickupServiceMinutes() * 60L + between);
        Instant deliveryAt = max(delivery.start(), reachDelivery);
        if (deliveryAt.isAfter(delivery.end())) {
            return new Attempt(Stage.DELIVERY, reachDelivery, delivery.end());
        }
        Instant back = deliveryAt.plusSeconds(load.deliveryServiceMinutes() * 60L + home);
        Instant latestPickup = min(pickup.end(), deliveryAt.minusSeconds(load.pickupServiceMinutes() * 60L + between));
        Instant departure = latestPickup.minusSeconds(toPickup);
        Instant shiftEnd = min(shift.end(), departure.plus(maxShift));
        if (back.isAfter(shiftEnd)) {
            return new Attempt(Stage.SHIFT, back, shiftEnd);
        }
        return new Attempt(Stage.OK, back, shiftEnd);
    }

    /** Further along wins; at the same stage, the smaller overrun. */
    private static Attempt better(Attempt a, Attempt b) {
        if (a == null) {
            return b;
        }
        if (a.stage() != b.stage()) {
            return a.stage().compareTo(b.stage()) > 0 ? a : b;
        }
        return Duration.between(a.limit(), a.at()).compareTo(Duration.between(b.limit(), b.at())) <= 0 ? a : b;
    }

    private FieldError describe(Attempt attempt) {
        return switch (attempt.stage()) {
            case PICKUP -> FieldError.of("pickupWindow", "no van can reach the pickup by " + time(attempt.limit())
                    + " (earliest arrival " + time(attempt.at()) + ", leaving the depot when a shift starts)");
            case DELIVERY -> FieldError.of("deliveryWindow", "no van can reach the delivery by "
                    + time(attempt.limit()) + " after the pickup (earliest arrival " + time(attempt.at()) + ")");
            case SHIFT -> FieldError.of("deliveryWindow",
                    "no driver's shift fits the trip: back at the depot " + time(attempt.at())
                            + " at the earliest, but the shift ends " + time(attempt.limit()));
            case OK -> throw new IllegalStateException("a servable request has no problem");
        };
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    private long seconds(Place from, Place to) {
        return distances.leg(new GeoPoint(from.lat(), from.lon()), new GeoPoint(to.lat(), to.lon())).seconds();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
