package cn.xixian.alliance.coldstorage.planning.bench;

import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.search.GapProblem;
import cn.xixian.alliance.coldstorage.planning.search.GreedyConstruction;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolver;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolverProperties;
import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import cn.xixian.alliance.core.bench.BenchComponent;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * {@code bench gap --seconds S --out RESULT.csv --solutions DIR FILE...}: solves OR-Library GAP
 * instances with the county's solver configuration (only the time limit is the benchmark's) and the
 * regret greedy as the baseline, checks each answer against the file's own numbers, and writes the
 * CSV and one {@code DIR/<instance>.sol} per instance (the chosen agent of each job, 0-based).
 */
@BenchComponent
class GapBench implements BenchCommand {

    private final AssignmentSolverProperties properties;

    GapBench(AssignmentSolverProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "gap";
    }

    @Override
    public String usage() {
        return "bench gap --seconds S --out RESULT.csv --solutions DIR FILE...  (a multi-instance OR-Library file"
                + " gives all its instances, named <file>-0, <file>-1, ...)";
    }

    @Override
    public int run(BenchArgs args, PrintStream out) throws Exception {
        double seconds = args.getDouble("seconds", 20);
        Path csv = Path.of(args.get("out", "gap-result.csv"));
        Path solutions = Path.of(args.get("solutions", "gap-solutions"));
        if (args.files().isEmpty()) {
            out.println("usage: " + usage());
            return 2;
        }
        Files.createDirectories(solutions);
        if (csv.toAbsolutePath().getParent() != null) {
            Files.createDirectories(csv.toAbsolutePath().getParent());
        }
        List<GapInstance> instances = new ArrayList<>();
        for (String file : args.files()) {
            instances.addAll(GapInstance.read(Path.of(file)));
        }
        SolverFactory<AssignmentPlan> factory = SolverFactory.create(
                AssignmentSolver.solverConfig(properties.withSeconds(seconds)));
        out.printf("bench gap: %d instance(s), %.0f s each, %d processor(s)%n", instances.size(), seconds,
                Runtime.getRuntime().availableProcessors());
        boolean allFeasible = true;
        try (PrintWriter result = new PrintWriter(Files.newBufferedWriter(csv))) {
            result.println("instance,agents,jobs,feasible,cost,greedy_cost,seconds");
            for (GapInstance g : instances) {
                Row row = solve(factory, g, solutions);
                allFeasible &= row.feasible;
                result.printf("%s,%d,%d,%s,%d,%s,%.1f%n", g.name(), g.agents(), g.jobs(), row.feasible, row.cost,
                        row.greedyCost < 0 ? "" : Long.toString(row.greedyCost), row.seconds);
                result.flush();
                out.printf("%-16s %3d x %4d  feasible=%-5s cost=%8d  greedy=%8s  %.1f s%n", g.name(), g.agents(),
                        g.jobs(), row.feasible, row.cost, row.greedyCost < 0 ? "infeasible" : row.greedyCost,
                        row.seconds);
            }
        }
        out.println("results in " + csv.toAbsolutePath() + ", solutions in " + solutions.toAbsolutePath());
        return allFeasible ? 0 : 1;
    }

    private record Row(boolean feasible, long cost, long greedyCost, double seconds) {
    }

    private Row solve(SolverFactory<AssignmentPlan> factory, GapInstance g, Path solutions) throws Exception {
        GapProblem problem = GapPlans.problem(g);
        int[] greedy = GreedyConstruction.best(problem);
        long greedyCost = g.evaluate(greedy);
        long start = System.nanoTime();
        AssignmentPlan solved = factory.buildSolver().solve(GapPlans.toPlan(g));
        double seconds = (System.nanoTime() - start) / 1e9;
        int[] x = GapPlans.assignment(solved);
        long cost = g.evaluate(x);
        StringJoiner line = new StringJoiner(" ");
        for (int agent : x) {
            line.add(Integer.toString(agent));
        }
        Files.writeString(solutions.resolve(g.name() + ".sol"), line + "\n");
        return new Row(cost >= 0, cost >= 0 ? cost : problem.cost(x), greedyCost, seconds);
    }
}
