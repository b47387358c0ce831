package cn.xixian.alliance.coldstorage.planning.county;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.planning.PlanKind;
import cn.xixian.alliance.coldstorage.planning.Shortfall;
import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import java.util.List;

/**
 * A county plan ready to solve: the planning model, and what its placements and bins stand for
 * ({@code items.get(i)} is placement i, {@code chambers.get(b)} is bin b). A non-empty {@code shortfall}
 * means the input cannot fit and must not be solved.
 */
public record CountyProblem(PlanKind kind, AssignmentPlan plan, List<PlanItem> items, List<ChamberState> chambers,
        List<Shortfall> shortfall) {
}
