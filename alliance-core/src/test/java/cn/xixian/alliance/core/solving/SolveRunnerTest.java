package cn.xixian.alliance.core.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.web.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The solve lifecycle on a stand-in solver: queue cap, one solve per key, events that end, stop, recovery. */
class SolveRunnerTest {

    private static final Instant CREATED = Instant.parse("2026-09-10T00:00:00Z");
    /** Longer than any test waits for a stream to end: a stream that ends did so because the solve ended. */
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(5);

    /** Records what the lifecycle asked the planner to store. */
    static final class Plans implements SolveHandler<String> {
        final List<String> stored = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();
        Predicate<String> recoveredWith;

        @Override
        public SolveEvent storeBest(String id, String best, boolean last) {
            stored.add(id + ":" + best + (last ? ":last" : ""));
            SolveEvent event = SolveEvent.best(CREATED, CREATED.plusSeconds(1), "0hard/-" + best.length() + "soft", true);
            return last ? event.finished("SOLVED") : event;
        }

        @Override
        public SolveEvent storeFailure(String id, Throwable error) {
            failures.add(error);
            return SolveEvent.ended(CREATED, CREATED.plusSeconds(2), "FAILED");
        }

        @Override
        public int endInterrupted(Predicate<String> running) {
            recoveredWith = running;
            return 0;
        }
    }

    @RestController
    static class Events {
        SolveRunner<String> runner;

        @GetMapping("/plans/{id}/events")
        SseEmitter events(@PathVariable String id) {
            return runner.subscribe(id, List.of(SolveEvent.best(CREATED, CREATED, "0hard/-9soft", true)), null);
        }
    }

    @SuppressWarnings("unchecked")
    private final SolverManager<String, String> solverManager = mock(SolverManager.class);
    private final Plans plans = new Plans();
    private SolveRunner<String> runner;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        runner = runner(new SolvingProperties(2, STREAM_TIMEOUT, 2));
    }

    private SolveRunner<String> runner(SolvingProperties properties) {
        SolveRunner<String> made = new SolveRunner<>("test plan", solverManager, plans, properties);
        Events events = new Events();
        events.runner = made;
        mvc = MockMvcBuilders.standaloneSetup(events).build();
        return made;
    }

    private static Supplier<SolveRunner.Submission<String>> plan(String id) {
        return () -> new SolveRunner.Submission<>(id, "problem-" + id, null);
    }

    /** What the solver manager was given for plan {@code id}: problem finder, best and final consumers, failure handler. */
    @SuppressWarnings("unchecked")
    private Listeners listeners(String id) {
        ArgumentCaptor<Function<String, String>> finder = ArgumentCaptor.forClass(Function.class);
        ArgumentCaptor<Consumer<String>> best = ArgumentCaptor.forClass(Consumer.class);
        ArgumentCaptor<Consumer<String>> last = ArgumentCaptor.forClass(Consumer.class);
        ArgumentCaptor<BiConsumer<String, Throwable>> failed = ArgumentCaptor.forClass(BiConsumer.class);
        verify(solverManager).solveAndListen(eq(id), finder.capture(), best.capture(), last.capture(), failed.capture());
        return new Listeners(finder.getValue(), best.getValue(), last.getValue(), failed.getValue());
    }

    private record Listeners(Function<String, String> finder, Consumer<String> best, Consumer<String> last,
            BiConsumer<String, Throwable> failed) {
    }

    private MvcResult subscribe(String id) throws Exception {
        return mvc.perform(get("/plans/" + id + "/events")).andReturn();
    }

    /** The stream's whole text once it has ended; fails when it has not ended (within a second). */
    private String ended(MvcResult events) throws Exception {
        events.getAsyncResult(1000);
        return mvc.perform(asyncDispatch(events)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aFailedSolveEndsItsEventStreamsWithTheFailure() throws Exception {
        runner.submit("2026-09-10", plan("p1"));
        Listeners solve = listeners("p1");
        solve.finder().apply("p1");
        MvcResult events = subscribe("p1");
        assertThat(events.getRequest().isAsyncStarted()).isTrue();
        solve.best().accept("better");

        solve.failed().accept("p1", new IllegalStateException("score corrupted"));

        String stream = ended(events);
        assertThat(stream).contains("event:best-score").contains("event:finished").contains("\"status\":\"FAILED\"");
        assertThat(stream.indexOf("event:finished")).isGreaterThan(stream.lastIndexOf("event:best-score"));
        assertThat(plans.failures).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(runner.isSolving("p1")).isFalse();
    }

    @Test
    void aSubscriberArrivingAsTheSolveEndsGetsTheFinalEventAndIsClosedAtOnce() throws Exception {
        runner.submit("2026-09-10", plan("p1"));
        Listeners solve = listeners("p1");
        solve.finder().apply("p1");
        // the page read the plan as SOLVING just before the solve ended, and subscribes just after
        solve.last().accept("final");

        String stream = ended(subscribe("p1"));
        assertThat(stream).contains("event:finished").contains("\"status\":\"SOLVED\"");
        assertThat(plans.stored).containsExactly("p1:final:last");
    }

    @Test
    void everyStreamHasTheSameFiniteTimeout() {
        SseEmitter emitter = runner.subscribe("p1", List.of(), null);
        assertThat(emitter.getTimeout()).isEqualTo(STREAM_TIMEOUT.toMillis());
    }

    @Test
    void streamsPerPlanAreCapped() throws Exception {
        runner.submit("2026-09-10", plan("p1"));
        subscribe("p1");
        subscribe("p1");
        assertThatThrownBy(() -> runner.subscribe("p1", List.of(), null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("event streams open");
    }

    @Test
    void theQueueIsCappedAndOneSolvePerKeyRunsBeforeAnythingIsStored() {
        runner.submit("2026-09-10", plan("p1"));
        boolean[] stored = {false};
        assertThatThrownBy(() -> runner.submit("2026-09-10", () -> {
            stored[0] = true;
            return new SolveRunner.Submission<>("p2", "x", null);
        })).isInstanceOf(ConflictException.class).hasMessageContaining("test plan p1 of 2026-09-10 is still solving");
        runner.submit("2026-09-11", plan("p3"));
        assertThatThrownBy(() -> runner.submit("2026-09-12", () -> {
            stored[0] = true;
            return new SolveRunner.Submission<>("p4", "x", null);
        })).isInstanceOf(ConflictException.class).hasMessageContaining("2 test plan solves are queued or running");
        assertThat(stored[0]).isFalse();

        listeners("p1").last().accept("done");
        runner.submit("2026-09-10", plan("p5"));
        assertThat(runner.isSolving("p5")).isTrue();
    }

    @Test
    void stoppingASolveStillInTheQueueEndsItAsFailedAndFreesItsPlace() throws Exception {
        runner.submit("2026-09-10", plan("p1"));
        MvcResult events = subscribe("p1");

        runner.stopAndWait("p1");

        verify(solverManager).terminateEarly("p1");
        assertThat(plans.failures).singleElement().isInstanceOf(CancellationException.class);
        assertThat(ended(events)).contains("\"status\":\"FAILED\"");
        assertThat(runner.isSolving("p1")).isFalse();
        // the solver starting it late changes nothing any more
        listeners("p1").last().accept("late");
        assertThat(plans.stored).isEmpty();
    }

    @Test
    void stoppingARunningSolveLeavesItsEndToTheSolver() {
        runner.submit("2026-09-10", plan("p1"));
        Listeners solve = listeners("p1");
        solve.finder().apply("p1");

        runner.stop("p1");

        verify(solverManager).terminateEarly("p1");
        assertThat(plans.failures).isEmpty();
        solve.last().accept("best so far");
        assertThat(plans.stored).containsExactly("p1:best so far:last");
    }

    @Test
    void recoveryLeavesThePlansSolvingHereAlone() {
        runner.submit("2026-09-10", plan("p1"));
        runner.recover();
        assertThat(plans.recoveredWith.test("p1")).isTrue();
        assertThat(plans.recoveredWith.test("orphan")).isFalse();
    }

    @Test
    void settingsAreCheckedAtStart() {
        assertThatThrownBy(() -> new SolvingProperties(0, STREAM_TIMEOUT, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SolvingProperties(1, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
