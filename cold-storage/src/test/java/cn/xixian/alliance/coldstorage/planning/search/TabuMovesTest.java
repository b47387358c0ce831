package cn.xixian.alliance.coldstorage.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The storage solver's tabu search moves, one by one on small problems: a shift (one job to another agent) and a
 * swap (two jobs on different agents trade places) change cost, loads, counts and the overflowing agents exactly as
 * their deltas say, the reverse move undoes them, the overflow penalty is what the weights make it, and a job that
 * just moved may not move straight back (tabu) until its tenure has passed.
 */
class TabuMovesTest {

    /** 4 agents, 12 jobs, tight capacities (some starts overflow) and fixed costs, from a seed. */
    private static GapProblem problem(long seed) {
        Random random = new Random(seed);
        int agents = 4;
        int jobs = 12;
        int[][] cost = new int[jobs][agents];
        int[][] use = new int[jobs][agents];
        for (int j = 0; j < jobs; j++) {
            for (int i = 0; i < agents; i++) {
                cost[j][i] = 10 + random.nextInt(90);
                use[j][i] = 5 + random.nextInt(20);
            }
        }
        long[] capacity = {45, 45, 45, 45};
        long[] fixed = {30, 0, 50, 10};
        return new GapProblem(cost, use, capacity, fixed, agents);
    }

    private static int[] start(GapProblem p, long seed) {
        Random random = new Random(seed);
        int[] x = new int[p.jobs];
        for (int j = 0; j < x.length; j++) {
            x[j] = random.nextInt(p.agents);
        }
        return x;
    }

    /** Loads, counts, cost and overflowing agents computed from scratch for the state's assignment. */
    private static void assertConsistent(SearchState s) {
        SearchState fresh = new SearchState(s.p, s.x);
        assertThat(s.load).isEqualTo(fresh.load);
        assertThat(s.count).isEqualTo(fresh.count);
        assertThat(s.cost).isEqualTo(s.p.cost(s.x));
        assertThat(s.overAgents).isEqualTo(fresh.overAgents);
        assertThat(s.overflow()).isEqualTo(s.p.overflow(s.x));
    }

    /** What the penalised delta adds to the cost delta: each agent's weight times its change of overflow. */
    private static double penalty(SearchState s, long[] loadBefore, long[] loadAfter) {
        double total = 0;
        for (int i = 0; i < s.p.agents; i++) {
            long before = Math.max(0, loadBefore[i] - s.p.capacity[i]);
            long after = Math.max(0, loadAfter[i] - s.p.capacity[i]);
            total += s.weight[i] * (after - before);
        }
        return total;
    }

    @Test
    void everyShiftChangesCostAndLoadsAsItsDeltaSaysAndShiftingBackUndoesIt() {
        for (long seed = 1; seed <= 5; seed++) {
            GapProblem p = problem(seed);
            SearchState s = new SearchState(p, start(p, seed));
            for (int j = 0; j < p.jobs; j++) {
                for (int b = 0; b < p.agents; b++) {
                    int a = s.x[j];
                    if (a == b) {
                        continue;
                    }
                    int[] x = s.x.clone();
                    long[] load = s.load.clone();
                    int[] count = s.count.clone();
                    long cost = s.cost;
                    long delta = s.shiftCostDelta(j, b);
                    double penalised = s.shiftDelta(j, b);
                    boolean feasible = s.feasibleAfterShift(j, b);

                    s.shift(j, b);

                    assertThat(s.x[j]).isEqualTo(b);
                    assertThat(s.cost).isEqualTo(cost + delta);
                    assertThat(s.load[a]).isEqualTo(load[a] - p.use[j][a]);
                    assertThat(s.load[b]).isEqualTo(load[b] + p.use[j][b]);
                    assertThat(s.count[a]).isEqualTo(count[a] - 1);
                    assertThat(s.count[b]).isEqualTo(count[b] + 1);
                    assertConsistent(s);
                    assertThat(s.overAgents == 0).isEqualTo(feasible);
                    assertThat(penalised).isCloseTo(delta + penalty(s, load, s.load), offset(1e-6));

                    s.shift(j, a);

                    assertThat(s.x).isEqualTo(x);
                    assertThat(s.load).isEqualTo(load);
                    assertThat(s.count).isEqualTo(count);
                    assertThat(s.cost).isEqualTo(cost);
                }
            }
        }
    }

    @Test
    void everySwapChangesCostAndLoadsAsItsDeltaSaysAndSwappingAgainUndoesIt() {
        for (long seed = 1; seed <= 5; seed++) {
            GapProblem p = problem(seed);
            SearchState s = new SearchState(p, start(p, seed));
            for (int j1 = 0; j1 < p.jobs; j1++) {
                for (int j2 = j1 + 1; j2 < p.jobs; j2++) {
                    int a = s.x[j1];
                    int b = s.x[j2];
                    if (a == b) {
                        continue;
                    }
                    int[] x = s.x.clone();
                    long[] load = s.load.clone();
                    long cost = s.cost;
                    long delta = s.swapCostDelta(j1, j2);
                    double penalised = s.swapDelta(j1, j2);
                    boolean feasible = s.feasibleAfterSwap(j1, j2);

                    s.swap(j1, j2);

                    assertThat(s.x[j1]).isEqualTo(b);
                    assertThat(s.x[j2]).isEqualTo(a);
                    assertThat(s.cost).isEqualTo(cost + delta);
                    assertThat(s.load[a]).isEqualTo(load[a] - p.use[j1][a] + p.use[j2][a]);
                    assertThat(s.load[b]).isEqualTo(load[b] - p.use[j2][b] + p.use[j1][b]);
                    assertConsistent(s);
                    assertThat(s.overAgents == 0).isEqualTo(feasible);
                    assertThat(penalised).isCloseTo(delta + penalty(s, load, s.load), offset(1e-6));

                    s.swap(j1, j2);

                    assertThat(s.x).isEqualTo(x);
                    assertThat(s.load).isEqualTo(load);
                    assertThat(s.cost).isEqualTo(cost);
                }
            }
        }
    }

    @Test
    void shiftingTheLastJobOffAnAgentSavesItsFixedCostAndOpeningOnePaysIt() {
        // job 0 alone on agent 0 (fixed 30); agent 2 (fixed 50) empty
        int[][] cost = {{10, 20, 15, 40}, {40, 10, 40, 40}};
        int[][] use = {{1, 1, 1, 1}, {1, 1, 1, 1}};
        GapProblem p = new GapProblem(cost, use, new long[] {5, 5, 5, 5}, new long[] {30, 0, 50, 10}, 4);
        SearchState s = new SearchState(p, new int[] {0, 1});
        assertThat(s.shiftCostDelta(0, 1)).isEqualTo(20 - 10 - 30);
        assertThat(s.shiftCostDelta(0, 2)).isEqualTo(15 - 10 - 30 + 50);
        s.shift(0, 2);
        assertThat(s.cost).isEqualTo(15 + 10 + 50);
    }

    @Test
    void overflowingAgentsGetDearerAndAllGetCheaperOnceEverythingFits() {
        int[][] cost = {{1, 5}, {1, 5}};
        int[][] use = {{3, 3}, {3, 3}};
        GapProblem p = new GapProblem(cost, use, new long[] {4, 10}, null, 2);
        SearchState s = new SearchState(p, new int[] {0, 0});
        assertThat(s.overAgents).isEqualTo(1);
        double[] before = s.weight.clone();
        s.adaptWeights();
        assertThat(s.weight[0]).isGreaterThan(before[0]);
        assertThat(s.weight[1]).isEqualTo(before[1]);

        s.shift(1, 1);
        assertThat(s.overAgents).isZero();
        double[] fitting = s.weight.clone();
        s.adaptWeights();
        assertThat(s.weight[0]).isLessThan(fitting[0]);
        assertThat(s.weight[1]).isLessThan(fitting[1]);
        for (int k = 0; k < 10_000; k++) {
            s.adaptWeights();
        }
        assertThat(s.weight).containsOnly(s.minWeight);
    }

    @Test
    void aJobThatJustMovedMayNotMoveStraightBackUntilItsTenureHasPassed() {
        // one job, two agents, starting on its cheaper one: the only move is away, and back would only tie the best
        GapProblem p = new GapProblem(new int[][] {{1, 5}}, new int[][] {{1, 1}}, new long[] {1, 1}, null, 2);
        GapSearch search = new GapSearch(p, new int[] {0}, 7, 100);
        assertThat(search.tabu(0, 1)).isFalse();

        search.runIterations(1);

        assertThat(search.current()).containsExactly(1);
        assertThat(search.tabu(0, 0)).as("moving back to the agent it just left").isTrue();
        search.runIterations(1);
        assertThat(search.current()).as("a tabu move that only ties the best is not taken").containsExactly(1);

        int waited = 1;
        while (search.tabu(0, 0)) {
            search.runIterations(1);
            assertThat(search.current()).containsExactly(1);
            waited++;
        }
        assertThat(waited).as("tenure: 5 plus a few iterations").isBetween(4, 8);
        search.runIterations(1);
        assertThat(search.current()).as("back once the tenure has passed").containsExactly(0);
        assertThat(search.bestCost()).isEqualTo(1);
        assertThat(search.bestFeasible()).isTrue();
    }

    @Test
    void fromAnOverflowingStartTheCheapestWayOutIsTakenAndRemembered() {
        // two jobs; the start overflows agent 0, so its best is infeasible; one job must leave, to the cheaper agent
        int[][] cost = {{1, 50, 60}, {1, 50, 60}};
        int[][] use = {{2, 2, 2}, {2, 2, 2}};
        GapProblem p = new GapProblem(cost, use, new long[] {2, 2, 2}, null, 3);
        GapSearch search = new GapSearch(p, new int[] {0, 0}, 3, 100);
        assertThat(search.bestFeasible()).isFalse();

        search.runIterations(1);

        int[] x = search.current();
        assertThat(x[0] != x[1]).as(Arrays.toString(x)).isTrue();
        assertThat(search.bestFeasible()).isTrue();
        assertThat(search.bestCost()).isEqualTo(51);
    }
}
