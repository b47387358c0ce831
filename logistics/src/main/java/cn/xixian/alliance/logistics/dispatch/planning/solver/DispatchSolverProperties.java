package cn.xixian.alliance.logistics.dispatch.planning.solver;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code alliance.logistics.solver.*}: the dispatch solver's time limit and how it is shared (see {@link SolverSettings}). */
@ConfigurationProperties("alliance.logistics.solver")
public record DispatchSolverProperties(
        @DefaultValue("30s") Duration limit,
        @DefaultValue("0.9") double heuristicShare,
        @DefaultValue("0.55") double fleetShare,
        @DefaultValue("2s") Duration slice,
        @DefaultValue("42") long seed,
        @DefaultValue("0") int threads) {

    /** {@code threads} 0 means one search per core (at most four). */
    public SolverSettings settings() {
        return new SolverSettings(limit, heuristicShare, fleetShare, slice, seed,
                threads > 0 ? threads : SolverSettings.cores());
    }
}
