package cn.xixian.alliance.core.solving;

import java.time.Instant;

/**
 * The one shape of a solve's progress, for every planner: sent as {@code best-score} for each new best and as
 * {@code finished} (with {@code status}, the plan's status once the solve ended) when it ends, however it ends.
 *
 * @param at       when this best was found
 * @param millis   milliseconds since the plan was created (the chart's x axis)
 * @param score    the score as OptaPlanner writes it ({@code 0hard/-1234soft}); null when no plan was found
 * @param feasible whether no hard constraint is broken
 * @param status   on {@code finished} only: SOLVED, INFEASIBLE, FAILED, PUBLISHED ...
 */
public record SolveEvent(Instant at, long millis, String score, boolean feasible, String status) {

    public static SolveEvent best(Instant createdAt, Instant at, String score, boolean feasible) {
        return new SolveEvent(at, createdAt == null ? 0 : Math.max(0, at.toEpochMilli() - createdAt.toEpochMilli()),
                score, feasible, null);
    }

    /** This event as the end of a solve that ended as {@code status}. */
    public SolveEvent finished(String endStatus) {
        return new SolveEvent(at, millis, score, feasible, endStatus);
    }

    /** The end of a solve that never found a plan. */
    public static SolveEvent ended(Instant createdAt, Instant at, String status) {
        return new SolveEvent(at, createdAt == null ? 0 : Math.max(0, at.toEpochMilli() - createdAt.toEpochMilli()),
                null, false, status);
    }
}
