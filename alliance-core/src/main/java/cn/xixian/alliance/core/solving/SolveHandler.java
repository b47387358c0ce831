package cn.xixian.alliance.core.solving;

import java.util.function.Predicate;

/**
 * What a planner tells {@link SolveRunner} about its plans: how a best is stored, how a failure ends a plan, and
 * how a plan a stopped process left solving ends. Called on the solver's threads (each plan's calls in order).
 *
 * @param <S> the planner's solution class
 */
public interface SolveHandler<S> {

    /**
     * Stores {@code best} as plan {@code id}'s current plan; {@code last}: the solve ended with it (the plan leaves
     * SOLVING). Returns the event to stream (its status ignored unless {@code last}, when it must be set), or null
     * to send none (a partial construction, say).
     */
    SolveEvent storeBest(String id, S best, boolean last);

    /** Ends plan {@code id} after its solve failed or was stopped before it began; returns the final event. */
    SolveEvent storeFailure(String id, Throwable error);

    /**
     * Ends every plan left SOLVING by a stopped process, created before this process started, for which
     * {@code running} is false (usually with {@code core.persistence.InterruptedSolves}); returns how many.
     */
    int endInterrupted(Predicate<String> running);
}
