package cn.xixian.alliance.coldstorage.planning.bench;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.planning.county.CountyProblem;
import cn.xixian.alliance.coldstorage.planning.county.CountyProblems;
import cn.xixian.alliance.coldstorage.planning.county.PlanItem;
import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolver;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolverProperties;
import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import cn.xixian.alliance.core.bench.BenchComponent;
import cn.xixian.alliance.core.grading.Grade;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * {@code bench storage --lots 20000 --chambers 300 --seconds 60}: a generated county (purchase points, warehouses
 * of several chambers at mixed set-points, lots of all grades, 80% of free capacity in demand) planned with the
 * module's solver configuration; prints the regret greedy's plan, the time to the first feasible plan and the
 * best score over time. Scores: hard in grams over capacity, soft in fen.
 */
@BenchComponent
class StorageBench implements BenchCommand {

    private static final double[] SET_POINTS = {-0.5, 0.0, 0.5, 1.5, 3.0};

    private final CountyProblems problems;
    private final AssignmentSolverProperties properties;

    StorageBench(CountyProblems problems, AssignmentSolverProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "storage";
    }

    @Override
    public String usage() {
        return "bench storage --lots 20000 --chambers 300 --seconds 60 [--seed 1]";
    }

    @Override
    public int run(BenchArgs args, PrintStream out) throws Exception {
        int lots = Math.toIntExact(args.getLong("lots", 20_000));
        int chambers = Math.toIntExact(args.getLong("chambers", 300));
        double seconds = args.getDouble("seconds", 60);
        Random random = new Random(args.getLong("seed", 1));
        List<ChamberState> county = chambers(chambers, random);
        long free = county.stream().mapToLong(ChamberState::freeGrams).sum();
        List<PlanItem> items = lots(lots, (long) (free * 0.8), random);
        out.printf("county: %,d lots (%,.0f t) at 117 purchase points, %,d chambers (%,.0f t free); %.0f s, %d processor(s)%n",
                lots, items.stream().mapToLong(PlanItem::grams).sum() / 1e6, chambers, free / 1e6, seconds,
                Runtime.getRuntime().availableProcessors());

        SolverFactory<AssignmentPlan> factory = SolverFactory.create(
                AssignmentSolver.solverConfig(properties.withSeconds(seconds)));
        SolutionManager<AssignmentPlan, HardSoftLongScore> scores = SolutionManager.create(factory);
        long t0 = System.nanoTime();
        CountyProblem greedy = problems.allocation(items, county);
        long built = System.nanoTime();
        AssignmentSolver.initialize(greedy.plan(), properties);
        HardSoftLongScore greedyScore = scores.update(greedy.plan());
        out.printf("model built in %.1f s; greedy baseline in %.1f s: %s%n", (built - t0) / 1e9,
                (System.nanoTime() - built) / 1e9, greedyScore);

        CountyProblem problem = problems.allocation(items, county);
        Solver<AssignmentPlan> solver = factory.buildSolver();
        long start = System.nanoTime();
        double[] firstFeasible = {-1};
        solver.addEventListener(event -> {
            double at = (System.nanoTime() - start) / 1e9;
            HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
            if (score.isSolutionInitialized() && score.isFeasible() && firstFeasible[0] < 0) {
                firstFeasible[0] = at;
                out.printf("first feasible plan after %.1f s: %s%n", at, score);
            } else {
                out.printf("  %5.1f s  best %s%n", at, score);
            }
        });
        AssignmentPlan best = solver.solve(problem.plan());
        double total = (System.nanoTime() - start) / 1e9;
        out.printf("after %.1f s: %s (greedy %s); soft cost %.0f yuan vs greedy %.0f yuan (%.1f%% less)%n", total,
                best.getScore(), greedyScore, -best.getScore().softScore() / 100.0, -greedyScore.softScore() / 100.0,
                100.0 * (best.getScore().softScore() - greedyScore.softScore()) / -greedyScore.softScore());
        scores.explain(best).getConstraintMatchTotalMap().values().forEach(t ->
                out.printf("  %-22s %s (%,d matches)%n", t.getConstraintName(), t.getScore(), t.getConstraintMatchCount()));
        return best.getScore().isFeasible() ? 0 : 1;
    }

    /** Warehouses of 3-8 chambers of 60-200 t at mixed set-points, spread over the county. */
    private static List<ChamberState> chambers(int count, Random random) {
        List<ChamberState> list = new ArrayList<>();
        int store = 0;
        while (list.size() < count) {
            store++;
            double lat = 36.55 + random.nextDouble() * 0.35;
            double lon = 110.75 + random.nextDouble() * 0.45;
            int n = Math.min(count - list.size(), 3 + random.nextInt(6));
            for (int c = 1; c <= n; c++) {
                long grams = (60 + random.nextInt(141)) * 1_000_000L;
                list.add(new ChamberState("S" + store + "-C" + c, "C" + c, "S" + store, "WH-" + store, "owner-" + store,
                        lat, lon, true, SET_POINTS[random.nextInt(SET_POINTS.length)], 90.0,
                        BigDecimal.valueOf(60 + random.nextInt(61), 2), new BigDecimal("6000"), grams, 0, 0, grams));
            }
        }
        return list;
    }

    /** Lots of 0.2-3 t from 117 purchase points (29 villages, 88 cooperatives), grades 15/40/30/15 %. */
    private static List<PlanItem> lots(int count, long targetGrams, Random random) {
        double[][] points = new double[117][];
        for (int p = 0; p < points.length; p++) {
            points[p] = new double[] {36.55 + random.nextDouble() * 0.35, 110.75 + random.nextDouble() * 0.45};
        }
        List<PlanItem> items = new ArrayList<>();
        long[] grams = new long[count];
        long sum = 0;
        for (int i = 0; i < count; i++) {
            grams[i] = 200_000L + random.nextInt(2_800_000);
            sum += grams[i];
        }
        double scale = (double) targetGrams / sum;
        for (int i = 0; i < count; i++) {
            int p = random.nextInt(points.length);
            double g = random.nextDouble();
            Grade grade = g < 0.15 ? Grade.SPECIAL : g < 0.55 ? Grade.GRADE_1 : g < 0.85 ? Grade.GRADE_2 : Grade.OFF_GRADE;
            items.add(new PlanItem("LOT-" + i, "LOT-" + i, "COOP-" + (p % 88), grade,
                    Math.max(1_000, (long) (grams[i] * scale)), "PP-" + p, "PP-" + p, points[p][0], points[p][1], null));
        }
        return items;
    }
}
