package cn.xixian.alliance.coldstorage.planning;

import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.coldstorage.planning.county.CountyProblem;
import cn.xixian.alliance.coldstorage.planning.county.CountyProblems;
import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanDocument;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanRepository;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolver;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolverProperties;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.types.ObjectId;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Storage plans: solved asynchronously by the module's {@link SolverManager}; while solving, the latest best
 * is held here (GET shows it, events stream its score); when done, the plan is stored and survives restarts.
 * Input that cannot fit is refused up front with the shortfall named, never solved into a partial plan.
 */
@Service
public class StoragePlanService {

    private final SolverManager<AssignmentPlan, String> solverManager;
    private final SolutionManager<AssignmentPlan, HardSoftLongScore> solutions;
    private final CountyProblems problems;
    private final PlanInputs inputs;
    private final ColdStoreService coldStores;
    private final StockService stock;
    private final StoragePlanRepository plans;
    private final PlanEvents events;
    private final PlanPublisher publisher;
    private final AssignmentSolverProperties solverProperties;
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    StoragePlanService(SolverManager<AssignmentPlan, String> solverManager, CountyProblems problems, PlanInputs inputs,
            ColdStoreService coldStores, StockService stock, StoragePlanRepository plans, PlanEvents events,
            PlanPublisher publisher, AssignmentSolverProperties solverProperties) {
        this.solverProperties = solverProperties;
        this.solverManager = solverManager;
        this.solutions = SolutionManager.create(solverManager);
        this.problems = problems;
        this.inputs = inputs;
        this.coldStores = coldStores;
        this.stock = stock;
        this.plans = plans;
        this.events = events;
        this.publisher = publisher;
    }

    private static final class Running {
        final CountyProblem problem;
        final long startNanos = System.nanoTime();
        final List<ScorePoint> progress = new ArrayList<>();
        volatile AssignmentPlan best;

        Running(CountyProblem problem) {
            this.problem = problem;
        }
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
        AssignmentSolver.initialize(problem.plan(), solverProperties);
        doc.setStatus(PlanStatus.SOLVING);
        plans.save(doc);
        String id = doc.getId();
        Running run = new Running(problem);
        // The greedy start is the first plan: scored and shown before the solver improves on it.
        HardSoftLongScore initial = solutions.update(problem.plan());
        run.best = problem.plan();
        run.progress.add(new ScorePoint(0, initial.toString(), initial.isFeasible()));
        running.put(id, run);
        solverManager.solveAndListen(id, pid -> problem.plan(), best -> improved(id, best), last -> finished(id, last),
                (pid, error) -> failed(id, error));
        return doc.toPlan();
    }

    private void improved(String id, AssignmentPlan best) {
        Running run = running.get(id);
        if (run == null) {
            return;
        }
        run.best = best;
        ScorePoint point = new ScorePoint((System.nanoTime() - run.startNanos) / 1_000_000, best.getScore().toString(),
                best.getScore().isFeasible());
        synchronized (run.progress) {
            run.progress.add(point);
        }
        events.send(id, point);
    }

    private void finished(String id, AssignmentPlan last) {
        Running run = running.get(id);
        StoragePlanDocument doc = plans.findById(id).orElseThrow();
        fill(doc, run, last);
        doc.setStatus(last.getScore().isFeasible() ? PlanStatus.SOLVED : PlanStatus.INFEASIBLE);
        if (!last.getScore().isFeasible()) {
            doc.setShortfall(PlanViews.overflow(run.problem, last));
        }
        doc.setConstraints(PlanViews.constraints(solutions.explain(last)));
        doc.setSolvedAt(Instant.now());
        plans.save(doc);
        running.remove(id);
        events.finish(id, doc.getStatus().name());
    }

    private void failed(String id, Throwable error) {
        running.remove(id);
        plans.findById(id).ifPresent(doc -> {
            doc.setStatus(PlanStatus.FAILED);
            doc.setScore(error.getClass().getSimpleName() + ": " + error.getMessage());
            plans.save(doc);
        });
        events.finish(id, PlanStatus.FAILED.name());
    }

    private static void fill(StoragePlanDocument doc, Running run, AssignmentPlan best) {
        List<PlannedLot> lots = PlanViews.lots(run.problem, best);
        doc.setScore(best.getScore() == null ? null : best.getScore().toString());
        synchronized (run.progress) {
            doc.setProgress(List.copyOf(run.progress));
        }
        if (doc.getKind() == PlanKind.CONSOLIDATION) {
            List<PlannedLot> transfers = PlanViews.transfers(lots);
            doc.setTransfers(transfers);
            doc.setSaving(PlanViews.saving(run.problem, best, transfers));
        } else {
            doc.setAssignments(lots);
        }
    }

    public StoragePlan get(String id) {
        StoragePlanDocument doc = plans.findById(id).orElseThrow(() -> new NotFoundException("storage plan", id));
        Running run = running.get(id);
        if (run != null && run.best != null && doc.getStatus() == PlanStatus.SOLVING) {
            fill(doc, run, run.best);
        }
        return doc.toPlan();
    }

    /** The newest plans first (a running one with its latest best score), at most {@code limit}. */
    public List<StoragePlanSummary> recent(int limit) {
        return plans.findByOrderByCreatedAtDesc(PageRequest.of(0, limit)).stream()
                .map(doc -> StoragePlanSummary.of(doc.getStatus() == PlanStatus.SOLVING ? get(doc.getId()) : doc.toPlan()))
                .toList();
    }

    public void stop(String id) {
        StoragePlan plan = get(id);
        if (plan.status() != PlanStatus.SOLVING) {
            throw new ConflictException("storage plan " + id + " is " + plan.status() + ", not solving");
        }
        solverManager.terminateEarly(id);
    }

    public SseEmitter events(String id) {
        StoragePlan plan = get(id);
        Running run = running.get(id);
        List<ScorePoint> history;
        if (run != null) {
            synchronized (run.progress) {
                history = List.copyOf(run.progress);
            }
        } else {
            history = plan.progress();
        }
        return events.subscribe(id, history, run == null);
    }

    /** Reserves the capacity and asks for transport; only a SOLVED plan, and only once (else 409). */
    public StoragePlan publish(String id) {
        get(id);
        return publisher.publish(id);
    }
}
