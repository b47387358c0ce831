package cn.xixian.alliance.core.solving;

import cn.xixian.alliance.core.web.ConflictException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The one lifecycle of a planner's solves (storage plans, dispatch plans): submit, progress events, storing the best,
 * stop, and ending the plans a stopped process left SOLVING. Each planner has one runner bean around its
 * {@link SolverManager} and says through its {@link SolveHandler} how its plans are stored.
 *
 * <p><b>Queue.</b> At most {@code alliance.solving.max-queued} solves of a planner are queued or running at once, and
 * one per key (a dispatch day, a storage problem): one more is refused with a 409 naming the reason, before the
 * planner stores anything.
 *
 * <p><b>Storing the best: every new best is stored as it comes</b>, for both planners. A restart then loses nothing
 * found so far ({@link #recover()} keeps it), a page polling the plan and one following its events see the same
 * plan, and a plan is never only in this process's memory. The writes stay few: OptaPlanner hands the consumer only
 * the latest best when the previous write is still going, and both solvers publish their heuristic phases' bests
 * per slice (about 20 per solve), so a write per best costs little next to the solve itself.
 *
 * <p><b>Instances.</b> Submitting and recovering live here only, so sharing solves between several app instances
 * (leases) has one place to go; until then one instance runs solves: a plan SOLVING in the database and not running
 * here is taken as orphaned, see {@code core.persistence.InterruptedSolves}.
 *
 * @param <S> the planner's solution class
 */
public class SolveRunner<S> {

    private static final Logger log = LoggerFactory.getLogger(SolveRunner.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** What a submission starts: the stored plan's id, the problem to solve and a change to apply at once (or null). */
    public record Submission<S>(String id, S problem, ProblemChange<S> change) {
    }

    private static final int QUEUED = 0;
    private static final int STARTED = 1;
    private static final int CANCELLED = 2;

    private final class Active {
        final String key;
        final AtomicInteger state = new AtomicInteger(QUEUED);
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Active(String key) {
            this.key = key;
        }
    }

    private final String what;
    private final SolverManager<S, String> solverManager;
    private final SolveHandler<S> handler;
    private final SolvingProperties properties;
    private final SolveEvents events;
    private final Map<String, Active> active = new ConcurrentHashMap<>();

    /** {@code what} names the plans in messages ("storage plan", "dispatch plan"). */
    public SolveRunner(String what, SolverManager<S, String> solverManager, SolveHandler<S> handler,
            SolvingProperties properties) {
        this.what = what;
        this.solverManager = solverManager;
        this.handler = handler;
        this.properties = properties;
        this.events = new SolveEvents(what, properties);
    }

    /**
     * Starts a solve keyed {@code key} (one at a time per key): checks the queue, then lets {@code store} store the
     * plan (status SOLVING) and say what to solve, then queues the solve. Returns what {@code store} gave.
     */
    public synchronized Submission<S> submit(String key, Supplier<Submission<S>> store) {
        if (active.size() >= properties.maxQueued()) {
            throw new ConflictException(active.size() + " " + what + " solves are queued or running, the most"
                    + " allowed; try again when one has ended");
        }
        active.forEach((id, other) -> {
            if (other.key.equals(key)) {
                throw new ConflictException(what + " " + id + " of " + key + " is still solving; stop it or wait"
                        + " until it ends");
            }
        });
        Submission<S> submission = store.get();
        String id = submission.id();
        Active entry = new Active(key);
        active.put(id, entry);
        events.started(id);
        try {
            solverManager.solveAndListen(id, planId -> {
                entry.state.compareAndSet(QUEUED, STARTED);
                return submission.problem();
            }, best -> improved(id, entry, best), last -> ended(id, entry, last), (planId, error) -> failed(id, entry, error));
            if (submission.change() != null) {
                solverManager.addProblemChange(id, submission.change());
            }
        } catch (RuntimeException e) {
            failed(id, entry, e);
            throw e;
        }
        return submission;
    }

    /** Whether plan {@code id} is queued or solving in this process. */
    public boolean isSolving(String id) {
        return active.containsKey(id);
    }

    /** Applies a change to plan {@code id}'s running solve. */
    public void change(String id, ProblemChange<S> change) {
        solverManager.addProblemChange(id, change);
    }

    /** Ends plan {@code id}'s solve early; its best so far is stored as its end (a queued one ends FAILED). */
    public void stop(String id) {
        Active entry = active.get(id);
        solverManager.terminateEarly(id);
        if (entry != null && entry.state.compareAndSet(QUEUED, CANCELLED)) {
            failed(id, entry, new CancellationException("stopped before its solve began"));
        }
    }

    /** {@link #stop} and wait until the solve's end is stored. */
    public void stopAndWait(String id) {
        Active entry = active.get(id);
        stop(id);
        if (entry == null) {
            return;
        }
        try {
            entry.done.get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("{} {} did not end within {} of being stopped", what, id, STOP_WAIT);
        }
    }

    /** The events of plan {@code id}: {@code history}, then new ones while it solves; {@code end} if it has ended. */
    public SseEmitter subscribe(String id, List<SolveEvent> history, SolveEvent end) {
        return events.subscribe(id, history, isSolving(id) ? null : end);
    }

    /** Ends the plans a stopped process left SOLVING (see {@link SolveHandler#endInterrupted}); returns how many. */
    public int recover() {
        int ended = handler.endInterrupted(this::isSolving);
        if (ended > 0) {
            log.warn("{} {}(s) left SOLVING by a previous run ended", ended, what);
        }
        return ended;
    }

    private void improved(String id, Active entry, S best) {
        if (active.get(id) != entry) {
            return;
        }
        try {
            SolveEvent event = handler.storeBest(id, best, false);
            if (event != null) {
                events.best(id, event);
            }
        } catch (RuntimeException e) {
            log.warn("{} {}: could not store a new best", what, id, e);
        }
    }

    private void ended(String id, Active entry, S last) {
        if (!active.remove(id, entry)) {
            return;
        }
        SolveEvent end;
        try {
            end = handler.storeBest(id, last, true);
        } catch (RuntimeException e) {
            log.error("{} {}: could not store the final plan", what, id, e);
            end = handler.storeFailure(id, e);
        } finally {
            entry.done.complete(null);
        }
        events.finish(id, end != null ? end : SolveEvent.ended(null, java.time.Instant.now(), "ENDED"));
    }

    private void failed(String id, Active entry, Throwable error) {
        if (!active.remove(id, entry)) {
            return;
        }
        if (!(error instanceof CancellationException)) {
            log.error("{} {} failed to solve", what, id, error);
        }
        SolveEvent end = null;
        try {
            end = handler.storeFailure(id, error);
        } catch (RuntimeException e) {
            log.error("{} {}: could not store its failure", what, id, e);
        } finally {
            entry.done.complete(null);
            events.finish(id, end != null ? end : SolveEvent.ended(null, java.time.Instant.now(), "FAILED"));
        }
    }
}
