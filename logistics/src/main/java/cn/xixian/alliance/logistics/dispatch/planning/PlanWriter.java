package cn.xixian.alliance.logistics.dispatch.planning;

import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.Stop;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.VanPlan;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a solution's routes into the stored plan: each van keeps its history (started and done
 * stops, untouched) followed by the solver's order with ETAs, load after each stop and lateness.
 * Stop states come from the stored plan, so a driver's marks are never overwritten.
 */
public final class PlanWriter {

    private PlanWriter() {
    }

    public static void write(DispatchPlanDocument plan, DispatchSolution solution) {
        Map<String, Stop> stops = new HashMap<>();
        PlanProblem.allStops(plan).forEach(stop -> stops.put(stop.id, stop));
        Map<String, Vehicle> vehicles = new HashMap<>();
        solution.getVehicles().forEach(vehicle -> vehicles.put(vehicle.getId(), vehicle));
        Set<String> placed = new HashSet<>();
        for (VanPlan van : plan.vans) {
            List<Stop> route = new ArrayList<>(van.stops.subList(0, PlanProblem.historyLength(van)));
            Vehicle vehicle = vehicles.get(van.vanId);
            if (vehicle != null && !van.outOfService) {
                for (Visit visit : vehicle.getVisits()) {
                    Stop stop = stops.get(visit.getId());
                    if (stop == null || stop.started()) {
                        continue;
                    }
                    stop.eta = Math.round(visit.start());
                    stop.latenessSeconds = Math.round(visit.lateness());
                    route.add(stop);
                }
                van.distanceMeters = vehicle.distance();
            }
            long load = 0;
            for (Stop stop : route) {
                load += "PICKUP".equals(stop.kind) ? stop.weightGrams : -stop.weightGrams;
                stop.loadAfterGrams = load;
                placed.add(stop.id);
            }
            van.stops = route;
        }
        List<Stop> pending = new ArrayList<>();
        for (Stop stop : stops.values()) {
            if (!placed.contains(stop.id)) {
                stop.eta = null;
                pending.add(stop);
            }
        }
        pending.sort(java.util.Comparator.comparing(stop -> stop.id));
        plan.pending = pending;
    }
}
