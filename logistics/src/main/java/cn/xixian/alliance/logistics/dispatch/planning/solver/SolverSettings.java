package cn.xixian.alliance.logistics.dispatch.planning.solver;

import java.time.Duration;

/**
 * How long a solve runs and how the time is shared: {@code heuristicShare} goes to the ruin-and-recreate
 * phase (of which {@code fleetShare} to taking vans away, the rest to annealing on distance before and
 * after it, in slices of {@code slice}, each a step that can publish a new best), the rest to
 * OptaPlanner local search.
 * {@code threads} independent searches run each heuristic step; the best result is kept.
 */
public record SolverSettings(Duration limit, double heuristicShare, double fleetShare, Duration slice, long seed,
        int threads) {

    public SolverSettings {
        if (limit.isNegative() || limit.isZero() || heuristicShare < 0 || heuristicShare > 1 || fleetShare < 0
                || fleetShare > 1 || slice.isNegative() || slice.isZero()) {
            throw new IllegalArgumentException("bad solver settings " + limit + " " + heuristicShare + " " + fleetShare);
        }
    }

    public static SolverSettings of(Duration limit) {
        return new SolverSettings(limit, 0.9, 0.55, Duration.ofSeconds(2), 42, cores());
    }

    public SolverSettings withLimit(Duration newLimit) {
        return new SolverSettings(newLimit, heuristicShare, fleetShare, slice, seed, threads);
    }

    /** Searches run side by side in the heuristic phase: one per core, at most four. */
    public static int cores() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
}
