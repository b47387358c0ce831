package cn.xixian.alliance.logistics.dispatch.bench;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.RoadMatrix;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.domain.VisitKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon instance in the dispatch model: every customer a depot drop with its demand, window and
 * service time; every vehicle leaves the depot at its READY TIME and must be back by its DUE DATE.
 */
final class SolomonModel {

    private SolomonModel() {
    }

    static DispatchSolution toSolution(SolomonInstance instance) {
        int size = instance.number().length;
        double[][] d = new double[size][size];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                d[a][b] = instance.distance(a, b);
            }
        }
        RoadMatrix matrix = new RoadMatrix(d, d);
        List<Visit> visits = new ArrayList<>();
        for (int i = 1; i < size; i++) {
            visits.add(new Visit(String.valueOf(instance.number()[i]), i, VisitKind.DROP, instance.demand()[i],
                    instance.ready()[i], instance.due()[i], instance.service()[i], false));
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < instance.vehicles(); v++) {
            vehicles.add(new Vehicle("V" + (v + 1), instance.capacity(), false, 0, 0, instance.ready()[0],
                    instance.due()[0], matrix));
        }
        return new DispatchSolution(matrix, vehicles, visits);
    }

    /** Each used vehicle's customer numbers in order. */
    static List<List<Integer>> routes(DispatchSolution solution) {
        List<List<Integer>> routes = new ArrayList<>();
        for (Vehicle vehicle : solution.getVehicles()) {
            if (!vehicle.getVisits().isEmpty()) {
                routes.add(vehicle.getVisits().stream().map(v -> Integer.valueOf(v.getId())).toList());
            }
        }
        return routes;
    }
}
