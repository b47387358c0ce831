package cn.xixian.alliance.logistics.dispatch.planning;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;

/** Sets every visit's shadow variables from the vans' lists, as the solver's listeners would. */
public final class Shadows {

    private Shadows() {
    }

    public static void refresh(DispatchSolution solution) {
        for (Visit visit : solution.getVisits()) {
            visit.setVehicle(null);
            visit.setPrevious(null);
            visit.setNext(null);
            visit.setIndex(null);
            visit.setArrival(null);
        }
        for (Vehicle vehicle : solution.getVehicles()) {
            Visit previous = null;
            int at = vehicle.getStartLocation();
            double time = vehicle.getDeparture();
            for (int k = 0; k < vehicle.getVisits().size(); k++) {
                Visit visit = vehicle.getVisits().get(k);
                visit.setVehicle(vehicle);
                visit.setIndex(k);
                visit.setPrevious(previous);
                if (previous != null) {
                    previous.setNext(visit);
                }
                visit.setArrival(time + vehicle.getMatrix().time(at, visit.getLocation()));
                time = visit.departure();
                at = visit.getLocation();
                previous = visit;
            }
        }
    }
}
