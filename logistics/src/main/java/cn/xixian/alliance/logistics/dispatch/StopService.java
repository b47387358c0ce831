package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.core.solving.SolveRunner;
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
    private final Clock clock;

    StopService(DispatchPlanStore store, SolveRunner<DispatchSolution> solves, TransportRequestService requests,
            Optional<Clock> clock) {
        this.store = store;
        this.solves = solves;
        this.requests = requests;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public StopView arrived(String stopId, ProofOfDelivery proof) {
        return mark(stopId, proof, false);
    }

    public StopView done(String stopId, ProofOfDelivery proof) {
        if (proof == null || proof.signer() == null || proof.signer().isBlank()) {
            throw new InvalidInputException("signer", "is required as proof of delivery");
        }
        return mark(stopId, proof, true);
    }

    private StopView mark(String stopId, ProofOfDelivery proof, boolean done) {
        DispatchPlanDocument found = store.withStop(stopId);
        if (found.publishedAt == null) {
            throw new ConflictException("dispatch plan " + found.id + " is not published yet");
        }
        solves.stopAndWait(found.id);
        Instant at = proof == null || proof.at() == null ? Instant.now(clock) : proof.at();
        Stop[] marked = new Stop[1];
        DispatchPlanDocument plan = store.update(found.id, p -> {
            VanPlan van = p.vans.stream().filter(v -> v.stops.stream().anyMatch(s -> s.id.equals(stopId))).findFirst()
                    .orElseThrow(() -> new ConflictException("stop " + stopId + " is not on a van"));
            List<Stop> stops = van.stops;
            int index = indexOf(stops, stopId);
            Stop stop = stops.get(index);
            if (done) {
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
                    if (!"DONE".equals(stops.get(k).status)) {
                        throw new ConflictException("stop " + stops.get(k).id + " comes before " + stopId
                                + " on van " + van.vanCode + " and is not done");
                    }
                }
                stop.status = "ARRIVED";
                stop.arrivedAt = at;
            }
            marked[0] = stop;
        });
        Stop stop = marked[0];
        if (done) {
            if ("PICKUP".equals(stop.kind)) {
                requests.changeStatus(stop.requestId, List.of(TransportStatus.PLANNED), TransportStatus.IN_PROGRESS);
            } else {
                requests.changeStatus(stop.requestId, List.of(TransportStatus.IN_PROGRESS), TransportStatus.DONE);
            }
        }
        return PlanViews.stop(stop, plan.date.atStartOfDay(ZoneId.of(plan.zone)).toInstant());
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
