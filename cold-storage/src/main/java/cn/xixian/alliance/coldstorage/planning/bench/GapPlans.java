package cn.xixian.alliance.coldstorage.planning.bench;

import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.domain.Bin;
import cn.xixian.alliance.coldstorage.planning.domain.Placement;
import cn.xixian.alliance.coldstorage.planning.search.GapProblem;
import java.util.ArrayList;
import java.util.List;

/** Loads a GAP instance into the county's planning model: agents are bins, jobs are items. */
final class GapPlans {

    private GapPlans() {
    }

    /** The GAP cost is a pure (job, agent) cost, so it goes in as the storage cost with no transport cost. */
    static AssignmentPlan toPlan(GapInstance g) {
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < g.agents(); i++) {
            bins.add(new Bin(i, "agent-" + i, null, g.capacity()[i], 0));
        }
        List<Placement> placements = new ArrayList<>();
        for (int j = 0; j < g.jobs(); j++) {
            int[] cost = new int[g.agents()];
            int[] use = new int[g.agents()];
            for (int i = 0; i < g.agents(); i++) {
                cost[i] = g.cost()[i][j];
                use[i] = g.resource()[i][j];
            }
            placements.add(new Placement(j, "job-" + j, null, 0, null, cost, use, null));
        }
        return new AssignmentPlan(bins, placements);
    }

    static int[] assignment(AssignmentPlan plan) {
        int[] x = new int[plan.getPlacements().size()];
        for (Placement p : plan.getPlacements()) {
            x[p.getIndex()] = p.getBin() == null ? -1 : p.getBin().getIndex();
        }
        return x;
    }

    static GapProblem problem(GapInstance g) {
        int[][] cost = new int[g.jobs()][g.agents()];
        int[][] use = new int[g.jobs()][g.agents()];
        for (int i = 0; i < g.agents(); i++) {
            for (int j = 0; j < g.jobs(); j++) {
                cost[j][i] = g.cost()[i][j];
                use[j][i] = g.resource()[i][j];
            }
        }
        return new GapProblem(cost, use, g.capacity(), null, g.agents());
    }
}
