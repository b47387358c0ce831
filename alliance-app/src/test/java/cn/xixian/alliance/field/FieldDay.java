package cn.xixian.alliance.field;

import static org.awaitility.Awaitility.await;

import cn.xixian.alliance.logistics.dispatch.DispatchPlanView;
import cn.xixian.alliance.logistics.dispatch.DispatchService;
import cn.xixian.alliance.logistics.dispatch.VanRouteView;
import cn.xixian.alliance.logistics.fleet.FleetService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The demo county's published dispatch plan of its season day, planned and published here when there is none yet. */
public final class FieldDay {

    /** The demo fleet's day of transport requests. */
    public static final LocalDate DAY = LocalDate.of(2026, 9, 10);

    private FieldDay() {
    }

    public static synchronized DispatchPlanView published(DispatchService dispatch) {
        Optional<DispatchPlanView> plan = dispatch.published(DAY);
        if (plan.isPresent()) {
            return plan.get();
        }
        String id = dispatch.create(DAY).id();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> !"SOLVING".equals(dispatch.get(id).status()));
        return dispatch.publish(id);
    }

    /** Vans of the plan whose first {@code n} stops are all still planned (untouched by other tests), most stops first. */
    public static List<VanRouteView> untouchedVans(DispatchPlanView plan, int n) {
        return plan.vans().stream().filter(v -> v.driverId() != null && v.stops().size() >= n)
                .filter(v -> v.stops().stream().allMatch(s -> "PLANNED".equals(s.status())))
                .sorted((a, b) -> b.stops().size() - a.stops().size()).toList();
    }

    /** The demo login of a van's driver: DRV-07 signs in as driver-07. */
    public static String login(FleetService fleet, VanRouteView van) {
        return "driver-" + fleet.driver(van.driverId()).code().substring("DRV-".length());
    }
}
