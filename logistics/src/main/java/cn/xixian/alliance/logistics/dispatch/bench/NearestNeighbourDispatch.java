package cn.xixian.alliance.logistics.dispatch.bench;

import cn.xixian.alliance.logistics.dispatch.planning.Shadows;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.RoadMatrix;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.domain.VisitKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The county baseline: van after van, drive to the nearest stop that can still be served in its
 * window — a pickup that fits the load and whose delivery can follow straight after, or a delivery
 * of a load on board — until none is left for this van. What no van took goes to the last van.
 */
final class NearestNeighbourDispatch {

    private NearestNeighbourDispatch() {
    }

    static DispatchSolution plan(DispatchSolution solution) {
        RoadMatrix m = solution.getMatrix();
        Set<Visit> open = new LinkedHashSet<>();
        for (Visit visit : solution.getVisits()) {
            if (visit.getKind() == VisitKind.PICKUP) {
                open.add(visit);
            }
        }
        for (Vehicle van : solution.getVehicles()) {
            List<Visit> onBoard = new ArrayList<>();
            int at = van.getStartLocation();
            double time = van.getDeparture();
            long load = van.getInitialLoad();
            while (true) {
                Visit next = null;
                double nextDistance = Double.MAX_VALUE;
                for (Visit candidate : open) {
                    if ((candidate.isRefrigerated() && !van.isRefrigerated())
                            || load + candidate.getDemand() > van.getCapacity()) {
                        continue;
                    }
                    double d = m.distance(at, candidate.getLocation());
                    if (d < nextDistance && canServe(van, m, at, time, candidate, onBoard)) {
                        next = candidate;
                        nextDistance = d;
                    }
                }
                for (Visit delivery : onBoard) {
                    double d = m.distance(at, delivery.getLocation());
                    if (d < nextDistance) {
                        next = delivery;
                        nextDistance = d;
                    }
                }
                if (next == null) {
                    break;
                }
                time = Math.max(next.getReady(), time + m.time(at, next.getLocation())) + next.getService();
                at = next.getLocation();
                van.getVisits().add(next);
                if (next.getKind() == VisitKind.PICKUP) {
                    open.remove(next);
                    onBoard.add(next.getPartner());
                    load += next.getDemand();
                } else {
                    onBoard.remove(next);
                    load -= next.getDemand();
                }
            }
        }
        Vehicle last = solution.getVehicles().get(solution.getVehicles().size() - 1);
        for (Visit pickup : open) {
            last.getVisits().add(pickup);
            last.getVisits().add(pickup.getPartner());
        }
        Shadows.refresh(solution);
        return solution;
    }

    /** The pickup in its window, then its delivery, then the loads on board, then home, all in time. */
    private static boolean canServe(Vehicle van, RoadMatrix m, int at, double time, Visit pickup, List<Visit> onBoard) {
        double t = Math.max(pickup.getReady(), time + m.time(at, pickup.getLocation()));
        if (t > pickup.getDue()) {
            return false;
        }
        t += pickup.getService();
        int here = pickup.getLocation();
        List<Visit> drops = new ArrayList<>(onBoard);
        drops.add(0, pickup.getPartner());
        for (Visit drop : drops) {
            t = Math.max(drop.getReady(), t + m.time(here, drop.getLocation()));
            if (t > drop.getDue()) {
                return false;
            }
            t += drop.getService();
            here = drop.getLocation();
        }
        return t + m.time(here, van.getEndLocation()) <= van.getLatestReturn();
    }
}
