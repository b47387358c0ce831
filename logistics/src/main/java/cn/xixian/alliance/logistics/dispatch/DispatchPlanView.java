package cn.xixian.alliance.logistics.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dispatch plan: its state (SOLVING, SOLVED, PUBLISHED, FAILED), score (hard/medium = vans/soft =
 * distance) with each constraint's share, the vans' routes, stops still waiting for a van, and
 * requests that cannot be planned, each with the reason.
 */
public record DispatchPlanView(
        String id,
        LocalDate date,
        String status,
        String score,
        boolean feasible,
        List<String> explanation,
        List<VanRouteView> vans,
        List<StopView> pending,
        List<Unplanned> unplanned,
        List<String> notes,
        Instant publishedAt) {

    /** A transport request left out of the plan and why (too heavy for every van, windows no van can meet, ...). */
    public record Unplanned(String requestId, String reason) {
    }
}
