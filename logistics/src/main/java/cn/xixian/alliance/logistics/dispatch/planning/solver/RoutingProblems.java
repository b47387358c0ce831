package cn.xixian.alliance.logistics.dispatch.planning.solver;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.domain.VisitKind;
import cn.xixian.alliance.logistics.dispatch.planning.routing.RoutingProblem;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Maps a planning solution to the heuristic's arrays. Each working solution's mapping is kept:
 * the phase's steps see the same problem until a problem change alters its vans or stops, and
 * building neighbour lists for a thousand stops is not free.
 */
final class RoutingProblems {

    /**
     * {@code phaseStart}: when the phase's first step ran; {@code lastBest}/{@code walks}: the best routes the
     * last annealing step returned and where each of its searches stood, so the next step walks on.
     */
    record Mapped(RoutingProblem problem, List<Visit> visits, Map<Visit, Integer> index, long fingerprint,
            AtomicLong phaseStart, AtomicReference<int[][]> lastBest, Map<Integer, int[][]> walks) {

        int indexOf(Visit visit) {
            Integer i = index.get(visit);
            return i == null ? -1 : i;
        }

        int[][] currentRoutes(DispatchSolution solution) {
            List<Vehicle> vans = solution.getVehicles();
            int[][] routes = new int[vans.size()][];
            for (int v = 0; v < vans.size(); v++) {
                routes[v] = vans.get(v).getVisits().stream().mapToInt(this::indexOf).toArray();
            }
            return routes;
        }
    }

    /** By working solution: solves running side by side each keep their own mapping. */
    private final Map<DispatchSolution, Mapped> cache = new WeakHashMap<>();

    synchronized Mapped map(DispatchSolution solution) {
        long fingerprint = fingerprint(solution);
        Mapped cached = cache.get(solution);
        if (cached != null && cached.fingerprint() == fingerprint) {
            return cached;
        }
        Mapped mapped = build(solution, fingerprint);
        cache.put(solution, mapped);
        return mapped;
    }

    private static long fingerprint(DispatchSolution solution) {
        long f = 17 + System.identityHashCode(solution.getMatrix());
        for (Vehicle van : solution.getVehicles()) {
            f = f * 31 + System.identityHashCode(van);
            f = f * 31 + Double.hashCode(van.getDeparture()) + van.getStartLocation() + van.getInitialLoad()
                    + (van.isOutOfService() ? 1 : 0);
        }
        for (Visit visit : solution.getVisits()) {
            f = f * 31 + System.identityHashCode(visit);
            f = f * 31 + (visit.getRequiredVehicle() == null ? 0 : System.identityHashCode(visit.getRequiredVehicle()));
        }
        return f;
    }

    private static Mapped build(DispatchSolution solution, long fingerprint) {
        List<Visit> visits = List.copyOf(solution.getVisits());
        List<Vehicle> vans = solution.getVehicles();
        int n = visits.size();
        int m = vans.size();
        Map<Visit, Integer> index = new IdentityHashMap<>();
        Map<Vehicle, Integer> vanIndex = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(visits.get(i), i);
        }
        for (int v = 0; v < m; v++) {
            vanIndex.put(vans.get(v), v);
        }
        int[] loc = new int[n];
        long[] demand = new long[n];
        double[] ready = new double[n];
        double[] due = new double[n];
        double[] service = new double[n];
        int[] kind = new int[n];
        int[] partner = new int[n];
        boolean[] cold = new boolean[n];
        int[] required = new int[n];
        for (int i = 0; i < n; i++) {
            Visit visit = visits.get(i);
            loc[i] = visit.getLocation();
            demand[i] = visit.getDemand();
            ready[i] = visit.getReady();
            due[i] = visit.getDue();
            service[i] = visit.getService();
            kind[i] = visit.getKind() == VisitKind.DROP ? RoutingProblem.DROP
                    : visit.getKind() == VisitKind.PICKUP ? RoutingProblem.PICKUP : RoutingProblem.DELIVERY;
            Integer p = visit.getPartner() == null || visit.getRequiredVehicle() != null ? null : index.get(visit.getPartner());
            partner[i] = p == null ? -1 : p;
            cold[i] = visit.isRefrigerated();
            Integer r = visit.getRequiredVehicle() == null ? null : vanIndex.get(visit.getRequiredVehicle());
            required[i] = r == null ? -1 : r;
        }
        int[] startLoc = new int[m];
        int[] endLoc = new int[m];
        double[] depart = new double[m];
        double[] end = new double[m];
        long[] cap = new long[m];
        long[] initialLoad = new long[m];
        boolean[] vanCold = new boolean[m];
        for (int v = 0; v < m; v++) {
            Vehicle van = vans.get(v);
            startLoc[v] = van.getStartLocation();
            endLoc[v] = van.getEndLocation();
            depart[v] = van.getDeparture();
            end[v] = van.getLatestReturn();
            // a broken-down van can take nothing: its stops fail the capacity check and move elsewhere
            cap[v] = van.isOutOfService() ? -1 : van.getCapacity();
            initialLoad[v] = van.getInitialLoad();
            vanCold[v] = van.isRefrigerated();
        }
        RoutingProblem problem = new RoutingProblem(loc, demand, ready, due, service, kind, partner, cold, required,
                startLoc, endLoc, depart, end, cap, initialLoad, vanCold, solution.getMatrix().distances(),
                solution.getMatrix().times());
        return new Mapped(problem, visits, index, fingerprint, new AtomicLong(System.nanoTime()),
                new AtomicReference<>(), new java.util.concurrent.ConcurrentHashMap<>());
    }
}
