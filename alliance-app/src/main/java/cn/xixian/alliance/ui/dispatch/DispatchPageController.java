package cn.xixian.alliance.ui.dispatch;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.logistics.dispatch.DispatchPlanView;
import cn.xixian.alliance.logistics.dispatch.DispatchService;
import cn.xixian.alliance.logistics.fleet.FleetService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dispatch board (调度看板): the latest dispatch plan (or the one named by {@code ?plan=}), the day a new plan
 * would be for, and the places an urgent request may name. Routes, stops and the live re-plan are drawn by
 * {@code dispatch.js} from the logistics API.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER')")
class DispatchPageController {

    /** Where loads are picked up and dropped in the county: members with a place on the map. */
    static final List<MemberKind> PLACE_KINDS = List.of(MemberKind.COOPERATIVE, MemberKind.VILLAGE,
            MemberKind.PROCESSOR, MemberKind.SERVICE_STATION, MemberKind.LOGISTICS_FIRM);

    private final DispatchService dispatch;
    private final TransportRequestService requests;
    private final FleetService fleet;
    private final MemberService members;
    private final Clock clock;

    DispatchPageController(DispatchService dispatch, TransportRequestService requests, FleetService fleet,
            MemberService members, Optional<Clock> clock) {
        this.dispatch = dispatch;
        this.requests = requests;
        this.fleet = fleet;
        this.members = members;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/dispatch")
    String board(@RequestParam(required = false) String plan, Model model) {
        DispatchPlanView shown = plan == null || plan.isBlank() ? dispatch.latest().orElse(null) : dispatch.get(plan);
        OpenRequestDays days = OpenRequestDays.of(requests.all(TransportStatus.NEW), fleet.zone(),
                LocalDate.now(clock.withZone(fleet.zone())));
        model.addAttribute("plan", shown);
        model.addAttribute("days", days);
        model.addAttribute("zone", fleet.zone().getId());
        model.addAttribute("solveSeconds", dispatch.solveLimit().toSeconds());
        model.addAttribute("places", places());
        model.addAttribute("transportKinds", TransportKind.values());
        return "dispatch";
    }

    private Map<MemberKind, List<Member>> places() {
        Map<MemberKind, List<Member>> byKind = new LinkedHashMap<>();
        for (MemberKind kind : PLACE_KINDS) {
            List<Member> found = members.search(kind, null, Pages.of(0, Pages.MAX_SIZE, "code")).items().stream()
                    .filter(m -> m.lat() != 0 || m.lon() != 0).toList();
            if (!found.isEmpty()) {
                byKind.put(kind, found);
            }
        }
        return byKind;
    }
}
