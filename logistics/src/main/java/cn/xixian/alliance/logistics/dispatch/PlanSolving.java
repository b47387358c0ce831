package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.planning.PlanWriter;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Runs plan solves on the module's SolverManager and stores every new best plan with its score explanation. */
@Component
class PlanSolving {

    private static final Logger log = LoggerFactory.getLogger(PlanSolving.class);

    private final PlanStore store;
    private final SolverManager<DispatchSolution, String> solverManager;
    private final SolutionManager<DispatchSolution, HardMediumSoftLongScore> solutions;
    private final PlanEvents events;
    private final Clock clock;

    PlanSolving(MongoTemplate mongo, SolverManager<DispatchSolution, String> solverManager,
            SolutionManager<DispatchSolution, HardMediumSoftLongScore> solutions, PlanEvents events,
            Optional<Clock> clock) {
        this.store = new PlanStore(mongo);
        this.solverManager = solverManager;
        this.solutions = solutions;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    void start(String id, DispatchSolution problem, ProblemChange<DispatchSolution> change) {
        solverManager.solveAndListen(id, planId -> problem, best -> save(id, best, false),
                last -> save(id, last, true), (planId, error) -> failed(id, error));
        if (change != null) {
            solverManager.addProblemChange(id, change);
        }
    }

    void change(String id, ProblemChange<DispatchSolution> change) {
        solverManager.addProblemChange(id, change);
    }

    void stopAndWait(String id) {
        solverManager.terminateEarly(id);
        for (int i = 0; i < 600 && solverManager.getSolverStatus(id) != SolverStatus.NOT_SOLVING; i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // the final best solution is saved by the solver thread; wait for that write too
        for (int i = 0; i < 100 && "SOLVING".equals(store.get(id).status); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    SseEmitter subscribe(DispatchPlanDocument plan) {
        List<PlanEvents.ScoreEvent> history = plan.scoreHistory.stream()
                .map(p -> new PlanEvents.ScoreEvent(p.at.toString(), p.score, p.feasible)).toList();
        return events.subscribe(plan.id, history, !"SOLVING".equals(plan.status));
    }

    private void save(String id, DispatchSolution solution, boolean last) {
        if (!solution.getScore().isSolutionInitialized() && !last) {
            return;
        }
        HardMediumSoftLongScore score = solution.getScore();
        List<String> explanation = explain(solution);
        Instant now = Instant.now(clock);
        store.update(id, plan -> {
            PlanWriter.write(plan, solution);
            plan.score = score.toString();
            plan.feasible = score.isFeasible();
            plan.explanation = explanation;
            if (plan.scoreHistory.isEmpty() || !plan.scoreHistory.get(plan.scoreHistory.size() - 1).score.equals(plan.score)) {
                plan.scoreHistory.add(new DispatchPlanDocument.ScorePoint(now, plan.score, plan.feasible));
            }
            if (last && "SOLVING".equals(plan.status)) {
                plan.status = plan.publishedAt != null ? "PUBLISHED" : "SOLVED";
            }
        });
        PlanEvents.ScoreEvent event = new PlanEvents.ScoreEvent(now.toString(), score.toString(), score.isFeasible());
        if (last) {
            events.finished(id, event);
        } else {
            events.bestScore(id, event);
        }
    }

    private List<String> explain(DispatchSolution solution) {
        try {
            return solutions.explain(solution).getConstraintMatchTotalMap().values().stream()
                    .filter(total -> !total.getScore().isZero())
                    .map(total -> total.getConstraintName() + ": " + total.getScore() + " ("
                            + total.getConstraintMatchCount() + " match" + (total.getConstraintMatchCount() == 1 ? "" : "es") + ")")
                    .sorted()
                    .toList();
        } catch (RuntimeException e) {
            log.warn("could not explain the score of a dispatch plan", e);
            return List.of();
        }
    }

    private void failed(String id, Throwable error) {
        log.error("dispatch plan {} failed to solve", id, error);
        store.update(id, plan -> {
            plan.status = "FAILED";
            plan.notes.add("solving failed: " + error.getMessage());
        });
    }
}
