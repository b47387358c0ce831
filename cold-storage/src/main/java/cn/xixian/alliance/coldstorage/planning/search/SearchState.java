package cn.xixian.alliance.coldstorage.planning.search;

/**
 * The current assignment with its loads and costs kept up to date move by move, and the adaptive
 * overflow penalties. Deltas are "cost plus penalty" so moves into overflow compete with cheap ones.
 */
final class SearchState {

    private static final double UP = 1.05;
    private static final double DOWN = 0.99;

    final GapProblem p;
    final int[] x;
    final long[] load;
    final int[] count;
    final double[] weight;
    final double minWeight;
    long cost;
    int overAgents;

    SearchState(GapProblem p, int[] start) {
        this.p = p;
        this.x = new int[p.jobs];
        this.load = new long[p.agents];
        this.count = new int[p.agents];
        this.weight = new double[p.agents];
        this.minWeight = initialWeight(p) / 100;
        java.util.Arrays.fill(weight, initialWeight(p));
        reset(start);
    }

    /** Roughly what one unit of capacity is worth in cost, so early penalties are neither free nor absolute. */
    private static double initialWeight(GapProblem p) {
        double costs = 0;
        double uses = 0;
        for (int j = 0; j < p.jobs; j++) {
            int[] c = p.candidates[j];
            costs += p.cost[j][c[c.length - 1]] - p.cost[j][c[0]] + 1;
            uses += p.use[j][c[0]] + 1;
        }
        return costs / uses;
    }

    void reset(int[] assignment) {
        System.arraycopy(assignment, 0, x, 0, x.length);
        java.util.Arrays.fill(load, 0);
        java.util.Arrays.fill(count, 0);
        for (int j = 0; j < p.jobs; j++) {
            load[x[j]] += p.use[j][x[j]];
            count[x[j]]++;
        }
        cost = p.cost(x);
        overAgents = 0;
        for (int i = 0; i < p.agents; i++) {
            overAgents += load[i] > p.capacity[i] ? 1 : 0;
        }
    }

    long overflow() {
        long over = 0;
        for (int i = 0; i < p.agents; i++) {
            over += Math.max(0, load[i] - p.capacity[i]);
        }
        return over;
    }

    private double penaltyChange(int agent, long newLoad) {
        long cap = p.capacity[agent];
        long before = load[agent] > cap ? load[agent] - cap : 0;
        long after = newLoad > cap ? newLoad - cap : 0;
        return before == after ? 0 : weight[agent] * (after - before);
    }

    long shiftCostDelta(int j, int b) {
        int a = x[j];
        long d = (long) p.cost[j][b] - p.cost[j][a];
        if (count[a] == 1) {
            d -= p.fixed[a];
        }
        if (count[b] == 0) {
            d += p.fixed[b];
        }
        return d;
    }

    double shiftDelta(int j, int b) {
        int a = x[j];
        return shiftCostDelta(j, b) + penaltyChange(a, load[a] - p.use[j][a]) + penaltyChange(b, load[b] + p.use[j][b]);
    }

    boolean feasibleAfterShift(int j, int b) {
        int a = x[j];
        int over = overAgents - (load[a] > p.capacity[a] ? 1 : 0) - (load[b] > p.capacity[b] ? 1 : 0);
        over += load[a] - p.use[j][a] > p.capacity[a] ? 1 : 0;
        over += load[b] + p.use[j][b] > p.capacity[b] ? 1 : 0;
        return over == 0;
    }

    long swapCostDelta(int j1, int j2) {
        int a = x[j1];
        int b = x[j2];
        return (long) p.cost[j1][b] + p.cost[j2][a] - p.cost[j1][a] - p.cost[j2][b];
    }

    double swapDelta(int j1, int j2) {
        int a = x[j1];
        int b = x[j2];
        return swapCostDelta(j1, j2)
                + penaltyChange(a, load[a] - p.use[j1][a] + p.use[j2][a])
                + penaltyChange(b, load[b] - p.use[j2][b] + p.use[j1][b]);
    }

    boolean feasibleAfterSwap(int j1, int j2) {
        int a = x[j1];
        int b = x[j2];
        int over = overAgents - (load[a] > p.capacity[a] ? 1 : 0) - (load[b] > p.capacity[b] ? 1 : 0);
        over += load[a] - p.use[j1][a] + p.use[j2][a] > p.capacity[a] ? 1 : 0;
        over += load[b] - p.use[j2][b] + p.use[j1][b] > p.capacity[b] ? 1 : 0;
        return over == 0;
    }

    void shift(int j, int b) {
        int a = x[j];
        if (a == b) {
            return;
        }
        cost += shiftCostDelta(j, b);
        move(j, a, b);
    }

    void swap(int j1, int j2) {
        int a = x[j1];
        int b = x[j2];
        cost += swapCostDelta(j1, j2);
        move(j1, a, b);
        move(j2, b, a);
    }

    private void move(int j, int a, int b) {
        boolean aOver = load[a] > p.capacity[a];
        boolean bOver = load[b] > p.capacity[b];
        load[a] -= p.use[j][a];
        load[b] += p.use[j][b];
        count[a]--;
        count[b]++;
        x[j] = b;
        overAgents += (load[a] > p.capacity[a] ? 1 : 0) - (aOver ? 1 : 0) + (load[b] > p.capacity[b] ? 1 : 0) - (bOver ? 1 : 0);
    }

    /** Strategic oscillation: agents over capacity get dearer; once everything fits, all get cheaper. */
    void adaptWeights() {
        if (overAgents == 0) {
            for (int i = 0; i < p.agents; i++) {
                weight[i] = Math.max(minWeight, weight[i] * DOWN);
            }
        } else {
            for (int i = 0; i < p.agents; i++) {
                if (load[i] > p.capacity[i]) {
                    weight[i] *= UP;
                }
            }
        }
    }
}
