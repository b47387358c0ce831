package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.core.solving.InterruptedSolves;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start, ends the plans a stopped process left SOLVING (crash, kill, redeploy): no solver runs them any
 * more, so clients polling them or their events would wait forever. {@link PlanSolving} stores every new
 * best plan as it comes, so a plan with a score holds the best found before the stop: it becomes SOLVED
 * (PUBLISHED if it was published before a re-solve) with a note, ready to publish or re-plan. A plan with no
 * stored score never got a complete plan: FAILED with that note.
 */
@Component
class InterruptedDispatchPlans {

    static final String KEPT = "solve cut short by an application restart; the best plan found before it is kept";
    static final String LOST = "solve cut short by an application restart before any plan was found; create a new plan";

    private static final Logger log = LoggerFactory.getLogger(InterruptedDispatchPlans.class);

    private final MongoTemplate mongo;
    private final SolverManager<DispatchSolution, String> solverManager;

    InterruptedDispatchPlans(MongoTemplate mongo, SolverManager<DispatchSolution, String> solverManager) {
        this.mongo = mongo;
        this.solverManager = solverManager;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int ended = recover();
        if (ended > 0) {
            log.warn("{} dispatch plan(s) left SOLVING by a previous run ended", ended);
        }
    }

    /** Ends every orphaned SOLVING plan; returns how many. */
    int recover() {
        return InterruptedSolves.end(mongo, DispatchPlanDocument.COLLECTION,
                id -> solverManager.getSolverStatus(id) != SolverStatus.NOT_SOLVING,
                plan -> {
                    boolean kept = plan.get("score") != null;
                    String status = !kept ? "FAILED" : plan.get("publishedAt") != null ? "PUBLISHED" : "SOLVED";
                    return new Update().set("status", status).push("notes", kept ? KEPT : LOST).inc("version", 1);
                }, "score", "publishedAt");
    }
}
