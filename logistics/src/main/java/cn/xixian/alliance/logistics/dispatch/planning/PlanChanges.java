package cn.xixian.alliance.logistics.dispatch.planning;

import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.Stop;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.RoadMatrix;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.domain.VisitKind;
import cn.xixian.alliance.logistics.distance.DistanceMatrix;
import cn.xixian.alliance.logistics.distance.GeoPoint;
import java.util.List;
import org.optaplanner.core.api.solver.change.ProblemChange;

/**
 * Real-time changes to a solve in progress, as OptaPlanner problem changes: the solver applies them
 * between steps and restarts its phases from the changed best solution.
 */
public final class PlanChanges {

    private PlanChanges() {
    }

    /** An urgent request: its pickup and delivery join the problem unassigned; the matrix grows by their places. */
    public static ProblemChange<DispatchSolution> urgentRequest(Stop pickup, Stop delivery, DistanceMatrix distances) {
        return (solution, director) -> {
            RoadMatrix extended = solution.getMatrix().extend(
                    List.of(new GeoPoint(pickup.lat, pickup.lon), new GeoPoint(delivery.lat, delivery.lon)), distances);
            int at = solution.getMatrix().size();
            solution.setMatrix(extended);
            for (Vehicle vehicle : solution.getVehicles()) {
                director.changeProblemProperty(vehicle, v -> v.setMatrix(extended));
            }
            Visit p = new Visit(pickup.id, at, VisitKind.PICKUP, pickup.weightGrams, pickup.windowStart,
                    pickup.windowEnd, pickup.serviceSeconds, pickup.refrigerated);
            Visit d = new Visit(delivery.id, at + 1, VisitKind.DELIVERY, delivery.weightGrams, delivery.windowStart,
                    delivery.windowEnd, delivery.serviceSeconds, delivery.refrigerated);
            Visit.pair(p, d);
            director.addEntity(p, solution.getVisits()::add);
            director.addEntity(d, solution.getVisits()::add);
        };
    }

    /** A breakdown: the van takes no more stops; the next steps move its remaining stops to other vans. */
    public static ProblemChange<DispatchSolution> breakdown(String vanId) {
        return (solution, director) -> solution.getVehicles().stream()
                .filter(vehicle -> vehicle.getId().equals(vanId))
                .findFirst()
                .ifPresent(vehicle -> director.changeProblemProperty(vehicle, v -> v.setOutOfService(true)));
    }
}
