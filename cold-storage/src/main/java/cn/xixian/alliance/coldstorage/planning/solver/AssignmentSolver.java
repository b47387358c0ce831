package cn.xixian.alliance.coldstorage.planning.solver;

import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.domain.Placement;
import cn.xixian.alliance.coldstorage.planning.search.GreedyConstruction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's one solver configuration: a custom phase of tabu search steps on arrays, then
 * OptaPlanner's own local search (change and swap moves, late acceptance) on the constraint streams for
 * the rest of the time. Built in code (no OptaPlanner starter: the module makes its own SolverManager); the GAP benchmark uses
 * {@link #solverConfig} too, only with its own time limit.
 */
@Configuration
@EnableConfigurationProperties(AssignmentSolverProperties.class)
public class AssignmentSolver {

    public static SolverConfig solverConfig(AssignmentSolverProperties props) {
        long totalNanos = (long) (props.seconds() * 1e9);
        int slices = Math.max(1, props.slices());
        long sliceNanos = (long) (totalNanos * props.searchShare() / slices);
        List<CustomPhaseCommand> steps = new ArrayList<>();
        TabuSearchStep step = new TabuSearchStep(sliceNanos, slices, props.candidateBins(), props.sampleItems(), props.seed(),
                props.searchThreads());
        for (int k = 0; k < slices; k++) {
            steps.add(step);
        }
        return new SolverConfig()
                .withSolutionClass(AssignmentPlan.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(AssignmentConstraints.class)
                .withRandomSeed(props.seed())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofNanos(totalNanos)))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(steps), new LocalSearchPhaseConfig());
    }

    /**
     * Puts every unplaced item where the regret greedy would, so a plan exists before the solver starts (and
     * survives a stop that lands before the first step). The tabu search then starts from it.
     */
    public static void initialize(AssignmentPlan plan, AssignmentSolverProperties props) {
        if (plan.getPlacements().stream().allMatch(p -> p.getBin() != null) || plan.getBins().isEmpty()) {
            return;
        }
        int[] start = GreedyConstruction.best(TabuSearchStep.problemOf(plan, props.candidateBins()));
        plan.getPlacements().forEach(p -> p.setBin(plan.getBins().get(start[p.getIndex()])));
    }

    @Bean(destroyMethod = "close")
    SolverManager<AssignmentPlan, String> assignmentSolverManager(AssignmentSolverProperties props) {
        return SolverManager.create(solverConfig(props), new SolverManagerConfig().withParallelSolverCount("1"));
    }
}
