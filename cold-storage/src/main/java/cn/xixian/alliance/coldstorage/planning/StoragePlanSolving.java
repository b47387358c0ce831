package cn.xixian.alliance.coldstorage.planning;

import cn.xixian.alliance.coldstorage.planning.county.CountyProblem;
import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanDocument;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanStore;
import cn.xixian.alliance.core.solving.SolveEvent;
import cn.xixian.alliance.core.solving.SolveHandler;
import cn.xixian.alliance.core.solving.SolveRunner;
import cn.xixian.alliance.core.solving.SolvingProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * How storage plans go through the one solve lifecycle ({@link SolveRunner}): each new best is stored with the
 * score over time; the end adds the score explained per constraint (and the overflow of an infeasible plan); a
 * failure ends the plan FAILED with the error as its score; a plan a restart cut short keeps its stored best.
 */
@Component
class StoragePlanSolving implements SolveHandler<AssignmentPlan> {

    static final String KEPT = "solve cut short by an application restart; the best plan found before it is kept";
    static final String LOST = "solve cut short by an application restart; no plan was stored, request a new plan";

    private final StoragePlanStore plans;
    private final SolutionManager<AssignmentPlan, HardSoftLongScore> solutions;
    /** The problem behind each plan solving here: its views (lots, transfers, saving) are built from it. */
    private final Map<String, CountyProblem> problems = new ConcurrentHashMap<>();

    StoragePlanSolving(StoragePlanStore plans, SolverManager<AssignmentPlan, String> solverManager) {
        this.plans = plans;
        this.solutions = SolutionManager.create(solverManager);
    }

    @Configuration(proxyBeanMethods = false)
    static class Runner {

        @Bean
        SolveRunner<AssignmentPlan> storageSolves(SolverManager<AssignmentPlan, String> solverManager,
                StoragePlanSolving handler, SolvingProperties properties) {
            return new SolveRunner<>("storage plan", solverManager, handler, properties);
        }
    }

    /** Scores the greedy start of {@code problem} and stores it as the plan's first best (status SOLVING). */
    void begin(StoragePlanDocument doc, CountyProblem problem) {
        problems.put(doc.getId(), problem);
        HardSoftLongScore initial = solutions.update(problem.plan());
        doc.setProgress(List.of(new ScorePoint(0, initial.toString(), initial.isFeasible())));
        fill(doc, problem, problem.plan());
        plans.save(doc);
    }

    @Override
    public SolveEvent storeBest(String id, AssignmentPlan best, boolean last) {
        CountyProblem problem = last ? problems.remove(id) : problems.get(id);
        StoragePlanDocument doc = plans.find(id).orElseThrow();
        if (problem == null || best.getScore() == null) {
            return null;
        }
        Instant now = Instant.now();
        ScorePoint point = new ScorePoint(millis(doc, now), best.getScore().toString(), best.getScore().isFeasible());
        List<ScorePoint> progress = new ArrayList<>(doc.getProgress());
        if (progress.isEmpty() || !progress.get(progress.size() - 1).score().equals(point.score())) {
            progress.add(point);
        }
        doc.setProgress(progress);
        fill(doc, problem, best);
        if (last) {
            doc.setStatus(best.getScore().isFeasible() ? PlanStatus.SOLVED : PlanStatus.INFEASIBLE);
            if (!best.getScore().isFeasible()) {
                doc.setShortfall(PlanViews.overflow(problem, best));
            }
            doc.setConstraints(PlanViews.constraints(solutions.explain(best)));
            doc.setSolvedAt(now);
        }
        plans.save(doc);
        SolveEvent event = event(doc, point);
        return last ? event.finished(doc.getStatus().name()) : event;
    }

    @Override
    public SolveEvent storeFailure(String id, Throwable error) {
        problems.remove(id);
        Instant now = Instant.now();
        return plans.find(id).map(doc -> {
            doc.setStatus(PlanStatus.FAILED);
            doc.setScore(error.getClass().getSimpleName() + ": " + error.getMessage());
            doc.setSolvedAt(now);
            plans.save(doc);
            return SolveEvent.ended(doc.getCreatedAt(), now, PlanStatus.FAILED.name());
        }).orElse(SolveEvent.ended(null, now, PlanStatus.FAILED.name()));
    }

    @Override
    public int endInterrupted(Predicate<String> running) {
        return plans.endInterrupted(running, KEPT, LOST);
    }

    /** The plan's score over time as events. */
    static List<SolveEvent> history(StoragePlan plan) {
        return plan.progress().stream().map(p -> new SolveEvent(plan.createdAt() == null ? null
                : plan.createdAt().plusMillis(p.millis()), p.millis(), p.score(), p.feasible(), null)).toList();
    }

    /** How a plan that is not solving any more ended, as the stream's last event. */
    static SolveEvent end(StoragePlan plan) {
        List<SolveEvent> history = history(plan);
        Instant at = plan.solvedAt() != null ? plan.solvedAt() : Instant.now();
        return history.isEmpty() ? SolveEvent.ended(plan.createdAt(), at, plan.status().name())
                : history.get(history.size() - 1).finished(plan.status().name());
    }

    private static SolveEvent event(StoragePlanDocument doc, ScorePoint point) {
        return new SolveEvent(doc.getCreatedAt() == null ? null : doc.getCreatedAt().plusMillis(point.millis()),
                point.millis(), point.score(), point.feasible(), null);
    }

    private static long millis(StoragePlanDocument doc, Instant now) {
        return doc.getCreatedAt() == null ? 0 : Math.max(0, now.toEpochMilli() - doc.getCreatedAt().toEpochMilli());
    }

    private static void fill(StoragePlanDocument doc, CountyProblem problem, AssignmentPlan best) {
        List<PlannedLot> lots = PlanViews.lots(problem, best);
        doc.setScore(best.getScore() == null ? null : best.getScore().toString());
        if (doc.getKind() == PlanKind.CONSOLIDATION) {
            List<PlannedLot> transfers = PlanViews.transfers(lots);
            doc.setTransfers(transfers);
            doc.setSaving(PlanViews.saving(problem, best, transfers));
        } else {
            doc.setAssignments(lots);
        }
    }
}
