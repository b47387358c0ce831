package cn.xixian.alliance.coldstorage.planning.solver;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alliance.cold-storage.solver.*}: one solver configuration for county plans and the GAP benchmark.
 *
 * @param seconds         time limit of a solve
 * @param searchShare     part of it the array-based tabu search gets before OptaPlanner's local search
 * @param slices          steps the tabu search is cut into (each publishes its best, and a stop lands between them)
 * @param candidateBins   nearby selection: each item considers only its cheapest this-many allowed bins
 * @param sampleItems     items looked at per tabu iteration; at or below it, all of them
 * @param seed            random seed, so runs repeat
 * @param searchThreads   tabu searches run side by side (one per core), sharing their best between slices
 */
@ConfigurationProperties("alliance.cold-storage.solver")
public record AssignmentSolverProperties(
        @DefaultValue("60") double seconds,
        @DefaultValue("0.9") double searchShare,
        @DefaultValue("20") int slices,
        @DefaultValue("40") int candidateBins,
        @DefaultValue("400") int sampleItems,
        @DefaultValue("42") long seed,
        @DefaultValue("2") int searchThreads) {

    public AssignmentSolverProperties withSeconds(double newSeconds) {
        return new AssignmentSolverProperties(newSeconds, searchShare, slices, candidateBins, sampleItems, seed,
                searchThreads);
    }
}
