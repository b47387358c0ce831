package cn.xixian.alliance.logistics.dispatch.planning.solver;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one solver configuration for van dispatch and the Solomon benchmark, built in code (no OptaPlanner starter):
 * a ruin-and-recreate phase (complete the plan, take vans away, shorten routes) and then OptaPlanner's
 * list-variable local search, all under one time limit; and this module's SolverManager on it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchSolverProperties.class)
public class DispatchSolverConfiguration {

    @Bean
    SolverFactory<DispatchSolution> dispatchSolverFactory(DispatchSolverProperties properties) {
        return SolverFactory.create(solverConfig(properties.settings()));
    }

    @Bean(destroyMethod = "close")
    SolverManager<DispatchSolution, String> dispatchSolverManager(SolverFactory<DispatchSolution> factory) {
        return SolverManager.create(factory);
    }

    /** Explains a plan's score: each constraint's share and matches. */
    @Bean
    SolutionManager<DispatchSolution, HardMediumSoftLongScore> dispatchSolutionManager(
            SolverFactory<DispatchSolution> factory) {
        return SolutionManager.create(factory);
    }

    /** Share of the heuristic time for annealing before vans are taken away. */
    static final double WARM_SHARE = 0.15;

    public static SolverConfig solverConfig(SolverSettings settings) {
        long total = settings.limit().toMillis();
        long heuristic = (long) (total * settings.heuristicShare());
        // annealing first (it drops vans that go easily and settles the routes' shape), then vans are
        // taken away, then annealing again on what is left
        long warm = (long) (heuristic * WARM_SHARE);
        long fleet = (long) (heuristic * settings.fleetShare());
        RoutingProblems problems = new RoutingProblems();
        List<CustomPhaseCommand> commands = new ArrayList<>();
        commands.add(new RoutingPhaseCommand(RoutingPhaseCommand.Stage.CONSTRUCT, 0, 0, 0, settings.seed(),
                settings.threads(), problems));
        // a first plan with every stop on a van, published as its own step
        commands.add(new RoutingPhaseCommand(RoutingPhaseCommand.Stage.COMPLETE, warm / 2, 0, 0, settings.seed(),
                settings.threads(), problems));
        addSlices(commands, 0, warm, settings, problems);
        if (fleet > 0) {
            commands.add(new RoutingPhaseCommand(RoutingPhaseCommand.Stage.REDUCE_VANS, warm + fleet, 0, 0,
                    settings.seed(), settings.threads(), problems));
        }
        addSlices(commands, warm + fleet, heuristic, settings, problems);
        return new SolverConfig()
                .withSolutionClass(DispatchSolution.class)
                .withEntityClasses(Vehicle.class, Visit.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(DispatchConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(commands), new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(total));
    }

    /** Annealing from {@code from} to {@code to} ms after the phase starts, in slices that each publish their best. */
    private static void addSlices(List<CustomPhaseCommand> commands, long from, long to, SolverSettings settings,
            RoutingProblems problems) {
        long span = to - from;
        if (span <= 0) {
            return;
        }
        int slices = (int) Math.max(1, Math.round((double) span / settings.slice().toMillis()));
        for (int k = 0; k < slices; k++) {
            commands.add(new RoutingPhaseCommand(RoutingPhaseCommand.Stage.SHORTEN, from + span * (k + 1) / slices,
                    (double) k / slices, (double) (k + 1) / slices, settings.seed(), settings.threads(), problems));
        }
    }
}
