package cn.xixian.alliance.logistics.dispatch.planning.solver;

import cn.xixian.alliance.logistics.dispatch.planning.Shadows;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.RoadMatrix;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.domain.VisitKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** Each constraint once penalised and once not. Locations 0 (depot), 1 and 2 on a line, 10 apart; time = distance. */
class DispatchConstraintProviderTest {

    private static final double[][] LINE = {{0, 10, 20}, {10, 0, 10}, {20, 10, 0}};
    private static final RoadMatrix MATRIX = new RoadMatrix(LINE, LINE);

    private final ConstraintVerifier<DispatchConstraintProvider, DispatchSolution> verifier =
            ConstraintVerifier.build(new DispatchConstraintProvider(), DispatchSolution.class, Vehicle.class, Visit.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static Vehicle van(String id, long capacity, boolean cold, double latestReturn, Visit... visits) {
        Vehicle van = new Vehicle(id, capacity, cold, 0, 0, 0, latestReturn, MATRIX);
        van.getVisits().addAll(List.of(visits));
        return van;
    }

    private static Visit drop(String id, int location, long demand, double ready, double due) {
        return new Visit(id, location, VisitKind.DROP, demand, ready, due, 5, false);
    }

    /** Routes the visits on the vans and computes arrivals, as the solver's listeners would. */
    private static Vehicle[] routed(Vehicle... vans) {
        List<Visit> visits = new ArrayList<>();
        for (Vehicle van : vans) {
            visits.addAll(van.getVisits());
        }
        Shadows.refresh(new DispatchSolution(MATRIX, List.of(vans), visits));
        return vans;
    }

    @Test
    void vanCapacity() {
        Vehicle full = routed(van("V1", 10, false, 1000, drop("a", 1, 6, 0, 100), drop("b", 2, 7, 0, 100)))[0];
        verifier.verifyThat(DispatchConstraintProvider::vanCapacity).given(full).penalizesBy(3);
        Vehicle fits = routed(van("V2", 13, false, 1000, drop("c", 1, 6, 0, 100), drop("d", 2, 7, 0, 100)))[0];
        verifier.verifyThat(DispatchConstraintProvider::vanCapacity).given(fits).penalizesBy(0);
    }

    @Test
    void timeWindowPenalisesLatenessNotWaiting() {
        Visit late = drop("late", 2, 1, 0, 15);
        routed(van("V1", 10, false, 1000, late));
        // arrives at 20, due 15: 5 late, in thousandths
        verifier.verifyThat(DispatchConstraintProvider::timeWindow).given(late).penalizesBy(5000);
        Visit early = drop("early", 1, 1, 50, 60);
        routed(van("V2", 10, false, 1000, early));
        verifier.verifyThat(DispatchConstraintProvider::timeWindow).given(early).penalizesBy(0);
    }

    @Test
    void shiftEnd() {
        Vehicle overtime = routed(van("V1", 10, false, 40, drop("a", 2, 1, 0, 100)))[0];
        // out 20, service 5, back 20 later: 45 > 40
        verifier.verifyThat(DispatchConstraintProvider::shiftEnd).given(overtime).penalizesBy(5000);
        Vehicle inTime = routed(van("V2", 10, false, 45, drop("b", 2, 1, 0, 100)))[0];
        verifier.verifyThat(DispatchConstraintProvider::shiftEnd).given(inTime).penalizesBy(0);
    }

    @Test
    void pickupBeforeDeliveryOnOneVan() {
        Visit pickup = new Visit("p", 1, VisitKind.PICKUP, 3, 0, 100, 5, false);
        Visit delivery = new Visit("d", 2, VisitKind.DELIVERY, 3, 0, 100, 5, false);
        Visit.pair(pickup, delivery);
        routed(van("V1", 10, false, 1000, delivery, pickup));
        verifier.verifyThat(DispatchConstraintProvider::pickupBeforeDelivery).given(pickup, delivery).penalizesBy(1_000_000);
        routed(van("V1", 10, false, 1000, pickup), van("V2", 10, false, 1000, delivery));
        verifier.verifyThat(DispatchConstraintProvider::pickupBeforeDelivery).given(pickup, delivery).penalizesBy(1_000_000);
        routed(van("V1", 10, false, 1000, pickup, delivery));
        verifier.verifyThat(DispatchConstraintProvider::pickupBeforeDelivery).given(pickup, delivery).penalizesBy(0);
    }

    @Test
    void deliveryOfALoadAlreadyOnBoardStaysOnThatVan() {
        Vehicle carrier = van("V1", 10, false, 1000);
        Visit delivery = new Visit("d", 2, VisitKind.DELIVERY, 3, 0, 100, 5, false);
        delivery.setRequiredVehicle(carrier);
        routed(carrier, van("V2", 10, false, 1000, delivery));
        verifier.verifyThat(DispatchConstraintProvider::pickupBeforeDelivery).given(delivery).penalizesBy(1_000_000);
        carrier.getVisits().add(delivery);
        routed(carrier);
        verifier.verifyThat(DispatchConstraintProvider::pickupBeforeDelivery).given(delivery).penalizesBy(0);
    }

    @Test
    void refrigeration() {
        Visit chilled = new Visit("c", 1, VisitKind.DROP, 1, 0, 100, 5, true);
        routed(van("V1", 10, false, 1000, chilled));
        verifier.verifyThat(DispatchConstraintProvider::refrigeration).given(chilled).penalizesBy(1_000_000);
        routed(van("V2", 10, true, 1000, chilled));
        verifier.verifyThat(DispatchConstraintProvider::refrigeration).given(chilled).penalizesBy(0);
    }

    @Test
    void vanOutOfService() {
        Visit stop = drop("a", 1, 1, 0, 100);
        Vehicle broken = routed(van("V1", 10, false, 1000, stop))[0];
        broken.setOutOfService(true);
        verifier.verifyThat(DispatchConstraintProvider::vanOutOfService).given(stop).penalizesBy(1_000_000);
        broken.setOutOfService(false);
        verifier.verifyThat(DispatchConstraintProvider::vanOutOfService).given(stop).penalizesBy(0);
    }

    @Test
    void vansUsedCountsVansWithStopsOrHistory() {
        Vehicle[] vans = routed(van("V1", 10, false, 1000, drop("a", 1, 1, 0, 100)), van("V2", 10, false, 1000),
                van("V3", 10, false, 1000).withHistory(2, 0));
        verifier.verifyThat(DispatchConstraintProvider::vansUsed).given((Object[]) vans).penalizesBy(2);
        verifier.verifyThat(DispatchConstraintProvider::vansUsed).given(van("V4", 10, false, 1000)).penalizesBy(0);
    }

    @Test
    void travelDistance() {
        Vehicle out = routed(van("V1", 10, false, 1000, drop("a", 1, 1, 0, 100), drop("b", 2, 1, 0, 100)))[0];
        // 0 → 1 → 2 → 0 = 10 + 10 + 20
        verifier.verifyThat(DispatchConstraintProvider::travelDistance).given(out).penalizesBy(40_000);
        verifier.verifyThat(DispatchConstraintProvider::travelDistance).given(van("V2", 10, false, 1000)).penalizesBy(0);
    }
}
