package cn.xixian.alliance.coldstorage.planning;

import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanDocument;
import cn.xixian.alliance.core.solving.InterruptedSolves;
import java.time.Instant;
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
 * At start, ends the plans a stopped process left SOLVING ({@link InterruptedSolves}). {@link StoragePlanService}
 * keeps the best plan in memory while solving and stores it only when the solve ends, so such a plan holds nothing
 * usable: it becomes FAILED with a {@code note}, and the coordinator asks for a new plan.
 */
@Component
class InterruptedStoragePlans {

    static final String NOTE = "solve cut short by an application restart; no plan was stored, request a new plan";

    private static final Logger log = LoggerFactory.getLogger(InterruptedStoragePlans.class);

    private final MongoTemplate mongo;
    private final SolverManager<AssignmentPlan, String> solverManager;

    InterruptedStoragePlans(MongoTemplate mongo, SolverManager<AssignmentPlan, String> solverManager) {
        this.mongo = mongo;
        this.solverManager = solverManager;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int ended = recover();
        if (ended > 0) {
            log.warn("{} storage plan(s) left SOLVING by a previous run marked FAILED", ended);
        }
    }

    /** Marks every orphaned SOLVING plan FAILED; returns how many. */
    int recover() {
        return InterruptedSolves.end(mongo, StoragePlanDocument.COLLECTION,
                id -> solverManager.getSolverStatus(id) != SolverStatus.NOT_SOLVING,
                plan -> new Update().set("status", PlanStatus.FAILED).set("note", NOTE).set("solvedAt", Instant.now()));
    }
}
