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
        unsplit(s, placed);
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

    /**
     * The search only ever moves a pair as one unit, so it must start from whole units: a pair whose pickup
     * and delivery are on different vans, or whose delivery comes first, or half of which is on no van (a
     * split from an earlier solve, from local search, or half of a pair on a dropped route) is taken off
     * the vans and inserted again as one unit. Left in place, the split would survive every step, and
     * emptying the route of one half would put the other half on a second van as well.
     */
    private void unsplit(Plan s, boolean[] placed) {
        boolean[] broken = new boolean[p.n];
        boolean any = false;
        for (int i = 0; i < p.n; i++) {
            int w = p.partner[i];
            if (p.kind[i] != RoutingProblem.PICKUP || w < 0 || (!placed[i] && !placed[w])) {
                continue;
            }
            int v = s.routeOf[i];
            if (placed[i] && placed[w] && v == s.routeOf[w] && s.routes[v].indexOf(i) < s.routes[v].indexOf(w)) {
                continue;
            }
            broken[i] = true;
            broken[w] = true;
            any = true;
        }
        if (!any) {
            return;
        }
        for (int v = 0; v < p.m; v++) {
            Route r = s.mutable(v);
            if (r.removeAll(broken)) {
                r.refresh(p);
            }
        }
        for (int i = 0; i < p.n; i++) {
            if (broken[i]) {
                placed[i] = false;
                s.routeOf[i] = -1;
            }
        }
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
