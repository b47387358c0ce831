package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.Stop;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.Unplanned;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.VanPlan;
import cn.xixian.alliance.logistics.distance.DistanceMatrix;
import cn.xixian.alliance.logistics.distance.GeoPoint;
import cn.xixian.alliance.logistics.fleet.Driver;
import cn.xixian.alliance.logistics.fleet.Van;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a day's vans, drivers and transport requests into a draft plan. Each active van gets the
 * first free driver allowed to drive it; a request no van could ever serve (too heavy, needs cooling,
 * windows out of every shift's reach) is listed as unplanned with the reason, never dropped silently.
 */
final class PlanDrafts {

    private final DistanceMatrix distances;

    PlanDrafts(DistanceMatrix distances) {
        this.distances = distances;
    }

    DispatchPlanDocument draft(LocalDate date, ZoneId zone, List<Van> vans, List<Driver> drivers,
            List<TransportRequest> requests) {
        DispatchPlanDocument plan = new DispatchPlanDocument();
        plan.date = date;
        plan.zone = zone.getId();
        Instant midnight = date.atStartOfDay(zone).toInstant();
        Set<String> taken = new HashSet<>();
        for (Van van : vans.stream().filter(Van::active).sorted(Comparator.comparing(Van::code)).toList()) {
            Driver driver = drivers.stream().sorted(Comparator.comparing(Driver::code))
                    .filter(d -> d.mayDrive(van.id()) && !taken.contains(d.id())).findFirst().orElse(null);
            if (driver == null) {
                plan.notes.add("van " + van.code() + " has no driver allowed to drive it: not planned");
                continue;
            }
            taken.add(driver.id());
            VanPlan v = new VanPlan();
            v.vanId = van.id();
            v.vanCode = van.code();
            v.driverId = driver.id();
            v.driverName = driver.name();
            v.capacityGrams = Weights.grams(van.capacityKg());
            v.refrigerated = van.refrigerated();
            v.depotName = van.depot().name();
            v.depotLat = van.depot().lat();
            v.depotLon = van.depot().lon();
            TimeWindow shift = driver.shiftOn(date, zone);
            v.shiftStart = seconds(midnight, shift.start());
            v.shiftEnd = Math.min(seconds(midnight, shift.end()), v.shiftStart + driver.maxShift().toSeconds());
            plan.vans.add(v);
        }
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        for (TransportRequest request : requests) {
            if (!request.pickupWindow().start().isBefore(dayEnd) || !request.pickupWindow().end().isAfter(midnight)) {
                continue;
            }
            Stop pickup = pickup(request, midnight);
            Stop delivery = delivery(request, midnight);
            String reason = unservable(plan.vans, pickup, delivery);
            if (reason != null) {
                plan.unplanned.add(new Unplanned(request.id(), reason));
            } else {
                plan.pending.add(pickup);
                plan.pending.add(delivery);
            }
        }
        return plan;
    }

    static Stop pickup(TransportRequest request, Instant midnight) {
        Stop stop = stop(request, midnight, "PICKUP", request.pickupWindow(), request.pickupServiceMinutes());
        stop.placeName = request.from().name();
        stop.lat = request.from().lat();
        stop.lon = request.from().lon();
        return stop;
    }

    static Stop delivery(TransportRequest request, Instant midnight) {
        Stop stop = stop(request, midnight, "DELIVERY", request.deliveryWindow(), request.deliveryServiceMinutes());
        stop.placeName = request.to().name();
        stop.lat = request.to().lat();
        stop.lon = request.to().lon();
        return stop;
    }

    private static Stop stop(TransportRequest request, Instant midnight, String kind, TimeWindow window, int minutes) {
        Stop stop = new Stop();
        stop.id = request.id() + ("PICKUP".equals(kind) ? "-P" : "-D");
        stop.requestId = request.id();
        stop.kind = kind;
        stop.windowStart = Math.max(0, seconds(midnight, window.start()));
        stop.windowEnd = seconds(midnight, window.end());
        stop.serviceSeconds = minutes * 60L;
        stop.weightGrams = Weights.grams(request.weightKg());
        stop.refrigerated = request.refrigerated();
        stop.urgent = request.urgent();
        return stop;
    }

    /** Why no van at all could serve this request on its own, or null if one could. */
    String unservable(List<VanPlan> vans, Stop pickup, Stop delivery) {
        if (vans.isEmpty()) {
            return "no van with a driver is available";
        }
        List<VanPlan> cold = vans.stream().filter(v -> v.refrigerated || !pickup.refrigerated).toList();
        if (cold.isEmpty()) {
            return "needs a refrigerated van and none is available";
        }
        List<VanPlan> big = cold.stream().filter(v -> v.capacityGrams >= pickup.weightGrams).toList();
        if (big.isEmpty()) {
            return "load of " + Weights.kg(pickup.weightGrams) + " kg is above every suitable van's capacity";
        }
        if (pickup.windowEnd < pickup.windowStart || delivery.windowEnd < delivery.windowStart) {
            return "a time window ends before it starts";
        }
        GeoPoint from = new GeoPoint(pickup.lat, pickup.lon);
        GeoPoint to = new GeoPoint(delivery.lat, delivery.lon);
        for (VanPlan van : big) {
            GeoPoint depot = new GeoPoint(van.depotLat, van.depotLon);
            double atPickup = Math.max(pickup.windowStart, van.shiftStart + distances.leg(depot, from).seconds());
            if (atPickup > pickup.windowEnd) {
                continue;
            }
            double atDelivery = Math.max(delivery.windowStart,
                    atPickup + pickup.serviceSeconds + distances.leg(from, to).seconds());
            if (atDelivery > delivery.windowEnd) {
                continue;
            }
            if (atDelivery + delivery.serviceSeconds + distances.leg(to, depot).seconds() <= van.shiftEnd) {
                return null;
            }
        }
        return "no van can reach the pickup and the delivery within their windows and be back before its driver's shift ends";
    }

    static long seconds(Instant midnight, Instant at) {
        return java.time.Duration.between(midnight, at).toSeconds();
    }

    static List<Stop> stopsOf(DispatchPlanDocument plan) {
        List<Stop> all = new ArrayList<>();
        plan.vans.forEach(v -> all.addAll(v.stops));
        all.addAll(plan.pending);
        return all;
    }
}
