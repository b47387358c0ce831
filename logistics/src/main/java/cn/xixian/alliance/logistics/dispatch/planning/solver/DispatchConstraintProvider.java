package cn.xixian.alliance.logistics.dispatch.planning.solver;

import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.domain.VisitKind;
import cn.xixian.alliance.logistics.dispatch.planning.solver.justifications.DistanceJustification;
import cn.xixian.alliance.logistics.dispatch.planning.solver.justifications.LatenessJustification;
import cn.xixian.alliance.logistics.dispatch.planning.solver.justifications.OutOfServiceJustification;
import cn.xixian.alliance.logistics.dispatch.planning.solver.justifications.OvertimeJustification;
import cn.xixian.alliance.logistics.dispatch.planning.solver.justifications.PairingJustification;
import cn.xixian.alliance.logistics.dispatch.planning.solver.justifications.RefrigerationJustification;
import cn.xixian.alliance.logistics.dispatch.planning.solver.justifications.VanCapacityJustification;
import cn.xixian.alliance.logistics.dispatch.planning.solver.justifications.VanUsedJustification;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * Vans first: hard constraints make a plan drivable, the medium level counts vans, the soft level
 * is distance (thousandths of the matrix unit). Windows are hard: a van may wait, never be late.
 */
public class DispatchConstraintProvider implements ConstraintProvider {

    public static final String VAN_CAPACITY = "Van capacity";
    public static final String TIME_WINDOW = "Service starts within the time window";
    public static final String SHIFT_END = "Back before the shift ends";
    public static final String PICKUP_BEFORE_DELIVERY = "Pickup and delivery on one van, pickup first";
    public static final String REFRIGERATION = "Refrigerated loads on refrigerated vans";
    public static final String VAN_OUT_OF_SERVICE = "No stops on a broken-down van";
    public static final String VANS_USED = "Vans used";
    public static final String TRAVEL_DISTANCE = "Travel distance";

    /** Distances and times are fractional; the score counts thousandths. */
    static final double SCALE = 1000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                vanCapacity(factory),
                timeWindow(factory),
                shiftEnd(factory),
                pickupBeforeDelivery(factory),
                refrigeration(factory),
                vanOutOfService(factory),
                vansUsed(factory),
                travelDistance(factory)
        };
    }

    Constraint vanCapacity(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(van -> van.overload() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Vehicle::overload)
                .justifyWith((van, score) -> new VanCapacityJustification(van.getId(), van.overload()))
                .asConstraint(VAN_CAPACITY);
    }

    Constraint timeWindow(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.lateness() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, visit -> scaled(visit.lateness()))
                .justifyWith((visit, score) -> new LatenessJustification(visit.getId(), visit.getVehicle().getId(),
                        visit.lateness()))
                .asConstraint(TIME_WINDOW);
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(van -> van.overtime() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, van -> scaled(van.overtime()))
                .justifyWith((van, score) -> new OvertimeJustification(van.getId(), van.overtime()))
                .asConstraint(SHIFT_END);
    }

    /**
     * Each pickup is joined with its delivery (a delivery bound to a van, with itself), so a move of either
     * visit re-evaluates the pair. A plain filter on the pickup that reads its partner's van and index is
     * not incremental: moving only the delivery to another van left the pickup's match stale, and local
     * search took the split plan as a new best with 0hard.
     */
    Constraint pickupBeforeDelivery(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.getRequiredVehicle() != null
                        || (visit.getKind() == VisitKind.PICKUP && visit.getPartner() != null))
                .join(Visit.class, Joiners.equal(
                        (Visit visit) -> visit.getRequiredVehicle() != null ? visit : visit.getPartner(),
                        (Visit other) -> other))
                .filter((visit, other) -> visit.breaksPairing())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (visit, other) -> 1_000_000L)
                .justifyWith((visit, other, score) -> new PairingJustification(visit.getId(), visit.getVehicle().getId()))
                .asConstraint(PICKUP_BEFORE_DELIVERY);
    }

    Constraint refrigeration(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::onWrongVan)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, visit -> 1_000_000L)
                .justifyWith((visit, score) -> new RefrigerationJustification(visit.getId(), visit.getVehicle().getId()))
                .asConstraint(REFRIGERATION);
    }

    Constraint vanOutOfService(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.getVehicle() != null && visit.getVehicle().isOutOfService())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, visit -> 1_000_000L)
                .justifyWith((visit, score) -> new OutOfServiceJustification(visit.getId(), visit.getVehicle().getId()))
                .asConstraint(VAN_OUT_OF_SERVICE);
    }

    Constraint vansUsed(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(Vehicle::isUsed)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, van -> 1L)
                .justifyWith((van, score) -> new VanUsedJustification(van.getId()))
                .asConstraint(VANS_USED);
    }

    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(van -> !van.getVisits().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, van -> Math.round(van.distance() * SCALE))
                .justifyWith((van, score) -> new DistanceJustification(van.getId(), van.distance()))
                .asConstraint(TRAVEL_DISTANCE);
    }

    /** Any lateness at all costs at least one point, so a plan a hair late is never called feasible. */
    static long scaled(double amount) {
        return Math.max(1, (long) Math.ceil(amount * SCALE));
    }
}
