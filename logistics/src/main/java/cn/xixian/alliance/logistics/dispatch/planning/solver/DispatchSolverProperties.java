package cn.xixian.alliance.logistics.dispatch.planning.solver;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code alliance.logistics.solver.*}: the dispatch solver's time limit and how it is shared (see {@link SolverSettings}). */
@ConfigurationProperties("alliance.logistics.solver")
public record DispatchSolverProperties(
        @DefaultValue("30s") Duration limit,
        @DefaultValue("0.9") double heuristicShare,
        @DefaultValue("0.5") double fleetShare,
        @DefaultValue("2s") Duration slice,
        @DefaultValue("42") long seed) {

    public SolverSettings settings() {
        return new SolverSettings(limit, heuristicShare, fleetShare, slice, seed);
    }
}
