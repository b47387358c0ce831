package cn.xixian.alliance.logistics.dispatch.planning.solver;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The one solver configuration for van dispatch and the Solomon benchmark: a ruin-and-recreate
 * phase (complete the plan, take vans away, shorten routes) and then OptaPlanner's list-variable
 * local search, all under one time limit.
 */
public final class DispatchSolverConfig {

    private DispatchSolverConfig() {
    }

    public static SolverConfig of(SolverSettings settings) {
        long total = settings.limit().toMillis();
        long heuristic = (long) (total * settings.heuristicShare());
        long fleet = (long) (heuristic * settings.fleetShare());
        long distance = heuristic - fleet;
        int slices = (int) Math.max(1, Math.round((double) distance / settings.slice().toMillis()));
        RoutingProblems problems = new RoutingProblems();
        List<CustomPhaseCommand> commands = new ArrayList<>();
        commands.add(new RoutingPhaseCommand(RoutingPhaseCommand.Stage.CONSTRUCT, 0, 0, 0, settings.seed(), problems));
        // a first plan with every stop on a van, published as its own step before vans are taken away
        commands.add(new RoutingPhaseCommand(RoutingPhaseCommand.Stage.COMPLETE, fleet / 2, 0, 0, settings.seed(),
                problems));
        if (fleet > 0) {
            commands.add(new RoutingPhaseCommand(RoutingPhaseCommand.Stage.REDUCE_VANS, fleet, 0, 0, settings.seed(),
                    problems));
        }
        for (int k = 0; k < slices && distance > 0; k++) {
            commands.add(new RoutingPhaseCommand(RoutingPhaseCommand.Stage.SHORTEN, fleet + distance * (k + 1) / slices,
                    (double) k / slices, (double) (k + 1) / slices, settings.seed(), problems));
        }
        return new SolverConfig()
                .withSolutionClass(DispatchSolution.class)
                .withEntityClasses(Vehicle.class, Visit.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(DispatchConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(commands), new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(total));
    }
}
