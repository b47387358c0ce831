package cn.xixian.alliance.logistics.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.logistics.LogisticsFixtures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Urgent requests and breakdowns reach the solver as problem changes; started and done stops never move. */
@SpringBootTest
class ReplanningIT {

    @Autowired
    LogisticsFixtures fixtures;
    @Autowired
    DispatchTestData data;
    @Autowired
    DispatchService dispatch;
    @Autowired
    StopService stops;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        data.vans();
    }

    private DispatchPlanView finished(String id) {
        return await("plan " + id + " done solving").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> dispatch.get(id), plan -> !"SOLVING".equals(plan.status()));
    }

    private static List<String> stopIds(VanRouteView van) {
        return van.stops().stream().map(StopView::id).toList();
    }

    @Test
    void anUrgentRequestJoinsTheRunningSolve() throws Exception {
        data.requests(8, 2);
        DispatchPlanView plan = dispatch.create(DispatchTestData.DAY);
        TransportRequest urgent = data.submit("urgent-1", 200, true);
        dispatch.change(plan.id(), new PlanChangeRequest(PlanChangeRequest.Type.URGENT_REQUEST, urgent.id(), null));
        DispatchPlanView solved = finished(plan.id());
        assertThat(solved.feasible()).isTrue();
        assertThat(solved.pending()).isEmpty();
        assertThat(solved.vans().stream().flatMap(v -> v.stops().stream()).map(StopView::id))
                .contains(urgent.id() + "-P", urgent.id() + "-D");
    }

    @Test
    void startedAndDoneStopsStayPutThroughAnUrgentRequestAndABreakdown() throws Exception {
        data.requests(12, 3);
        DispatchPlanView plan = finished(dispatch.create(DispatchTestData.DAY).id());
        dispatch.publish(plan.id());
        VanRouteView busy = plan.vans().stream().filter(v -> v.stops().size() >= 3).findFirst().orElseThrow();
        List<String> before = stopIds(busy);
        stops.arrived(before.get(0), null);
        stops.done(before.get(0), new ProofOfDelivery(null, "李四"));
        stops.arrived(before.get(1), null);
        List<String> pinned = before.subList(0, 2);

        TransportRequest urgent = data.submit("urgent-2", 300, true);
        dispatch.change(plan.id(), new PlanChangeRequest(PlanChangeRequest.Type.URGENT_REQUEST, urgent.id(), null));
        DispatchPlanView afterUrgent = finished(plan.id());
        VanRouteView same = van(afterUrgent, busy.vanId());
        assertThat(stopIds(same).subList(0, 2)).isEqualTo(pinned);
        assertThat(same.stops().get(0).status()).isEqualTo("DONE");
        assertThat(same.stops().get(0).signer()).isEqualTo("李四");
        assertThat(same.stops().get(1).status()).isEqualTo("ARRIVED");
        assertThat(afterUrgent.vans().stream().flatMap(v -> v.stops().stream()).map(StopView::id))
                .contains(urgent.id() + "-P", urgent.id() + "-D");

        VanRouteView other = afterUrgent.vans().stream()
                .filter(v -> !v.vanId().equals(busy.vanId()) && !v.stops().isEmpty()).findFirst().orElseThrow();
        List<String> moved = stopIds(other);
        dispatch.change(plan.id(), new PlanChangeRequest(PlanChangeRequest.Type.VAN_BREAKDOWN, null, other.vanId()));
        DispatchPlanView afterBreakdown = finished(plan.id());
        assertThat(van(afterBreakdown, other.vanId()).outOfService()).isTrue();
        assertThat(van(afterBreakdown, other.vanId()).stops()).isEmpty();
        assertThat(afterBreakdown.pending()).isEmpty();
        assertThat(afterBreakdown.vans().stream().flatMap(v -> v.stops().stream()).map(StopView::id)).containsAll(moved);
        assertThat(stopIds(van(afterBreakdown, busy.vanId())).subList(0, 2)).isEqualTo(pinned);
        assertThat(afterBreakdown.status()).isEqualTo("PUBLISHED");
    }

    private static VanRouteView van(DispatchPlanView plan, String vanId) {
        return plan.vans().stream().filter(v -> v.vanId().equals(vanId)).findFirst().orElseThrow();
    }
}
