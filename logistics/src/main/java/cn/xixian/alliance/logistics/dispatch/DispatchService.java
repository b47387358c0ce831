package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.core.solving.SolveRunner;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.Stop;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.VanPlan;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanStore;
import cn.xixian.alliance.logistics.dispatch.planning.PlanChanges;
import cn.xixian.alliance.logistics.dispatch.planning.PlanProblem;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.solver.DispatchSolverProperties;
import cn.xixian.alliance.logistics.distance.DistanceMatrix;
import cn.xixian.alliance.logistics.fleet.FleetService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Dispatch plans (派车计划): draft one for a day from the NEW transport requests and the active vans
 * and drivers, solve it asynchronously, apply changes during the day as problem changes to the
 * running solve (or a resumed one), and publish it.
 */
@Service
public class DispatchService {

    private final DispatchPlanStore store;
    private final FleetService fleet;
    private final TransportRequestService requests;
    private final DistanceMatrix distances;
    private final SolveRunner<DispatchSolution> solves;
    private final Duration solveLimit;
    private final Clock clock;

    DispatchService(DispatchPlanStore store, FleetService fleet, TransportRequestService requests,
            DistanceMatrix distances, SolveRunner<DispatchSolution> solves, DispatchSolverProperties solverProperties,
            Optional<Clock> clock) {
        this.solveLimit = solverProperties.limit();
        this.store = store;
        this.fleet = fleet;
        this.requests = requests;
        this.distances = distances;
        this.solves = solves;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public DispatchPlanView create(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        DispatchPlanDocument[] created = new DispatchPlanDocument[1];
        solves.submit(date.toString(), () -> {
            DispatchPlanDocument plan = new PlanDrafts(distances).draft(date, fleet.zone(), fleet.activeVans(),
                    fleet.drivers(), requests.all(TransportStatus.NEW));
            plan.status = "SOLVING";
            plan.createdAt = Instant.now(clock);
            created[0] = store.insert(plan);
            return new SolveRunner.Submission<>(created[0].id, PlanProblem.build(created[0], distances), null);
        });
        return PlanViews.of(created[0]);
    }

    /** A solve's time limit (the board's progress bar). */
    public Duration solveLimit() {
        return solveLimit;
    }

    public DispatchPlanView get(String id) {
        return PlanViews.of(store.get(id));
    }

    /** The plan created last (the dispatch board shows it when no plan is named), if there is any. */
    public Optional<DispatchPlanView> latest() {
        return store.latest().map(PlanViews::of);
    }

    /** The published plan of a day (the newest, if published twice). */
    public Optional<DispatchPlanView> published(LocalDate date) {
        return store.latestPublished(date).map(PlanViews::of);
    }

    /** The newest published plan on which the driver drives a van (a driver's page with no plan today). */
    public Optional<DispatchPlanView> latestPublishedFor(String driverId) {
        return store.latestPublishedWithDriver(driverId).map(PlanViews::of);
    }

    public SseEmitter events(String id) {
        DispatchPlanDocument plan = store.get(id);
        return solves.subscribe(id, DispatchPlanSolving.history(plan),
                "SOLVING".equals(plan.status) ? null : DispatchPlanSolving.end(plan));
    }

    /** Stops solving (keeping the best plan so far). */
    public DispatchPlanView stop(String id) {
        store.get(id);
        solves.stopAndWait(id);
        return get(id);
    }

    /** Fixes the plan: its requests become PLANNED. Only once; a plan still solving is stopped first. */
    public DispatchPlanView publish(String id) {
        DispatchPlanDocument current = store.get(id);
        if ("PUBLISHED".equals(current.status) || current.publishedAt != null) {
            throw new ConflictException("dispatch plan " + id + " is already published");
        }
        solves.stopAndWait(id);
        DispatchPlanDocument plan = store.update(id, p -> {
            if (p.publishedAt != null) {
                throw new ConflictException("dispatch plan " + id + " is already published");
            }
            p.status = "PUBLISHED";
            p.publishedAt = Instant.now(clock);
        });
        plan.vans.stream().flatMap(van -> van.stops.stream()).filter(stop -> "PICKUP".equals(stop.kind))
                .forEach(stop -> requests.changeStatus(stop.requestId, List.of(TransportStatus.NEW), TransportStatus.PLANNED));
        return PlanViews.of(plan);
    }

    /**
     * An urgent request or a van breakdown. Applied as a problem change to the running solve, or to a
     * solve resumed from the stored plan, where started and done stops are history that never moves.
     */
    public DispatchPlanView change(String id, PlanChangeRequest change) {
        if (change == null || change.type() == null) {
            throw new InvalidInputException("type", "is required: URGENT_REQUEST or VAN_BREAKDOWN");
        }
        DispatchPlanDocument before = store.get(id);
        ProblemChange<DispatchSolution> problemChange;
        if (change.type() == PlanChangeRequest.Type.URGENT_REQUEST) {
            problemChange = urgent(before, change.transportRequestId());
        } else {
            problemChange = breakdown(before, change.vanId());
        }
        if (solves.isSolving(id)) {
            solves.change(id, problemChange);
        } else {
            solves.submit(before.date.toString(), () -> {
                DispatchSolution resumed = PlanProblem.build(before, distances);
                store.update(id, p -> p.status = "SOLVING");
                return new SolveRunner.Submission<>(id, resumed, problemChange);
            });
        }
        return get(id);
    }

    private ProblemChange<DispatchSolution> urgent(DispatchPlanDocument plan, String requestId) {
        if (requestId == null || requestId.isBlank()) {
            throw new InvalidInputException("transportRequestId", "is required for URGENT_REQUEST");
        }
        TransportRequest request = requests.get(requestId);
        if (request.status() != TransportStatus.NEW) {
            throw new ConflictException("transport request " + requestId + " is " + request.status() + ", not NEW");
        }
        if (PlanProblem.allStops(plan).stream().anyMatch(stop -> stop.requestId.equals(requestId))) {
            throw new ConflictException("transport request " + requestId + " is already in plan " + plan.id);
        }
        Instant midnight = plan.date.atStartOfDay(java.time.ZoneId.of(plan.zone)).toInstant();
        Stop pickup = PlanDrafts.pickup(request, midnight);
        Stop delivery = PlanDrafts.delivery(request, midnight);
        pickup.urgent = true;
        delivery.urgent = true;
        String reason = new PlanDrafts(distances).unservable(
                plan.vans.stream().filter(van -> !van.outOfService).toList(), pickup, delivery);
        if (reason != null) {
            throw new InvalidInputException("transportRequestId", reason);
        }
        store.update(plan.id, p -> {
            p.pending.add(pickup);
            p.pending.add(delivery);
        });
        if (plan.publishedAt != null) {
            requests.changeStatus(requestId, List.of(TransportStatus.NEW), TransportStatus.PLANNED);
        }
        return PlanChanges.urgentRequest(pickup, delivery, distances);
    }

    private ProblemChange<DispatchSolution> breakdown(DispatchPlanDocument plan, String vanId) {
        if (plan.vans.stream().noneMatch(van -> van.vanId.equals(vanId) && !van.outOfService)) {
            throw new InvalidInputException("vanId", "is not an in-service van of this plan");
        }
        store.update(plan.id, p -> {
            for (VanPlan van : p.vans) {
                if (van.vanId.equals(vanId)) {
                    van.outOfService = true;
                    int history = PlanProblem.historyLength(van);
                    p.pending.addAll(van.stops.subList(history, van.stops.size()));
                    van.stops = new java.util.ArrayList<>(van.stops.subList(0, history));
                }
            }
        });
        return PlanChanges.breakdown(vanId);
    }
}
