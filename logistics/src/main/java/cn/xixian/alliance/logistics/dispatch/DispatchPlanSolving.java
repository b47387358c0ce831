package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.core.solving.SolveEvent;
import cn.xixian.alliance.core.solving.SolveHandler;
import cn.xixian.alliance.core.solving.SolveRunner;
import cn.xixian.alliance.core.solving.SolvingProperties;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanStore;
import cn.xixian.alliance.logistics.dispatch.planning.PlanWriter;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * How dispatch plans go through the one solve lifecycle ({@link SolveRunner}): every new best plan is stored with
 * its score explanation and score history; a failure ends the plan FAILED with a note; a plan a restart cut short
 * keeps its stored best.
 */
@Component
class DispatchPlanSolving implements SolveHandler<DispatchSolution> {

    static final String KEPT = "solve cut short by an application restart; the best plan found before it is kept";
    static final String LOST = "solve cut short by an application restart before any plan was found; create a new plan";

    private static final Logger log = LoggerFactory.getLogger(DispatchPlanSolving.class);

    private final DispatchPlanStore store;
    private final SolutionManager<DispatchSolution, HardMediumSoftLongScore> solutions;
    private final Clock clock;

    DispatchPlanSolving(DispatchPlanStore store, SolutionManager<DispatchSolution, HardMediumSoftLongScore> solutions,
            Optional<Clock> clock) {
        this.store = store;
        this.solutions = solutions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Configuration(proxyBeanMethods = false)
    static class Runner {

        @Bean
        SolveRunner<DispatchSolution> dispatchSolves(SolverManager<DispatchSolution, String> solverManager,
                DispatchPlanSolving handler, SolvingProperties properties) {
            return new SolveRunner<>("dispatch plan", solverManager, handler, properties);
        }
    }

    @Override
    public SolveEvent storeBest(String id, DispatchSolution solution, boolean last) {
        HardMediumSoftLongScore score = solution.getScore();
        if (score == null || !score.isSolutionInitialized() && !last) {
            return null;
        }
        List<String> explanation = explain(solution);
        Instant now = Instant.now(clock);
        DispatchPlanDocument plan = store.update(id, p -> {
            PlanWriter.write(p, solution);
            p.score = score.toString();
            p.feasible = score.isFeasible();
            p.explanation = explanation;
            if (p.scoreHistory.isEmpty() || !p.scoreHistory.get(p.scoreHistory.size() - 1).score.equals(p.score)) {
                p.scoreHistory.add(new DispatchPlanDocument.ScorePoint(now, p.score, p.feasible));
            }
            if (last && "SOLVING".equals(p.status)) {
                p.status = p.publishedAt != null ? "PUBLISHED" : "SOLVED";
            }
        });
        SolveEvent event = SolveEvent.best(plan.createdAt, now, score.toString(), score.isFeasible());
        return last ? event.finished(plan.status) : event;
    }

    @Override
    public SolveEvent storeFailure(String id, Throwable error) {
        DispatchPlanDocument plan = store.update(id, p -> {
            p.status = "FAILED";
            p.notes.add("solving failed: " + error.getMessage());
        });
        return SolveEvent.ended(plan.createdAt, Instant.now(clock), plan.status);
    }

    @Override
    public int endInterrupted(Predicate<String> running) {
        return store.endInterrupted(running, KEPT, LOST);
    }

    /** The plan's score over time as events. */
    static List<SolveEvent> history(DispatchPlanDocument plan) {
        return plan.scoreHistory.stream().map(p -> SolveEvent.best(plan.createdAt, p.at, p.score, p.feasible)).toList();
    }

    /** How a plan that is not solving ended, as the stream's last event. */
    static SolveEvent end(DispatchPlanDocument plan) {
        List<SolveEvent> history = history(plan);
        return history.isEmpty() ? SolveEvent.ended(plan.createdAt, Instant.now(), plan.status)
                : history.get(history.size() - 1).finished(plan.status);
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
}
