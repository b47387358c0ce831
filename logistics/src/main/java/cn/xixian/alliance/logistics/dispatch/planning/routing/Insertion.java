package cn.xixian.alliance.logistics.dispatch.planning.routing;

import java.util.SplittableRandom;

/**
 * Cheapest feasible insertion of one unit (a single visit, or a pickup with its delivery) with
 * "blinks": each position is skipped with a small probability, which diversifies the search.
 * Feasibility is checked in O(1) per position from the route's slack caches.
 */
final class Insertion {

    private final RoutingProblem p;
    private final double routeCost;
    private final double blinkRate;
    private final boolean[] typeSeen;
    private int bestRoute;
    private int bestI;
    private int bestJ;
    private double bestCost;

    Insertion(RoutingProblem p, double routeCost, double blinkRate) {
        this.p = p;
        this.routeCost = routeCost;
        this.blinkRate = blinkRate;
        this.typeSeen = new boolean[p.m];
    }

    /** Inserts unit {@code h} where it costs least; false if it fits nowhere (it is then left out). */
    boolean insert(Plan s, int h, boolean allowNewRoute, SplittableRandom random) {
        bestRoute = -1;
        bestCost = Double.POSITIVE_INFINITY;
        boolean pair = p.kind[h] == RoutingProblem.PICKUP && p.partner[h] >= 0;
        java.util.Arrays.fill(typeSeen, false);
        for (int v = 0; v < p.m; v++) {
            Route r = s.routes[v];
            if (!p.allowed(v, h) || (pair && !p.allowed(v, p.partner[h]))) {
                continue;
            }
            double extra = 0;
            if (r.len == 0) {
                if (!allowNewRoute || typeSeen[p.vType[v]]) {
                    continue;
                }
                typeSeen[p.vType[v]] = true;
                extra = routeCost;
            }
            if (pair) {
                evaluatePair(r, h, p.partner[h], extra, random);
            } else {
                evaluateSingle(r, h, extra, random);
            }
        }
        if (bestRoute < 0) {
            return false;
        }
        Route r = s.mutable(bestRoute);
        if (pair) {
            r.insert(bestJ, p.partner[h]);
            r.insert(bestI, h);
            s.routeOf[p.partner[h]] = bestRoute;
        } else {
            r.insert(bestI, h);
        }
        s.routeOf[h] = bestRoute;
        r.refresh(p);
        return true;
    }

    private void evaluateSingle(Route r, int u, double extra, SplittableRandom random) {
        int v = r.v;
        int lu = p.loc[u];
        boolean adds = p.kind[u] != RoutingProblem.DELIVERY;
        long d = p.demand[u];
        for (int pos = 0; pos <= r.len; pos++) {
            if (pos > 0 && r.es[pos - 1] > p.due[u]) {
                return;
            }
            if (adds && (pos == 0 ? r.loadStart : r.prefMax[pos - 1]) + d > p.vCap[v]) {
                // depot drops load before departure: every load before this position grows
                if (p.kind[u] == RoutingProblem.DROP) {
                    return;
                }
                continue;
            }
            if (blinkRate > 0 && random.nextDouble() < blinkRate) {
                continue;
            }
            int prevLoc = pos == 0 ? p.vStartLoc[v] : p.loc[r.seq[pos - 1]];
            double prevDep = pos == 0 ? p.vDepart[v] : r.es[pos - 1] + p.service[r.seq[pos - 1]];
            double start = Math.max(p.ready[u], prevDep + p.time[prevLoc][lu]);
            if (start > p.due[u]) {
                continue;
            }
            double dep = start + p.service[u];
            int nextLoc;
            if (pos == r.len) {
                nextLoc = p.vEndLoc[v];
                if (dep + p.time[lu][nextLoc] > p.vEnd[v]) {
                    continue;
                }
            } else {
                int nx = r.seq[pos];
                nextLoc = p.loc[nx];
                if (Math.max(p.ready[nx], dep + p.time[lu][nextLoc]) > r.ls[pos]) {
                    continue;
                }
            }
            double cost = extra + p.dist[prevLoc][lu] + p.dist[lu][nextLoc]
                    - (r.len == 0 ? 0 : p.dist[prevLoc][nextLoc]);
            if (cost < bestCost) {
                bestCost = cost;
                bestRoute = v;
                bestI = pos;
            }
        }
    }

    private void evaluatePair(Route r, int u, int w, double extra, SplittableRandom random) {
        int v = r.v;
        int lu = p.loc[u];
        int lw = p.loc[w];
        long d = p.demand[u];
        for (int i = 0; i <= r.len; i++) {
            if (i > 0 && r.es[i - 1] > p.due[u]) {
                return;
            }
            long before = i == 0 ? r.loadStart : r.loadAfter[i - 1];
            if (before + d > p.vCap[v]) {
                continue;
            }
            int prevLoc = i == 0 ? p.vStartLoc[v] : p.loc[r.seq[i - 1]];
            double prevDep = i == 0 ? p.vDepart[v] : r.es[i - 1] + p.service[r.seq[i - 1]];
            double start = Math.max(p.ready[u], prevDep + p.time[prevLoc][lu]);
            if (start > p.due[u]) {
                continue;
            }
            int firstLoc = i == r.len ? p.vEndLoc[v] : p.loc[r.seq[i]];
            double pickupDelta = p.dist[prevLoc][lu] + p.dist[lu][firstLoc] - (r.len == 0 ? 0 : p.dist[prevLoc][firstLoc]);
            int curLoc = lu;
            double curDep = start + p.service[u];
            for (int j = i; j <= r.len; j++) {
                double sw = Math.max(p.ready[w], curDep + p.time[curLoc][lw]);
                if (sw > p.due[w]) {
                    break;
                }
                double depW = sw + p.service[w];
                int nextLoc = j == r.len ? p.vEndLoc[v] : p.loc[r.seq[j]];
                boolean ok = j == r.len ? depW + p.time[lw][nextLoc] <= p.vEnd[v]
                        : Math.max(p.ready[r.seq[j]], depW + p.time[lw][nextLoc]) <= r.ls[j];
                if (ok && (blinkRate == 0 || random.nextDouble() >= blinkRate)) {
                    double cost = extra + (j == i
                            ? p.dist[prevLoc][lu] + p.dist[lu][lw] + p.dist[lw][nextLoc] - (r.len == 0 ? 0 : p.dist[prevLoc][nextLoc])
                            : pickupDelta + p.dist[curLoc][lw] + p.dist[lw][nextLoc] - p.dist[curLoc][nextLoc]);
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestRoute = v;
                        bestI = i;
                        bestJ = j;
                    }
                }
                if (j == r.len) {
                    break;
                }
                int e = r.seq[j];
                if (r.loadAfter[j] + d > p.vCap[v]) {
                    break;
                }
                double se = Math.max(p.ready[e], curDep + p.time[curLoc][p.loc[e]]);
                if (se > r.ls[j]) {
                    break;
                }
                curDep = se + p.service[e];
                curLoc = p.loc[e];
            }
        }
    }
}
