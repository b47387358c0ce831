package cn.xixian.alliance.logistics.dispatch.bench;

import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import cn.xixian.alliance.core.bench.BenchComponent;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.planning.PlanProblem;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.solver.DispatchSolverConfiguration;
import cn.xixian.alliance.logistics.dispatch.planning.solver.DispatchSolverProperties;
import cn.xixian.alliance.logistics.distance.DistanceMatrix;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * {@code bench dispatch --stops 1000 --vans 30 --seconds 60 [--seed N]}: a generated county day
 * through the same planning path as a real plan (stored-plan model, DistanceMatrix, solver
 * configuration); prints the time to the first feasible plan and the score at the end, next to a
 * nearest-neighbour baseline scored by the same constraints.
 */
@BenchComponent
class DispatchBench implements BenchCommand {

    private final DispatchSolverProperties properties;
    private final DistanceMatrix distances;

    DispatchBench(DispatchSolverProperties properties, DistanceMatrix distances) {
        this.properties = properties;
        this.distances = distances;
    }

    @Override
    public String name() {
        return "dispatch";
    }

    @Override
    public String usage() {
        return "dispatch --stops 1000 --vans 30 --seconds 60 [--seed 1]";
    }

    @Override
    public int run(BenchArgs args, PrintStream out) {
        int stops = (int) args.getLong("stops", 1000);
        int vans = (int) args.getLong("vans", 30);
        long seconds = args.getLong("seconds", 60);
        long seed = args.getLong("seed", 1);
        if (stops < 2 || vans < 1 || seconds < 1) {
            throw new IllegalArgumentException("--stops >= 2, --vans >= 1, --seconds >= 1");
        }
        DispatchPlanDocument day = CountyDay.generate(stops, vans, seed);
        long t0 = System.nanoTime();
        DispatchSolution problem = PlanProblem.build(day, distances);
        out.printf("county day: %d stops (%d pickup-delivery pairs), %d vans, matrix built in %.1f s, %d cores%n",
                stops, stops / 2, vans, (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors());
        SolverFactory<DispatchSolution> factory = SolverFactory.create(
                DispatchSolverConfiguration.solverConfig(properties.settings().withLimit(Duration.ofSeconds(seconds))));
        SolutionManager<DispatchSolution, HardMediumSoftLongScore> scores = SolutionManager.create(factory);

        DispatchSolution baseline = NearestNeighbourDispatch.plan(PlanProblem.build(day, distances));
        scores.update(baseline);
        report(out, "nearest neighbour", baseline, 0);

        Solver<DispatchSolution> solver = factory.buildSolver();
        long start = System.nanoTime();
        AtomicLong firstFeasible = new AtomicLong(-1);
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            double at = (System.nanoTime() - start) / 1e9;
            if (score.isSolutionInitialized() && score.isFeasible() && firstFeasible.get() < 0) {
                firstFeasible.set(System.nanoTime() - start);
                out.printf("  first feasible after %.1f s: %s%n", at, score);
            } else {
                out.printf("  %6.1f s  best %s%n", at, score);
            }
        });
        DispatchSolution best = solver.solve(problem);
        double elapsed = (System.nanoTime() - start) / 1e9;
        report(out, "solver", best, elapsed);
        out.printf("time to first feasible: %s%n",
                firstFeasible.get() < 0 ? "none" : String.format("%.1f s", firstFeasible.get() / 1e9));
        return best.getScore().isFeasible() ? 0 : 1;
    }

    private static void report(PrintStream out, String what, DispatchSolution solution, double seconds) {
        long used = solution.getVehicles().stream().filter(Vehicle::isUsed).count();
        double km = solution.getVehicles().stream().mapToDouble(Vehicle::distance).sum() / 1000;
        out.printf("%s: score %s, %s, %d vans, %.1f km%s%n", what, solution.getScore(),
                solution.getScore().isFeasible() ? "feasible" : "INFEASIBLE", used, km,
                seconds > 0 ? String.format(", %.1f s", seconds) : "");
    }
}
