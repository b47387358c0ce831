package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.Stop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;

/** Stored plan to board view: seconds after the plan day's midnight become instants, grams kilograms. */
final class PlanViews {

    private PlanViews() {
    }

    static DispatchPlanView of(DispatchPlanDocument plan) {
        Instant midnight = plan.date.atStartOfDay(ZoneId.of(plan.zone)).toInstant();
        return new DispatchPlanView(plan.id, plan.date, plan.status, plan.score, plan.feasible, plan.explanation,
                plan.vans.stream().map(van -> new VanRouteView(van.vanId, van.vanCode, van.driverId, van.driverName,
                        Weights.kg(van.capacityGrams), van.refrigerated, van.outOfService,
                        BigDecimal.valueOf(van.distanceMeters / 1000).setScale(1, RoundingMode.HALF_UP),
                        van.stops.stream().map(stop -> stop(stop, midnight)).toList(),
                        van.depotName, van.depotLat, van.depotLon)).toList(),
                plan.pending.stream().map(stop -> stop(stop, midnight)).toList(),
                plan.unplanned.stream().map(u -> new DispatchPlanView.Unplanned(u.requestId, u.reason)).toList(),
                plan.notes, plan.publishedAt);
    }

    static StopView stop(Stop stop, Instant midnight) {
        return new StopView(stop.id, stop.requestId, stop.kind, stop.placeName, stop.lat, stop.lon,
                midnight.plusSeconds(stop.windowStart), midnight.plusSeconds(stop.windowEnd),
                stop.eta == null ? null : midnight.plusSeconds(stop.eta), Weights.kg(stop.weightGrams),
                Weights.kg(stop.loadAfterGrams), stop.latenessSeconds / 60.0, stop.refrigerated, stop.urgent,
                stop.status, stop.arrivedAt, stop.doneAt, stop.signer);
    }
}
