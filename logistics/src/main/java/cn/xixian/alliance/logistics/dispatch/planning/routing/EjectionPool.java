package cn.xixian.alliance.logistics.dispatch.planning.routing;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Route removal with an ejection pool (after Nagata and Bräysy 2009): the visits of the removed route wait
 * in the pool; each is inserted where it fits or else forced in by ejecting up to two visits whose penalty
 * counters (how often each has failed to fit) sum least, the ejected ones joining the pool; a ruin-and-recreate
 * step that adds no visit to the pool perturbs the plan in between. Done when the pool is empty. Forcing
 * visits in is what lets the hard ones (tight windows) claim a place instead of staying out for good.
 * Ejection is tried for single depot drops on routes of depot drops only; pairs are left to insertion.
 */
final class EjectionPool {

    private final RoutingProblem p;
    private final Insertion insertion;
    private final Recreate recreate;
    private final Ruin ruin;
    private final SplittableRandom random;
    private final long[] penalty;
    private int bestRoute;
    private int bestPos;
    private int bestA;
    private int bestB;
    private long bestSum;
    private double bestDelta;

    EjectionPool(RoutingProblem p, Insertion insertion, Recreate recreate, Ruin ruin, SplittableRandom random) {
        this.p = p;
        this.insertion = insertion;
        this.recreate = recreate;
        this.ruin = ruin;
        this.random = random;
        this.penalty = new long[p.n];
    }

    long iterations;

    /** Empties the pool of {@code s} (its unassigned visits); the emptied plan, or null if time ran out. */
    Plan empty(Plan s, long deadline, BooleanSupplier stop) {
        java.util.Arrays.fill(penalty, 1);
        iterations = 0;
        while (s.unassignedCount > 0 && System.nanoTime() < deadline && !stop.getAsBoolean()) {
            iterations++;
            int pick = s.unassignedCount - 1;
            int h = s.unassigned[pick];
            s.unassigned[pick] = s.unassigned[--s.unassignedCount];
            if (!insertion.insert(s, h, false, random)) {
                penalty[h]++;
                if (!ejectInsert(s, h)) {
                    s.addUnassigned(h);
                }
            }
            s = perturb(s);
        }
        return s.unassignedCount == 0 ? s : null;
    }

    private Plan perturb(Plan s) {
        Plan next = s.copy();
        int count = ruin.apply(next, random);
        recreate.apply(next, ruin.heads(), count, false);
        return next.unassignedCount <= s.unassignedCount ? next : s;
    }

    private boolean single(int i) {
        return p.kind[i] == RoutingProblem.DROP && p.partner[i] < 0;
    }

    private boolean ejectInsert(Plan s, int u) {
        if (!single(u)) {
            return false;
        }
        bestRoute = -1;
        bestSum = Long.MAX_VALUE;
        for (int v = 0; v < p.m; v++) {
            Route r = s.routes[v];
            if (r.len > 0 && p.allowed(v, u) && onlySingles(r)) {
                scan(r, u);
            }
        }
        if (bestRoute < 0) {
            return false;
        }
        Route r = s.mutable(bestRoute);
        int[] seq = new int[r.len + 1];
        int w = 0;
        for (int k = 0; k <= r.len; k++) {
            if (k == bestPos) {
                seq[w++] = u;
            }
            if (k < r.len && k != bestA && k != bestB) {
                seq[w++] = r.seq[k];
            }
        }
        int a = bestA >= 0 ? r.seq[bestA] : -1;
        int b = bestB >= 0 ? r.seq[bestB] : -1;
        r.set(seq, w);
        r.refresh(p);
        s.routeOf[u] = bestRoute;
        for (int e : new int[] {a, b}) {
            if (e >= 0) {
                s.routeOf[e] = -1;
                s.addUnassigned(e);
            }
        }
        return true;
    }

    private boolean onlySingles(Route r) {
        for (int k = 0; k < r.len; k++) {
            if (!single(r.seq[k])) {
                return false;
            }
        }
        return true;
    }

    /** Every way to put {@code u} into {@code r} ejecting one or two visits, feasibility checked from the caches. */
    private void scan(Route r, int u) {
        long total = r.loadStart;
        for (int a = 0; a < r.len; a++) {
            long pa = penalty[r.seq[a]];
            if (pa >= bestSum) {
                continue;
            }
            for (int b = a; b < r.len; b++) {
                long sum = b == a ? pa : pa + penalty[r.seq[b]];
                if (sum > bestSum) {
                    continue;
                }
                long load = total + p.demand[u] - p.demand[r.seq[a]] - (b == a ? 0 : p.demand[r.seq[b]]);
                if (load > p.vCap[r.v]) {
                    continue;
                }
                for (int pos = 0; pos <= r.len; pos++) {
                    tryPosition(r, u, a, b == a ? -1 : b, pos, sum);
                }
            }
        }
    }

    private void tryPosition(Route r, int u, int a, int b, int pos, long sum) {
        int v = r.v;
        int lo = Math.min(a, pos);
        int hi = Math.max(b >= 0 ? b : a, pos);
        int prevLoc = lo == 0 ? p.vStartLoc[v] : p.loc[r.seq[lo - 1]];
        double t = lo == 0 ? p.vDepart[v] : r.es[lo - 1] + p.service[r.seq[lo - 1]];
        double added = 0;
        double removed = 0;
        int prevOld = prevLoc;
        for (int k = lo; k <= r.len; k++) {
            if (k == pos) {
                int lu = p.loc[u];
                double start = Math.max(p.ready[u], t + p.time[prevLoc][lu]);
                if (start > p.due[u]) {
                    return;
                }
                added += p.dist[prevLoc][lu];
                t = start + p.service[u];
                prevLoc = lu;
            }
            if (k == r.len) {
                int end = p.vEndLoc[v];
                if (t + p.time[prevLoc][end] > p.vEnd[v]) {
                    return;
                }
                added += p.dist[prevLoc][end];
                removed += p.dist[prevOld][end];
                break;
            }
            int c = r.seq[k];
            int lc = p.loc[c];
            removed += p.dist[prevOld][lc];
            prevOld = lc;
            if (k == a || k == b) {
                continue;
            }
            double start = Math.max(p.ready[c], t + p.time[prevLoc][lc]);
            // inside the changed part the old latest starts assumed the ejected visits, so check the window
            if (start > (k > hi ? r.ls[k] : p.due[c])) {
                return;
            }
            added += p.dist[prevLoc][lc];
            t = start + p.service[c];
            prevLoc = lc;
            if (k > hi) {
                // the rest is unchanged and its latest starts hold
                break;
            }
        }
        double delta = added - removed;
        if (sum < bestSum || (sum == bestSum && delta < bestDelta)) {
            bestSum = sum;
            bestDelta = delta;
            bestRoute = v;
            bestPos = pos;
            bestA = a;
            bestB = b;
        }
    }
}
