package cn.xixian.alliance.coldstorage.planning.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A generalized assignment problem on plain arrays: job {@code j} on agent {@code i} costs
 * {@code cost[j][i]} and uses {@code use[j][i]} of the agent's capacity; an agent used at all costs
 * {@code fixed[i]} once. {@link #FORBIDDEN} marks pairs that must never be chosen (a chamber whose
 * temperature does not suit the grade). Rows are per job so a job's options sit together in memory.
 */
public final class GapProblem {

    /** Cost of a pair that is not allowed; far above any real cost but safe to add a few of. */
    public static final int FORBIDDEN = Integer.MAX_VALUE / 8;

    final int jobs;
    final int agents;
    final int[][] cost;
    final int[][] use;
    final long[] capacity;
    final long[] fixed;
    /** Each job's allowed agents, cheapest first, cut to the nearest few (nearby selection). */
    final int[][] candidates;

    public GapProblem(int[][] cost, int[][] use, long[] capacity, long[] fixed, int maxCandidates) {
        this.jobs = cost.length;
        this.agents = capacity.length;
        this.cost = cost;
        this.use = use;
        this.capacity = capacity;
        this.fixed = fixed != null ? fixed : new long[agents];
        this.candidates = new int[jobs][];
        for (int j = 0; j < jobs; j++) {
            int[] row = cost[j];
            candidates[j] = IntStream.range(0, agents).filter(i -> row[i] < FORBIDDEN).boxed()
                    .sorted(Comparator.comparingInt(i -> row[i]))
                    .limit(Math.max(1, maxCandidates)).mapToInt(Integer::intValue).toArray();
        }
    }

    public int jobs() {
        return jobs;
    }

    public int agents() {
        return agents;
    }

    public boolean allowed(int job, int agent) {
        return cost[job][agent] < FORBIDDEN;
    }

    /** Total cost (pair costs plus fixed costs of used agents) of a complete assignment. */
    public long cost(int[] assignment) {
        long total = 0;
        boolean[] used = new boolean[agents];
        for (int j = 0; j < jobs; j++) {
            total += cost[j][assignment[j]];
            used[assignment[j]] = true;
        }
        for (int i = 0; i < agents; i++) {
            total += used[i] ? fixed[i] : 0;
        }
        return total;
    }

    /** Capacity used above the capacity, summed over agents; 0 means feasible. */
    public long overflow(int[] assignment) {
        long[] load = new long[agents];
        for (int j = 0; j < jobs; j++) {
            load[assignment[j]] += use[j][assignment[j]];
        }
        long over = 0;
        for (int i = 0; i < agents; i++) {
            over += Math.max(0, load[i] - capacity[i]);
        }
        return over;
    }

    public boolean feasible(int[] assignment) {
        for (int j = 0; j < jobs; j++) {
            if (!allowed(j, assignment[j])) {
                return false;
            }
        }
        return overflow(assignment) == 0;
    }

    @Override
    public String toString() {
        return "GAP " + agents + "x" + jobs + " " + Arrays.stream(capacity).sum();
    }
}
