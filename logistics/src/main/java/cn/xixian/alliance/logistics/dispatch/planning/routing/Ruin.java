package cn.xixian.alliance.logistics.dispatch.planning.routing;

import java.util.SplittableRandom;

/**
 * Adjacent string removal (the "ruin" of SISR, Christiaens and Vanden Berghe 2020): around a random
 * seed visit, cut a string of consecutive visits out of each of a few nearby routes. Removing whole
 * neighbourhoods of routes lets the recreate step rebuild them differently, and it empties routes.
 */
final class Ruin {

    private static final int MAX_STRING = 10;
    private static final double SPLIT_KEEP = 0.01;

    private final RoutingProblem p;
    private final double averageRemoved;
    private final boolean[] removed;
    private final boolean[] ruined;
    private final int[] out;
    private int outCount;

    Ruin(RoutingProblem p, double averageRemoved) {
        this.p = p;
        this.averageRemoved = averageRemoved;
        this.removed = new boolean[p.n];
        this.ruined = new boolean[p.m];
        this.out = new int[p.n];
    }

    /** Removes strings from {@code s}; returns the heads of the removed units (in {@code heads()}, count returned). */
    int apply(Plan s, SplittableRandom random) {
        outCount = 0;
        int assigned = 0;
        int used = 0;
        for (Route r : s.routes) {
            assigned += r.len;
            used += r.len > 0 ? 1 : 0;
        }
        if (assigned == 0) {
            return 0;
        }
        double lsMax = Math.min(MAX_STRING, (double) assigned / used);
        double ksMax = 4 * averageRemoved / (1 + lsMax) - 1;
        int ks = (int) (random.nextDouble() * ksMax) + 1;
        int seed;
        if (s.unassignedCount > 0 && random.nextBoolean()) {
            // taking vans away: make room next to a visit that fits nowhere yet
            seed = s.unassigned[random.nextInt(s.unassignedCount)];
        } else {
            do {
                seed = random.nextInt(p.n);
            } while (s.routeOf[seed] < 0);
        }
        java.util.Arrays.fill(ruined, false);
        int done = 0;
        for (int c : p.near[seed]) {
            if (done >= ks) {
                break;
            }
            int v = s.routeOf[c];
            if (v < 0 || ruined[v] || removed[c]) {
                continue;
            }
            Route r = s.routes[v];
            int maxLen = (int) Math.min(r.len, lsMax);
            int l = 1 + random.nextInt(Math.max(1, maxLen));
            int pos = r.indexOf(c);
            if (l >= r.len || random.nextBoolean()) {
                int start = startOfString(pos, l, r.len, random);
                for (int k = start; k < start + l; k++) {
                    mark(s, r.seq[k]);
                }
            } else {
                int keep = 1;
                while (l + keep < r.len && random.nextDouble() > SPLIT_KEEP) {
                    keep++;
                }
                int total = l + keep;
                int start = startOfString(pos, total, r.len, random);
                int keepFrom = start + random.nextInt(total - keep + 1);
                for (int k = start; k < start + total; k++) {
                    if (k < keepFrom || k >= keepFrom + keep) {
                        mark(s, r.seq[k]);
                    }
                }
            }
            ruined[v] = true;
            done++;
        }
        for (int v = 0; v < p.m; v++) {
            if (ruined[v] || touches(s.routes[v])) {
                Route r = s.mutable(v);
                r.removeAll(removed);
                r.refresh(p);
            }
        }
        for (int k = 0; k < outCount; k++) {
            int i = out[k];
            removed[i] = false;
            s.routeOf[i] = -1;
            if (p.partner[i] >= 0) {
                removed[p.partner[i]] = false;
                s.routeOf[p.partner[i]] = -1;
            }
        }
        return outCount;
    }

    int[] heads() {
        return out;
    }

    private boolean touches(Route r) {
        for (int k = 0; k < r.len; k++) {
            if (removed[r.seq[k]]) {
                return true;
            }
        }
        return false;
    }

    private static int startOfString(int pos, int length, int routeLen, SplittableRandom random) {
        int lo = Math.max(0, pos - length + 1);
        int hi = Math.min(pos, routeLen - length);
        return hi <= lo ? Math.max(0, Math.min(lo, routeLen - length)) : lo + random.nextInt(hi - lo + 1);
    }

    private void mark(Plan s, int visit) {
        int h = p.head(visit);
        if (removed[h]) {
            return;
        }
        removed[h] = true;
        if (h != visit || (p.kind[h] == RoutingProblem.PICKUP && p.partner[h] >= 0)) {
            removed[p.partner[h]] = true;
        }
        out[outCount++] = h;
    }
}
