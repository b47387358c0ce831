package cn.xixian.alliance.coldstorage.planning.solver;

import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.domain.Bin;
import cn.xixian.alliance.coldstorage.planning.domain.Placement;
import cn.xixian.alliance.coldstorage.planning.search.GapProblem;
import cn.xixian.alliance.coldstorage.planning.search.GapSearch;
import cn.xixian.alliance.coldstorage.planning.search.ParallelSearch;
import cn.xixian.alliance.coldstorage.planning.search.GreedyConstruction;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * One step of the custom phase: runs the array-based tabu search ({@link GapSearch}, one per thread) for a slice of time
 * and writes its best assignment into the working solution, so OptaPlanner scores it, publishes it as a
 * new best and can stop between steps. The first step builds the arrays from the plan and starts from
 * the plan's bins if every item has one, else from the regret greedy. The search sees pair costs
 * (transport + storage), pair use, capacities and bin fixed costs; warehouse visits and keeping groups
 * together are left to the local search phase that follows.
 */
final class TabuSearchStep implements CustomPhaseCommand<AssignmentPlan> {

    private final long sliceNanos;
    private final int slices;
    private final int candidateBins;
    private final int sampleItems;
    private final long seed;
    private final int threads;

    TabuSearchStep(long sliceNanos, int slices, int candidateBins, int sampleItems, long seed, int threads) {
        this.sliceNanos = sliceNanos;
        this.slices = slices;
        this.candidateBins = candidateBins;
        this.sampleItems = sampleItems;
        this.seed = seed;
        this.threads = threads;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<AssignmentPlan> scoreDirector) {
        AssignmentPlan plan = scoreDirector.getWorkingSolution();
        if (plan.getPlacements().isEmpty() || plan.getBins().isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        Run run = (Run) plan.getSession().state();
        if (run == null) {
            GapProblem problem = problemOf(plan);
            // The phase ends on schedule (setup and step overheads included), so the local search phase after
            // it keeps its share of the time limit even on a loaded machine.
            run = new Run(new ParallelSearch(problem, start(plan, problem), seed, sampleItems, threads),
                    now + slices * sliceNanos);
            plan.getSession().state(run);
        }
        long deadline = Math.min(now + sliceNanos, run.phaseEnd());
        if (deadline <= now) {
            return;
        }
        run.search().run(deadline);
        apply(scoreDirector, plan, run.search().leader().best());
    }

    /** One solve's search engine and when its share of the time ends. */
    private record Run(ParallelSearch search, long phaseEnd) {
    }

    static GapProblem problemOf(AssignmentPlan plan, int candidateBins) {
        List<Bin> bins = plan.getBins();
        int n = plan.getPlacements().size();
        int m = bins.size();
        int[][] cost = new int[n][];
        int[][] use = new int[n][];
        long[] capacity = new long[m];
        long[] fixed = new long[m];
        for (Bin bin : bins) {
            capacity[bin.getIndex()] = bin.getCapacity();
            fixed[bin.getIndex()] = bin.getFixedCost();
        }
        for (Placement p : plan.getPlacements()) {
            int[] c = new int[m];
            int[] u = new int[m];
            for (int i = 0; i < m; i++) {
                c[i] = p.allows(i) ? p.pairCost(i) : GapProblem.FORBIDDEN;
                u[i] = p.pairUse(i);
            }
            cost[p.getIndex()] = c;
            use[p.getIndex()] = u;
        }
        return new GapProblem(cost, use, capacity, fixed, candidateBins);
    }

    private GapProblem problemOf(AssignmentPlan plan) {
        return problemOf(plan, candidateBins);
    }

    private static int[] start(AssignmentPlan plan, GapProblem problem) {
        int[] x = new int[plan.getPlacements().size()];
        for (Placement p : plan.getPlacements()) {
            if (p.getBin() == null) {
                return GreedyConstruction.best(problem);
            }
            x[p.getIndex()] = p.getBin().getIndex();
        }
        return x;
    }

    private static void apply(ScoreDirector<AssignmentPlan> scoreDirector, AssignmentPlan plan, int[] best) {
        List<Bin> bins = plan.getBins();
        for (Placement p : plan.getPlacements()) {
            Bin target = bins.get(best[p.getIndex()]);
            if (p.getBin() != target) {
                scoreDirector.beforeVariableChanged(p, "bin");
                p.setBin(target);
                scoreDirector.afterVariableChanged(p, "bin");
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
