package cn.xixian.alliance.coldstorage.planning.search;

import java.util.PriorityQueue;

/**
 * Regret greedy (Martello and Toth's MTHG): repeatedly place the job that loses most if it cannot
 * have its best agent that still fits, judged by a desirability (lower is better). Jobs that fit
 * nowhere go where they overflow least; the local search repairs that. Stale regrets are re-checked
 * when popped instead of recomputing every job after each placement, so it scales to county size.
 */
public final class GreedyConstruction {

    /** What "best" means when choosing among agents that fit. */
    public enum Criterion { COST, RELATIVE_USE, COST_TIMES_USE }

    private GreedyConstruction() {
    }

    /** The best of the criteria: feasible and cheapest first, else least overflow. */
    public static int[] best(GapProblem p) {
        int[] best = null;
        for (Criterion criterion : Criterion.values()) {
            int[] x = construct(p, criterion);
            if (best == null || better(p, x, best)) {
                best = x;
            }
        }
        return best;
    }

    static boolean better(GapProblem p, int[] a, int[] b) {
        long oa = p.overflow(a);
        long ob = p.overflow(b);
        return oa != ob ? oa < ob : p.cost(a) < p.cost(b);
    }

    public static int[] construct(GapProblem p, Criterion criterion) {
        long[] free = p.capacity.clone();
        int[] x = new int[p.jobs];
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        for (int j = 0; j < p.jobs; j++) {
            queue.add(new double[] {regret(p, j, free, criterion), j});
        }
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int j = (int) top[1];
            double now = regret(p, j, free, criterion);
            if (now != top[0] && !queue.isEmpty() && now < queue.peek()[0]) {
                queue.add(new double[] {now, j});
                continue;
            }
            int agent = bestFitting(p, j, free, criterion);
            if (agent < 0) {
                agent = leastOverflow(p, j, free);
            }
            x[j] = agent;
            free[agent] -= p.use[j][agent];
        }
        return x;
    }

    private static double desirability(GapProblem p, int j, int i, Criterion criterion) {
        return switch (criterion) {
            case COST -> p.cost[j][i];
            case RELATIVE_USE -> (double) p.use[j][i] / Math.max(1, p.capacity[i]);
            case COST_TIMES_USE -> (double) p.cost[j][i] * p.use[j][i];
        };
    }

    /** Second-best minus best desirability among agents that fit; no fit at all ranks first. */
    private static double regret(GapProblem p, int j, long[] free, Criterion criterion) {
        double first = Double.MAX_VALUE;
        double second = Double.MAX_VALUE;
        for (int i : p.candidates[j]) {
            if (p.use[j][i] <= free[i]) {
                double d = desirability(p, j, i, criterion);
                if (d < first) {
                    second = first;
                    first = d;
                } else if (d < second) {
                    second = d;
                }
            }
        }
        if (first == Double.MAX_VALUE) {
            return Double.MAX_VALUE;
        }
        return second == Double.MAX_VALUE ? Double.MAX_VALUE / 2 : second - first;
    }

    private static int bestFitting(GapProblem p, int j, long[] free, Criterion criterion) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int i : p.candidates[j]) {
            if (p.use[j][i] <= free[i]) {
                double d = desirability(p, j, i, criterion);
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
        }
        return best;
    }

    private static int leastOverflow(GapProblem p, int j, long[] free) {
        int best = -1;
        long bestOver = Long.MAX_VALUE;
        for (int i = 0; i < p.agents; i++) {
            if (p.allowed(j, i)) {
                long over = p.use[j][i] - free[i];
                if (over < bestOver) {
                    bestOver = over;
                    best = i;
                }
            }
        }
        return best;
    }
}
