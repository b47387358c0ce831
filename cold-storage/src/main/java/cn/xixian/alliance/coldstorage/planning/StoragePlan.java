package cn.xixian.alliance.coldstorage.planning;

import java.time.Instant;
import java.util.List;

/**
 * A storage plan as the API shows it. {@code assignments} for an allocation; {@code transfers} (lots that
 * move) and {@code saving} for a consolidation; {@code shortfall} when the input cannot fit; {@code note} says
 * why a plan ended unusually (e.g. its solve was cut short by a restart), else null.
 */
public record StoragePlan(
        String id,
        PlanKind kind,
        PlanStatus status,
        String score,
        List<ConstraintScore> constraints,
        List<PlannedLot> assignments,
        List<PlannedLot> transfers,
        List<Shortfall> shortfall,
        Saving saving,
        List<ScorePoint> progress,
        Instant createdAt,
        Instant solvedAt,
        Instant publishedAt,
        String note) {
}
