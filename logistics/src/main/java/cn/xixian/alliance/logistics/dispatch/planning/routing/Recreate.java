package cn.xixian.alliance.logistics.dispatch.planning.routing;

import java.util.SplittableRandom;

/**
 * Puts removed units back one by one, cheapest position first, in an order drawn as in SISR:
 * random, largest load first, farthest from the depot first or closest first.
 */
final class Recreate {

    private final RoutingProblem p;
    private final Insertion insertion;
    private final SplittableRandom random;
    private final double[] key;
    private int[] order = new int[0];

    Recreate(RoutingProblem p, Insertion insertion, SplittableRandom random) {
        this.p = p;
        this.insertion = insertion;
        this.random = random;
        this.key = new double[p.n];
    }

    /** A plan from each vehicle's current sequence; infeasible sequences are dropped and re-inserted. */
    Plan start(int[][] initial) {
        Plan s = new Plan(p);
        boolean[] placed = new boolean[p.n];
        for (int v = 0; v < p.m && initial != null && v < initial.length; v++) {
            Route r = s.mutable(v);
            r.set(initial[v], initial[v].length);
            if (!r.refresh(p)) {
                r.len = 0;
                r.refresh(p);
                continue;
            }
            for (int k = 0; k < r.len; k++) {
                s.routeOf[r.seq[k]] = v;
                placed[r.seq[k]] = true;
            }
        }
        int[] heads = new int[p.n];
        int count = 0;
        for (int i = 0; i < p.n; i++) {
            if (!placed[i] && p.head(i) == i) {
                heads[count++] = i;
            }
        }
        apply(s, heads, count, true);
        return s;
    }

    /** Re-inserts {@code heads[0..count)} and whatever {@code s} had left unassigned. */
    void apply(Plan s, int[] heads, int count, boolean allowNewRoutes) {
        int total = count + s.unassignedCount;
        if (order.length < total) {
            order = new int[Math.max(total, p.n)];
        }
        System.arraycopy(heads, 0, order, 0, count);
        System.arraycopy(s.unassigned, 0, order, count, s.unassignedCount);
        s.unassignedCount = 0;
        sort(total);
        for (int k = 0; k < total; k++) {
            int h = order[k];
            if (!insertion.insert(s, h, allowNewRoutes, random)) {
                s.addUnassigned(h);
            }
        }
    }

    private void sort(int total) {
        int depot = p.vStartLoc[0];
        double pick = random.nextDouble() * 11;
        for (int k = 0; k < total; k++) {
            int h = order[k];
            if (pick < 4) {
                key[h] = random.nextDouble();
            } else if (pick < 8) {
                key[h] = -p.demand[h];
            } else if (pick < 10) {
                key[h] = -p.dist[depot][p.loc[h]];
            } else {
                key[h] = p.dist[depot][p.loc[h]];
            }
        }
        // insertion sort: a handful of units per iteration
        for (int k = 1; k < total; k++) {
            int h = order[k];
            int j = k - 1;
            while (j >= 0 && key[order[j]] > key[h]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = h;
        }
    }
}
