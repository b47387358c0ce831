package cn.xixian.alliance.logistics.dispatch.planning.solver;

import java.time.Duration;

/**
 * How long a solve runs and how the time is shared: {@code heuristicShare} goes to the ruin-and-recreate
 * phase (of which {@code fleetShare} to taking vans away, the rest to distance in slices of
 * {@code slice}, each a step that can publish a new best), the rest to OptaPlanner local search.
 */
public record SolverSettings(Duration limit, double heuristicShare, double fleetShare, Duration slice, long seed) {

    public SolverSettings {
        if (limit.isNegative() || limit.isZero() || heuristicShare < 0 || heuristicShare > 1 || fleetShare < 0
                || fleetShare > 1 || slice.isNegative() || slice.isZero()) {
            throw new IllegalArgumentException("bad solver settings " + limit + " " + heuristicShare + " " + fleetShare);
        }
    }

    public static SolverSettings of(Duration limit) {
        return new SolverSettings(limit, 0.9, 0.5, Duration.ofSeconds(2), 42);
    }

    public SolverSettings withLimit(Duration newLimit) {
        return new SolverSettings(newLimit, heuristicShare, fleetShare, slice, seed);
    }
}
