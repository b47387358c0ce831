package cn.xixian.alliance.coldstorage.planning;

import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.coldstorage.planning.county.CountyProblem;
import cn.xixian.alliance.coldstorage.planning.county.CountyProblems;
import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanDocument;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanStore;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolver;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolverProperties;
import cn.xixian.alliance.core.solving.SolveRunner;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Storage plans: solved asynchronously through the one solve lifecycle ({@link SolveRunner}), which stores each new
 * best as it comes (GET shows it, events stream its score) and ends a plan a restart cut short. One allocation and
 * one consolidation solve at a time (they plan the same chambers). Input that cannot fit is refused up front with
 * the shortfall named, never solved into a partial plan.
 */
@Service
public class StoragePlanService {

    private final SolveRunner<AssignmentPlan> solves;
    private final StoragePlanSolving solving;
    private final CountyProblems problems;
    private final PlanInputs inputs;
    private final ColdStoreService coldStores;
    private final StockService stock;
    private final StoragePlanStore plans;
    private final PlanPublisher publisher;
    private final AssignmentSolverProperties solverProperties;

    StoragePlanService(SolveRunner<AssignmentPlan> solves, StoragePlanSolving solving, CountyProblems problems,
            PlanInputs inputs, ColdStoreService coldStores, StockService stock, StoragePlanStore plans,
            PlanPublisher publisher, AssignmentSolverProperties solverProperties) {
        this.solves = solves;
        this.solving = solving;
        this.solverProperties = solverProperties;
        this.problems = problems;
        this.inputs = inputs;
        this.coldStores = coldStores;
        this.stock = stock;
        this.plans = plans;
        this.publisher = publisher;
    }

    public StoragePlan allocate(AllocationRequest request) {
        CountyProblem problem = problems.allocation(inputs.lots(request), coldStores.chambers());
        return start(problem, request.pickupFrom());
    }

    public StoragePlan consolidate() {
        return start(problems.consolidation(stock.lotsByChamber(), coldStores.chambers()), null);
    }

    private StoragePlan start(CountyProblem problem, Instant pickupFrom) {
        StoragePlanDocument doc = new StoragePlanDocument();
        doc.setId(new ObjectId().toHexString());
        doc.setKind(problem.kind());
        doc.setCreatedAt(Instant.now());
        doc.setPickupFrom(pickupFrom != null ? pickupFrom : Instant.now());
        if (!problem.shortfall().isEmpty()) {
            doc.setStatus(PlanStatus.INFEASIBLE);
            doc.setShortfall(problem.shortfall());
            return plans.save(doc).toPlan();
        }
        solves.submit(problem.kind().name(), () -> {
            // The greedy start is the first plan: scored, stored and shown before the solver improves on it.
            AssignmentSolver.initialize(problem.plan(), solverProperties);
            doc.setStatus(PlanStatus.SOLVING);
            solving.begin(doc, problem);
            return new SolveRunner.Submission<>(doc.getId(), problem.plan(), null);
        });
        return doc.toPlan();
    }

    /** A solve's time limit in seconds (the page's progress bar). */
    public double solveSeconds() {
        return solverProperties.seconds();
    }

    public StoragePlan get(String id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("storage plan", id)).toPlan();
    }

    /** The newest plans first (a running one with its latest best score), at most {@code limit}. */
    public List<StoragePlanSummary> recent(int limit) {
        return plans.newest(limit).stream().map(doc -> StoragePlanSummary.of(doc.toPlan())).toList();
    }

    public void stop(String id) {
        StoragePlan plan = get(id);
        if (plan.status() != PlanStatus.SOLVING) {
            throw new ConflictException("storage plan " + id + " is " + plan.status() + ", not solving");
        }
        solves.stop(id);
    }

    public SseEmitter events(String id) {
        StoragePlan plan = get(id);
        return solves.subscribe(id, StoragePlanSolving.history(plan),
                plan.status() == PlanStatus.SOLVING ? null : StoragePlanSolving.end(plan));
    }

    /** Reserves the capacity and asks for transport; only a SOLVED plan, and only once (else 409). */
    public StoragePlan publish(String id) {
        get(id);
        return publisher.publish(id);
    }
}
