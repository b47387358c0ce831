package cn.xixian.alliance.logistics.dispatch.planning.solver;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import java.util.Objects;
import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/** Keeps arrival times along a route up to date from the changed stop onwards, and stops where nothing changes. */
public class ArrivalTimeListener implements VariableListener<DispatchSolution, Visit> {

    private static final String ARRIVAL = "arrival";

    @Override
    public void beforeEntityAdded(ScoreDirector<DispatchSolution> scoreDirector, Visit visit) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<DispatchSolution> scoreDirector, Visit visit) {
        update(scoreDirector, visit);
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<DispatchSolution> scoreDirector, Visit visit) {
    }

    @Override
    public void afterVariableChanged(ScoreDirector<DispatchSolution> scoreDirector, Visit visit) {
        update(scoreDirector, visit);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<DispatchSolution> scoreDirector, Visit visit) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<DispatchSolution> scoreDirector, Visit visit) {
    }

    private static void update(ScoreDirector<DispatchSolution> scoreDirector, Visit visit) {
        Vehicle vehicle = visit.getVehicle();
        if (vehicle == null) {
            if (visit.getArrival() != null) {
                scoreDirector.beforeVariableChanged(visit, ARRIVAL);
                visit.setArrival(null);
                scoreDirector.afterVariableChanged(visit, ARRIVAL);
            }
            return;
        }
        Visit previous = visit.getPrevious();
        Visit current = visit;
        Double arrival = previous == null
                ? vehicle.getDeparture() + vehicle.getMatrix().time(vehicle.getStartLocation(), visit.getLocation())
                : previous.departure() + vehicle.getMatrix().time(previous.getLocation(), visit.getLocation());
        while (current != null && !Objects.equals(current.getArrival(), arrival)) {
            scoreDirector.beforeVariableChanged(current, ARRIVAL);
            current.setArrival(arrival);
            scoreDirector.afterVariableChanged(current, ARRIVAL);
            Visit next = current.getNext();
            arrival = next == null ? null
                    : current.departure() + vehicle.getMatrix().time(current.getLocation(), next.getLocation());
            current = next;
        }
    }
}
