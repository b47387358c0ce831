package cn.xixian.alliance.logistics.dispatch.planning.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Vans and the stops they are to make. Score: hard = feasibility (windows, capacity, shift end,
 * pairs, refrigeration), medium = vans used, soft = distance in thousandths of a unit.
 */
@PlanningSolution
public class DispatchSolution {

    @ProblemFactProperty
    private RoadMatrix matrix;
    @PlanningEntityCollectionProperty
    private List<Vehicle> vehicles;
    // Visits are entities (shadow variables) but listed as facts: OptaPlanner 10.1 counts list
    // elements over every entity collection and would read a Visit as if it held the list.
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "visits")
    private List<Visit> visits;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public DispatchSolution() {
    }

    public DispatchSolution(RoadMatrix matrix, List<Vehicle> vehicles, List<Visit> visits) {
        this.matrix = matrix;
        this.vehicles = vehicles;
        this.visits = visits;
    }

    public RoadMatrix getMatrix() {
        return matrix;
    }

    public void setMatrix(RoadMatrix matrix) {
        this.matrix = matrix;
    }

    public List<Vehicle> getVehicles() {
        return vehicles;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
