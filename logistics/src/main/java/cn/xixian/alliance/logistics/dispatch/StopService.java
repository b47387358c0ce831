package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.core.solving.SolveRunner;
import cn.xixian.alliance.core.field.FieldScope;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.Stop;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.VanPlan;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanStore;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Drivers' marks on a published plan: a stop is ARRIVED, then DONE with a proof of delivery, in the
 * van's order. A solve still running for the plan is stopped first, so the solver never holds a
 * started stop as movable; from then on the stop is history and pinned.
 */
@Service
public class StopService {

    private final DispatchPlanStore store;
    private final SolveRunner<DispatchSolution> solves;
    private final TransportRequestService requests;
    private final FieldScope field;
    private final Clock clock;

    StopService(DispatchPlanStore store, SolveRunner<DispatchSolution> solves, TransportRequestService requests,
            FieldScope field, Optional<Clock> clock) {
        this.store = store;
        this.solves = solves;
        this.requests = requests;
        this.field = field;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Why a driver could not serve a stop; the request goes back to the dispatcher as unplanned. */
    public enum ExceptionReason { NOBODY_THERE, REFUSED, DAMAGED }

    public StopView arrived(String stopId, ProofOfDelivery proof) {
        return arrived(stopId, proof, null);
    }

    public StopView done(String stopId, ProofOfDelivery proof) {
        return done(stopId, proof, null);
    }

    /** {@code key}: the caller's idempotency key (null for none); a mark already applied with it is answered again. */
    public StopView arrived(String stopId, ProofOfDelivery proof, String key) {
        return mark(stopId, proof, Mark.ARRIVED, null, null, key);
    }

    public StopView done(String stopId, ProofOfDelivery proof, String key) {
        if (proof == null || proof.signer() == null || proof.signer().isBlank()) {
            throw new InvalidInputException("signer", "is required as proof of delivery");
        }
        return mark(stopId, proof, Mark.DONE, null, null, key);
    }

    /** The stop could not be served: its request is taken off the van (both of its stops) and is NEW again. */
    public StopView exception(String stopId, ExceptionReason reason, String note, String key) {
        if (reason == null) {
            throw new InvalidInputException("reason", "is required: NOBODY_THERE, REFUSED or DAMAGED");
        }
        return mark(stopId, null, Mark.EXCEPTION, reason, note == null ? null : note.strip(), key);
    }

    /** The driver of the van a stop is on (null when it waits for a van); 404 for an unknown stop. */
    public String driverOf(String stopId) {
        return store.withStop(stopId).vans.stream().filter(v -> v.stops.stream().anyMatch(s -> s.id.equals(stopId)))
                .map(v -> v.driverId).findFirst().orElse(null);
    }

    private enum Mark { ARRIVED, DONE, EXCEPTION }

    private StopView mark(String stopId, ProofOfDelivery proof, Mark mark, ExceptionReason reason, String note,
            String key) {
        DispatchPlanDocument found = store.withStop(stopId);
        field.checkDriver(vanOf(found, stopId).driverId);
        if (found.publishedAt == null) {
            throw new ConflictException("dispatch plan " + found.id + " is not published yet");
        }
        Instant midnight = found.date.atStartOfDay(ZoneId.of(found.zone)).toInstant();
        if (key != null) {
            Stop seen = stopOf(vanOf(found, stopId), stopId);
            if (seen.actionKeys.contains(key)) {
                return PlanViews.stop(seen, midnight); // a retry: the mark is there already
            }
        }
        solves.stopAndWait(found.id);
        // stored to the millisecond (as MongoDB keeps it), so a repeated mark answers exactly as the first
        Instant at = (proof == null || proof.at() == null ? Instant.now(clock) : proof.at())
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Stop[] marked = new Stop[1];
        boolean[] repeated = new boolean[1];
        DispatchPlanDocument plan = store.update(found.id, p -> {
            VanPlan van = vanOf(p, stopId);
            field.checkDriver(van.driverId);
            List<Stop> stops = van.stops;
            int index = indexOf(stops, stopId);
            Stop stop = stops.get(index);
            marked[0] = stop;
            if (key != null && stop.actionKeys.contains(key)) {
                repeated[0] = true;
                return;
            }
            if (key != null) {
                stop.actionKeys.add(key);
            }
            if (mark == Mark.EXCEPTION) {
                if ("DONE".equals(stop.status) || "EXCEPTION".equals(stop.status)) {
                    throw new ConflictException("stop " + stopId + " is already " + stop.status);
                }
                for (Stop s : stops) {
                    if (s.requestId.equals(stop.requestId) && !"DONE".equals(s.status)) {
                        s.status = "EXCEPTION";
                        s.exceptionReason = reason.name();
                        s.exceptionNote = note;
                        s.doneAt = at;
                    }
                }
                p.unplanned.add(new DispatchPlanDocument.Unplanned(stop.requestId, "driver exception at stop " + stopId
                        + ": " + reason + (note == null || note.isBlank() ? "" : " (" + note + ")")));
            } else if (mark == Mark.DONE) {
                if (!"ARRIVED".equals(stop.status)) {
                    throw new ConflictException("stop " + stopId + " is " + stop.status + ": mark it arrived first");
                }
                stop.status = "DONE";
                stop.doneAt = at;
                stop.signer = proof.signer().trim();
            } else {
                if (!"PLANNED".equals(stop.status)) {
                    throw new ConflictException("stop " + stopId + " is already " + stop.status);
                }
                for (int k = 0; k < index; k++) {
                    if (!"DONE".equals(stops.get(k).status) && !"EXCEPTION".equals(stops.get(k).status)) {
                        throw new ConflictException("stop " + stops.get(k).id + " comes before " + stopId
                                + " on van " + van.vanCode + " and is not done");
                    }
                }
                stop.status = "ARRIVED";
                stop.arrivedAt = at;
            }
        });
        Stop stop = marked[0];
        if (repeated[0]) {
            return PlanViews.stop(stop, midnight);
        }
        if (mark == Mark.EXCEPTION) {
            requests.changeStatus(stop.requestId, List.of(TransportStatus.PLANNED, TransportStatus.IN_PROGRESS),
                    TransportStatus.NEW);
        } else if (mark == Mark.DONE) {
            if ("PICKUP".equals(stop.kind)) {
                requests.changeStatus(stop.requestId, List.of(TransportStatus.PLANNED), TransportStatus.IN_PROGRESS);
            } else {
                requests.changeStatus(stop.requestId, List.of(TransportStatus.IN_PROGRESS), TransportStatus.DONE);
            }
        }
        return PlanViews.stop(stop, plan.date.atStartOfDay(ZoneId.of(plan.zone)).toInstant());
    }

    private static VanPlan vanOf(DispatchPlanDocument plan, String stopId) {
        return plan.vans.stream().filter(v -> v.stops.stream().anyMatch(s -> s.id.equals(stopId))).findFirst()
                .orElseThrow(() -> new ConflictException("stop " + stopId + " is not on a van"));
    }

    private static Stop stopOf(VanPlan van, String stopId) {
        return van.stops.get(indexOf(van.stops, stopId));
    }

    private static int indexOf(List<Stop> stops, String id) {
        for (int k = 0; k < stops.size(); k++) {
            if (stops.get(k).id.equals(id)) {
                return k;
            }
        }
        return -1;
    }
}
