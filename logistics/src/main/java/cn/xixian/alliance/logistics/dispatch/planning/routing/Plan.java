package cn.xixian.alliance.logistics.dispatch.planning.routing;

import java.util.Arrays;

/** A state of the heuristic search: every vehicle's route and the visits not on any. Copies share untouched routes. */
final class Plan {

    final RoutingProblem p;
    final Route[] routes;
    private final boolean[] owned;
    final int[] routeOf;
    int[] unassigned;
    int unassignedCount;

    Plan(RoutingProblem p) {
        this.p = p;
        routes = new Route[p.m];
        owned = new boolean[p.m];
        for (int v = 0; v < p.m; v++) {
            routes[v] = new Route(v, 8);
            routes[v].refresh(p);
            owned[v] = true;
        }
        routeOf = new int[p.n];
        Arrays.fill(routeOf, -1);
        unassigned = new int[p.n];
    }

    private Plan(Plan other) {
        p = other.p;
        routes = other.routes.clone();
        owned = new boolean[p.m];
        routeOf = other.routeOf.clone();
        unassigned = other.unassigned.clone();
        unassignedCount = other.unassignedCount;
    }

    Plan copy() {
        // routes are shared until written: both sides must copy before changing one
        Arrays.fill(owned, false);
        return new Plan(this);
    }

    Route mutable(int v) {
        if (!owned[v]) {
            routes[v] = routes[v].copy();
            owned[v] = true;
        }
        return routes[v];
    }

    void addUnassigned(int visit) {
        unassigned[unassignedCount++] = visit;
    }

    int used() {
        int used = 0;
        for (Route r : routes) {
            if (r.len > 0) {
                used++;
            }
        }
        return used;
    }

    double distance() {
        double d = 0;
        for (Route r : routes) {
            d += r.distance;
        }
        return d;
    }

    double cost(double routeCost, double unassignedCost) {
        return used() * routeCost + distance() + unassignedCount * unassignedCost;
    }

    int[][] sequences() {
        int[][] result = new int[p.m][];
        for (int v = 0; v < p.m; v++) {
            result[v] = Arrays.copyOf(routes[v].seq, routes[v].len);
        }
        return result;
    }
}
