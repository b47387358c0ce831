package cn.xixian.alliance.coldstorage.planning.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Items assigned to bins. The county's peak-season allocation, the off-season consolidation and a GAP
 * benchmark instance are all this one problem. {@code session} carries the array-based search's state
 * from one step of the custom phase to the next (the solution cloner copies the reference).
 */
@PlanningSolution
public class AssignmentPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Bin> bins;

    @PlanningEntityCollectionProperty
    private List<Placement> placements;

    @PlanningScore
    private HardSoftLongScore score;

    private SearchSession session;

    AssignmentPlan() {
    }

    public AssignmentPlan(List<Bin> bins, List<Placement> placements) {
        this.bins = bins;
        this.placements = placements;
        this.session = new SearchSession();
    }

    public List<Bin> getBins() {
        return bins;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    public SearchSession getSession() {
        return session;
    }
}
