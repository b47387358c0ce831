package cn.xixian.alliance.coldstorage.planning;

import java.time.Instant;

/** A plan in a list: what it is and how it stands, without its assignments ({@code lots}: how many it moves). */
public record StoragePlanSummary(
        String id,
        PlanKind kind,
        PlanStatus status,
        String score,
        int lots,
        Instant createdAt,
        Instant solvedAt,
        Instant publishedAt) {

    static StoragePlanSummary of(StoragePlan plan) {
        int lots = plan.kind() == PlanKind.CONSOLIDATION ? size(plan.transfers()) : size(plan.assignments());
        return new StoragePlanSummary(plan.id(), plan.kind(), plan.status(), plan.score(), lots, plan.createdAt(),
                plan.solvedAt(), plan.publishedAt());
    }

    private static int size(java.util.List<?> list) {
        return list == null ? 0 : list.size();
    }
}
