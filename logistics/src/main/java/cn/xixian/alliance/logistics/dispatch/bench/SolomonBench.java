package cn.xixian.alliance.logistics.dispatch.bench;

import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import cn.xixian.alliance.core.bench.BenchComponent;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.solver.DispatchSolverConfiguration;
import cn.xixian.alliance.logistics.dispatch.planning.solver.DispatchSolverProperties;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * {@code bench solomon --seconds S --out RESULT.csv --solutions DIR FILE...}: solves each Solomon
 * instance with the dispatch solver configuration (only the time limit differs), writes the routes,
 * re-reads and checks them independently, and runs the nearest-neighbour baseline alongside.
 */
@BenchComponent
class SolomonBench implements BenchCommand {

    private final DispatchSolverProperties properties;

    SolomonBench(DispatchSolverProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "solomon";
    }

    @Override
    public String usage() {
        return "solomon --seconds S --out RESULT.csv --solutions DIR FILE...";
    }

    @Override
    public int run(BenchArgs args, PrintStream out) throws Exception {
        long seconds = args.getLong("seconds", 30);
        Path csv = Path.of(args.get("out", "solomon.csv"));
        Path dir = Path.of(args.get("solutions", "solomon-solutions"));
        List<String> files = args.files();
        if (files.isEmpty() || seconds <= 0) {
            throw new IllegalArgumentException("give --seconds > 0 and at least one instance file");
        }
        Files.createDirectories(dir);
        if (csv.toAbsolutePath().getParent() != null) {
            Files.createDirectories(csv.toAbsolutePath().getParent());
        }
        SolverFactory<DispatchSolution> factory = SolverFactory.create(
                DispatchSolverConfiguration.solverConfig(properties.settings().withLimit(Duration.ofSeconds(seconds))));
        out.printf("solomon: %d instance(s), %d s each, %d cores%n", files.size(), seconds,
                Runtime.getRuntime().availableProcessors());
        boolean allFeasible = true;
        try (PrintWriter result = new PrintWriter(Files.newBufferedWriter(csv))) {
            result.println("instance,vehicles,distance,feasible,baseline_vehicles,baseline_distance,seconds");
            for (String file : files) {
                SolomonInstance instance = SolomonInstance.read(Path.of(file));
                SolomonCheck baseline = SolomonCheck.of(instance, NearestNeighbour.routes(instance));
                out.printf("%s: %d customers; nearest neighbour %d vehicles, %.2f%n", instance.name(),
                        instance.customers(), baseline.vehicles(), baseline.distance());
                Solver<DispatchSolution> solver = factory.buildSolver();
                long start = System.nanoTime();
                solver.addEventListener(event -> out.printf("  %6.1f s  best %s%n",
                        (System.nanoTime() - start) / 1e9, event.getNewBestScore()));
                DispatchSolution best = solver.solve(SolomonModel.toSolution(instance));
                double elapsed = (System.nanoTime() - start) / 1e9;
                Path solutionFile = dir.resolve(instance.name() + ".sol");
                SolomonCheck.write(solutionFile, SolomonModel.routes(best));
                SolomonCheck check = SolomonCheck.of(instance, SolomonCheck.read(solutionFile));
                allFeasible &= check.feasible();
                result.printf(Locale.ROOT, "%s,%d,%.2f,%b,%d,%.2f,%.1f%n", instance.name(), check.vehicles(),
                        check.distance(), check.feasible(), baseline.vehicles(), baseline.distance(), elapsed);
                result.flush();
                out.printf("%s: %d vehicles, %.2f, %s, %.1f s (score %s)%s%n", instance.name(), check.vehicles(),
                        check.distance(), check.feasible() ? "feasible" : "INFEASIBLE", elapsed, best.getScore(),
                        BestKnown.compare(Path.of(file), instance.name(), check.vehicles(), check.distance()));
                check.problems().stream().limit(10).forEach(problem -> out.println("  ! " + problem));
            }
        }
        out.println("results in " + csv + ", routes in " + dir);
        return allFeasible ? 0 : 1;
    }
}
