package cn.xixian.alliance.logistics.dispatch.planning.routing;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Ruin-and-recreate search in three stages: insert whatever is unassigned, then take vehicles away
 * (remove a route and empty its ejection pool, see {@link EjectionPool}), then simulated annealing on distance with the vehicle count fixed.
 */
public final class RoutingSearch {

    private final RoutingProblem p;
    private final SplittableRandom random;
    private final double routeCost;
    private final double unassignedCost;
    private final double startTemperature;
    private final Ruin ruin;
    private final Recreate recreate;
    private final EjectionPool pool;

    public RoutingSearch(RoutingProblem p, long seed) {
        this.p = p;
        this.random = new SplittableRandom(seed);
        double star = 0;
        double toDepot = 0;
        for (int i = 0; i < p.n; i++) {
            double d = p.dist[p.vStartLoc[0]][p.loc[i]];
            star += 2 * d + 1;
            toDepot += d;
        }
        this.routeCost = star + 1;
        this.unassignedCost = routeCost * (p.m + 1);
        // SISR uses 100 → 1 on Solomon, whose mean depot distance is about 35 units; big problems
        // get far fewer iterations per stop in the same time, so they start cooler
        this.startTemperature = p.n == 0 ? 1 : 100 * (toDepot / p.n) / 35 * Math.min(1, 200.0 / p.n);
        this.ruin = new Ruin(p, Math.min(10, Math.max(1, p.n / 4.0)));
        this.recreate = new Recreate(p, new Insertion(p, routeCost, 0.01), random);
        this.pool = new EjectionPool(p, new Insertion(p, routeCost, 0), recreate, ruin, random);
    }

    /** Completes {@code initial} (each vehicle's current sequence): visits on no route are inserted. */
    public RoutingResult construct(int[][] initial) {
        return result(recreate.start(initial));
    }

    /**
     * Takes vehicles away while {@code millis} last: empties the smallest route and ruins and recreates
     * until its visits fit elsewhere; returns the smallest complete plan found.
     */
    public RoutingResult reduceVehicles(int[][] initial, long millis, BooleanSupplier stop) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        Plan current = recreate.start(initial);
        int lowerBound = p.vehicleLowerBound();
        iterations = 0;
        current = complete(current, deadline, stop);
        while (System.nanoTime() < deadline && current.used() > lowerBound && current.unassignedCount == 0
                && !stop.getAsBoolean()) {
            Plan smaller = removeRoute(current, deadline, stop);
            iterations += lastIterations;
            if (smaller == null) {
                break;
            }
            current = smaller;
        }
        return result(current);
    }

    /** Ruins and recreates, keeping what is no worse, until every visit has a van or {@code millis} are up. */
    public RoutingResult complete(int[][] initial, long millis, BooleanSupplier stop) {
        iterations = 0;
        return result(complete(recreate.start(initial), System.nanoTime() + millis * 1_000_000L, stop));
    }

    private Plan complete(Plan current, long deadline, BooleanSupplier stop) {
        double cost = current.cost(routeCost, unassignedCost);
        while (current.unassignedCount > 0 && System.nanoTime() < deadline && !stop.getAsBoolean()) {
            Plan next = current.copy();
            int count = ruin.apply(next, random);
            recreate.apply(next, ruin.heads(), count, true);
            double nextCost = next.cost(routeCost, unassignedCost);
            iterations++;
            if (nextCost <= cost) {
                current = next;
                cost = nextCost;
            }
        }
        return current;
    }

    /**
     * Simulated annealing on distance for {@code millis}, the temperature falling through the part
     * {@code [from, to)} of one whole schedule, so consecutive calls continue one another.
     */
    public RoutingResult shorten(int[][] initial, long millis, double from, double to, BooleanSupplier stop) {
        return shorten(initial, null, millis, from, to, stop);
    }

    /**
     * As {@link #shorten(int[][], long, double, double, BooleanSupplier)}, walking on from {@code walk}, where
     * an earlier slice's annealing stood (it may be worse than {@code initial}, the best so far): restarting every
     * slice from the best would undo the detours that annealing needs. {@link #lastWalk()} tells where it ended.
     */
    public RoutingResult shorten(int[][] initial, int[][] walk, long millis, double from, double to,
            BooleanSupplier stop) {
        long begin = System.nanoTime();
        long end = begin + millis * 1_000_000L;
        Plan best = recreate.start(initial);
        Plan current = walk == null ? best : recreate.start(walk);
        double currentCost = current.cost(routeCost, unassignedCost);
        double bestCost = best.cost(routeCost, unassignedCost);
        if (currentCost < bestCost) {
            best = current;
            bestCost = currentCost;
        }
        double finalTemperature = startTemperature / 100;
        iterations = 0;
        while (!stop.getAsBoolean()) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            double progress = from + (to - from) * (now - begin) / Math.max(1, end - begin);
            double temperature = startTemperature * Math.pow(finalTemperature / startTemperature, progress);
            Plan next = current.copy();
            int count = ruin.apply(next, random);
            recreate.apply(next, ruin.heads(), count, true);
            double cost = next.cost(routeCost, unassignedCost);
            iterations++;
            if (cost < currentCost - temperature * Math.log(random.nextDouble())) {
                current = next;
                currentCost = cost;
                if (cost < bestCost - 1e-9) {
                    best = next;
                    bestCost = cost;
                }
            }
        }
        lastWalk = current.sequences();
        return result(best);
    }

    private int[][] lastWalk;

    /** Where the last {@code shorten} left its annealing walk. */
    public int[][] lastWalk() {
        return lastWalk;
    }

    /** All three stages in one go: {@code fleetShare} of the time on vehicles, the rest on distance. */
    public RoutingResult solve(int[][] initial, long millis, double fleetShare, BooleanSupplier stop) {
        long fleetMillis = (long) (millis * fleetShare);
        long t0 = System.nanoTime();
        RoutingResult fewer = reduceVehicles(initial, fleetMillis, stop);
        long fleetIterations = iterations;
        long left = millis - (System.nanoTime() - t0) / 1_000_000L;
        RoutingResult shorter = shorten(fewer.routes(), Math.max(0, left), 0, 1, stop);
        iterations += fleetIterations;
        return shorter;
    }

    private long lastIterations;
    private long iterations;

    public long iterations() {
        return iterations;
    }

    /** Empties the smallest route and searches until every visit fits again; null if time ran out first. */
    private Plan removeRoute(Plan from, long deadline, BooleanSupplier stop) {
        lastIterations = 0;
        Plan s = from.copy();
        int smallest = -1;
        for (int v = 0; v < p.m; v++) {
            Route r = s.routes[v];
            if (r.len > 0 && (smallest < 0 || r.len < s.routes[smallest].len
                    || (r.len == s.routes[smallest].len && random.nextBoolean()))) {
                smallest = v;
            }
        }
        Route r = s.mutable(smallest);
        for (int k = 0; k < r.len; k++) {
            int h = p.head(r.seq[k]);
            if (s.routeOf[h] >= 0) {
                s.routeOf[h] = -1;
                if (p.partner[h] >= 0) {
                    s.routeOf[p.partner[h]] = -1;
                }
                s.addUnassigned(h);
            }
        }
        r.len = 0;
        r.refresh(p);
        Plan emptied = pool.empty(s, deadline, stop);
        lastIterations = pool.iterations;
        return emptied;
    }

    private RoutingResult result(Plan s) {
        int[] missing = new int[s.unassignedCount];
        System.arraycopy(s.unassigned, 0, missing, 0, missing.length);
        return new RoutingResult(s.sequences(), missing, s.used(), s.distance());
    }
}
