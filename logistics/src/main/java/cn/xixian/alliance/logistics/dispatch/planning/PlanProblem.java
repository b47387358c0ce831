package cn.xixian.alliance.logistics.dispatch.planning;

import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.Stop;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.VanPlan;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.RoadMatrix;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.domain.VisitKind;
import cn.xixian.alliance.logistics.distance.DistanceMatrix;
import cn.xixian.alliance.logistics.distance.GeoPoint;
import cn.xixian.alliance.logistics.distance.TravelMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the planning problem from a stored plan. Stops a driver has started or finished, and every
 * stop before them on that van, are history: they are not planning values at all, the van sets out
 * from the last of them with what it then carries, so no move can reorder or reassign them.
 */
public final class PlanProblem {

    private PlanProblem() {
    }

    public static DispatchSolution build(DispatchPlanDocument plan, DistanceMatrix distances) {
        List<GeoPoint> points = new ArrayList<>();
        Map<String, Integer> stopLocation = new HashMap<>();
        List<VanPlan> vans = plan.vans.stream().filter(van -> !van.outOfService).toList();
        int[] depot = new int[vans.size()];
        for (int v = 0; v < vans.size(); v++) {
            depot[v] = points.size();
            points.add(new GeoPoint(vans.get(v).depotLat, vans.get(v).depotLon));
        }
        for (Stop stop : allStops(plan)) {
            stopLocation.put(stop.id, points.size());
            points.add(new GeoPoint(stop.lat, stop.lon));
        }
        RoadMatrix matrix = roadMatrix(distances.matrix(points));
        Map<String, Visit> visits = new HashMap<>();
        List<Visit> visitList = new ArrayList<>();
        List<Vehicle> vehicles = new ArrayList<>();
        Map<String, Vehicle> holding = new HashMap<>();
        for (int v = 0; v < vans.size(); v++) {
            VanPlan van = vans.get(v);
            int history = historyLength(van);
            int at = depot[v];
            double departure = van.shiftStart;
            long load = 0;
            for (int k = 0; k < history; k++) {
                Stop done = van.stops.get(k);
                at = stopLocation.get(done.id);
                departure = Math.max(departure, (done.eta == null ? departure : done.eta) + done.serviceSeconds);
                load += "PICKUP".equals(done.kind) ? done.weightGrams : -done.weightGrams;
                if ("PICKUP".equals(done.kind)) {
                    holding.put(done.requestId, null);
                } else {
                    holding.remove(done.requestId);
                }
            }
            Vehicle vehicle = new Vehicle(van.vanId, van.capacityGrams, van.refrigerated, at, depot[v], departure,
                    van.shiftEnd, matrix).withHistory(history, load);
            vehicles.add(vehicle);
            for (int k = 0; k < history; k++) {
                Stop done = van.stops.get(k);
                if ("PICKUP".equals(done.kind) && holding.containsKey(done.requestId)) {
                    holding.put(done.requestId, vehicle);
                }
            }
            for (int k = history; k < van.stops.size(); k++) {
                Visit visit = visit(van.stops.get(k), stopLocation, visits, visitList);
                vehicle.getVisits().add(visit);
            }
        }
        for (Stop stop : plan.pending) {
            visit(stop, stopLocation, visits, visitList);
        }
        for (Visit visit : visitList) {
            Vehicle carrier = holding.get(requestOf(visit.getId()));
            if (visit.getKind() == VisitKind.DELIVERY && carrier != null) {
                visit.setRequiredVehicle(carrier);
            }
        }
        pair(visitList, visits);
        DispatchSolution solution = new DispatchSolution(matrix, vehicles, visitList);
        Shadows.refresh(solution);
        return solution;
    }

    /** Started or done stops and everything before them on the van. */
    public static int historyLength(VanPlan van) {
        int history = 0;
        for (int k = 0; k < van.stops.size(); k++) {
            if (van.stops.get(k).started()) {
                history = k + 1;
            }
        }
        return history;
    }

    public static List<Stop> allStops(DispatchPlanDocument plan) {
        List<Stop> all = new ArrayList<>();
        plan.vans.forEach(van -> all.addAll(van.stops));
        all.addAll(plan.pending);
        return all;
    }

    public static RoadMatrix roadMatrix(TravelMatrix travel) {
        int n = travel.size();
        double[][] meters = new double[n][n];
        double[][] seconds = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                meters[i][j] = travel.meters(i, j);
                seconds[i][j] = travel.seconds(i, j);
            }
        }
        return new RoadMatrix(meters, seconds, travel.points());
    }

    /** Stop ids are {@code <request>-P} and {@code <request>-D}. */
    public static String requestOf(String stopId) {
        return stopId.substring(0, stopId.length() - 2);
    }

    private static Visit visit(Stop stop, Map<String, Integer> stopLocation, Map<String, Visit> visits, List<Visit> list) {
        Visit visit = new Visit(stop.id, stopLocation.get(stop.id), VisitKind.valueOf(stop.kind), stop.weightGrams,
                stop.windowStart, stop.windowEnd, stop.serviceSeconds, stop.refrigerated);
        visits.put(stop.id, visit);
        list.add(visit);
        return visit;
    }

    private static void pair(List<Visit> list, Map<String, Visit> visits) {
        for (Visit visit : list) {
            if (visit.getKind() == VisitKind.PICKUP) {
                Visit delivery = visits.get(requestOf(visit.getId()) + "-D");
                if (delivery != null && delivery.getRequiredVehicle() == null) {
                    Visit.pair(visit, delivery);
                }
            }
        }
    }
}
