package cn.xixian.alliance.logistics.dispatch.planning.solver;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.routing.RoutingResult;
import cn.xixian.alliance.logistics.dispatch.planning.routing.RoutingSearch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * One step of the ruin-and-recreate phase on the working solution: build it, complete it (every stop
 * on a van), take vans away, or shorten routes for a slice of the schedule. Each command is a step, so OptaPlanner publishes the
 * new best solution between them and applies pending problem changes.
 */
final class RoutingPhaseCommand implements CustomPhaseCommand<DispatchSolution> {

    enum Stage { CONSTRUCT, COMPLETE, REDUCE_VANS, SHORTEN }

    private static final String VISITS = "visits";

    private final Stage stage;
    /** When this step must end, counted from the start of the phase (its CONSTRUCT step). */
    private final long endMillis;
    private final double from;
    private final double to;
    private final long seed;
    private final int threads;
    private final RoutingProblems problems;

    RoutingPhaseCommand(Stage stage, long endMillis, double from, double to, long seed, int threads,
            RoutingProblems problems) {
        this.threads = Math.max(1, threads);
        this.stage = stage;
        this.endMillis = endMillis;
        this.from = from;
        this.to = to;
        this.seed = seed;
        this.problems = problems;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<DispatchSolution> scoreDirector) {
        DispatchSolution solution = scoreDirector.getWorkingSolution();
        RoutingProblems.Mapped mapped = problems.map(solution);
        int[][] initial = mapped.currentRoutes(solution);
        if (stage == Stage.CONSTRUCT) {
            mapped.phaseStart().set(System.nanoTime());
        }
        // steps that finish early leave their time to the next ones
        long millis = Math.max(0, endMillis - (System.nanoTime() - mapped.phaseStart().get()) / 1_000_000L);
        RoutingResult result = stage == Stage.CONSTRUCT
                ? new RoutingSearch(mapped.problem(), seed).construct(initial)
                : portfolio(mapped, initial, millis);
        apply(scoreDirector, solution, mapped, result);
    }

    /** The same step run by independent searches on each core, differently seeded; the best result wins. */
    private RoutingResult portfolio(RoutingProblems.Mapped mapped, int[][] initial, long millis) {
        boolean walkOn = stage == Stage.SHORTEN && java.util.Arrays.deepEquals(initial, mapped.lastBest().get());
        if (!walkOn) {
            mapped.walks().clear();
        }
        RoutingResult[] results = new RoutingResult[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int k = t;
            workers[t] = new Thread(() -> {
                RoutingSearch search = new RoutingSearch(mapped.problem(), seed + 7919L * k + (long) (from * 1000));
                results[k] = switch (stage) {
                    case COMPLETE -> search.complete(initial, millis, () -> false);
                    case REDUCE_VANS -> search.reduceVehicles(initial, millis, () -> false);
                    default -> search.shorten(initial, mapped.walks().get(k), millis, from, to, () -> false);
                };
                if (stage == Stage.SHORTEN) {
                    mapped.walks().put(k, search.lastWalk());
                }
            }, "dispatch-routing-" + t);
            workers[t].start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RoutingResult best = java.util.Arrays.stream(results).filter(java.util.Objects::nonNull)
                .min(Comparator.<RoutingResult>comparingInt(r -> r.unassigned().length)
                        .thenComparingInt(RoutingResult::vehicles).thenComparingDouble(RoutingResult::distance))
                .orElseThrow(() -> new IllegalStateException("routing search failed"));
        mapped.lastBest().set(stage == Stage.SHORTEN ? best.routes() : null);
        return best;
    }

    private static void apply(ScoreDirector<DispatchSolution> scoreDirector, DispatchSolution solution,
            RoutingProblems.Mapped mapped, RoutingResult result) {
        List<Vehicle> vans = solution.getVehicles();
        List<List<Visit>> routes = new ArrayList<>();
        for (int v = 0; v < vans.size(); v++) {
            List<Visit> route = new ArrayList<>();
            for (int i : result.routes()[v]) {
                route.add(mapped.visits().get(i));
            }
            routes.add(route);
        }
        // Whatever fits nowhere still has to ride somewhere (the list variable assigns every stop);
        // the hard score then shows the plan is infeasible and the explanation says why.
        for (int h : result.unassigned()) {
            Visit visit = mapped.visits().get(h);
            int v = fallbackVan(vans, routes, visit);
            routes.get(v).add(visit);
            if (visit.getPartner() != null && visit.getRequiredVehicle() == null
                    && mapped.indexOf(visit.getPartner()) >= 0) {
                routes.get(v).add(visit.getPartner());
            }
        }
        for (int v = 0; v < vans.size(); v++) {
            Vehicle van = vans.get(v);
            List<Visit> old = van.getVisits();
            if (old.equals(routes.get(v))) {
                continue;
            }
            List<Visit> removed = List.copyOf(old);
            for (Visit visit : removed) {
                scoreDirector.beforeListVariableElementUnassigned(van, VISITS, visit);
            }
            int size = old.size();
            scoreDirector.beforeListVariableChanged(van, VISITS, 0, size);
            old.clear();
            scoreDirector.afterListVariableChanged(van, VISITS, 0, 0);
            for (Visit visit : removed) {
                scoreDirector.afterListVariableElementUnassigned(van, VISITS, visit);
            }
        }
        for (int v = 0; v < vans.size(); v++) {
            Vehicle van = vans.get(v);
            if (!van.getVisits().isEmpty()) {
                continue;
            }
            List<Visit> route = routes.get(v);
            for (Visit visit : route) {
                scoreDirector.beforeListVariableElementAssigned(van, VISITS, visit);
            }
            scoreDirector.beforeListVariableChanged(van, VISITS, 0, 0);
            van.getVisits().addAll(route);
            scoreDirector.afterListVariableChanged(van, VISITS, 0, route.size());
            for (Visit visit : route) {
                scoreDirector.afterListVariableElementAssigned(van, VISITS, visit);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    private static int fallbackVan(List<Vehicle> vans, List<List<Visit>> routes, Visit visit) {
        if (visit.getRequiredVehicle() != null) {
            return vans.indexOf(visit.getRequiredVehicle());
        }
        Comparator<Integer> fewestStops = Comparator.comparingInt(v -> routes.get(v).size());
        return java.util.stream.IntStream.range(0, vans.size()).boxed()
                .filter(v -> !visit.isRefrigerated() || vans.get(v).isRefrigerated())
                .min(fewestStops)
                .orElseGet(() -> java.util.stream.IntStream.range(0, vans.size()).boxed().min(fewestStops).orElseThrow());
    }
}
