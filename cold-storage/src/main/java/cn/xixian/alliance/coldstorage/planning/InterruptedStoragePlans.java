package cn.xixian.alliance.coldstorage.planning;

import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanDocument;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start, ends the plans a stopped process left SOLVING (crash, kill, redeploy): no solver runs them any
 * more, so clients polling them or their events would wait forever. {@link StoragePlanService} keeps the
 * best plan in memory while solving and stores it only when the solve ends, so such a plan holds nothing
 * usable: it becomes FAILED with a {@code note}, and the coordinator asks for a new plan.
 *
 * <p>Assumes one app instance runs solves: a plan SOLVING in the database and unknown to this process's
 * solver is taken as orphaned. Plans created after this JVM started are left alone (their solve may be just
 * starting). With several instances sharing a database this would need an owner id and a heartbeat.
 */
@Component
class InterruptedStoragePlans {

    static final String NOTE = "solve cut short by an application restart; no plan was stored, request a new plan";

    private static final Logger log = LoggerFactory.getLogger(InterruptedStoragePlans.class);

    private final MongoTemplate mongo;
    private final SolverManager<AssignmentPlan, String> solverManager;
    private final Instant processStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

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

    /** Marks every orphaned SOLVING plan FAILED, each by one update that still requires SOLVING; returns how many. */
    int recover() {
        Query solving = Query.query(Criteria.where("status").is(PlanStatus.SOLVING).and("createdAt").lt(processStart));
        solving.fields().include("_id");
        List<StoragePlanDocument> orphans = mongo.find(solving, StoragePlanDocument.class);
        int ended = 0;
        for (StoragePlanDocument plan : orphans) {
            if (solverManager.getSolverStatus(plan.getId()) != SolverStatus.NOT_SOLVING) {
                continue;
            }
            Query stillSolving = Query.query(Criteria.where("_id").is(plan.getId()).and("status").is(PlanStatus.SOLVING));
            Update failed = new Update().set("status", PlanStatus.FAILED).set("note", NOTE).set("solvedAt", Instant.now());
            ended += (int) mongo.updateFirst(stillSolving, failed, StoragePlanDocument.class).getModifiedCount();
        }
        return ended;
    }
}
