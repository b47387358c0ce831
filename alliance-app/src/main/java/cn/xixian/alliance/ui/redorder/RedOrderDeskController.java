package cn.xixian.alliance.ui.redorder;

import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.redorder.RedOrderStatus;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The red-order desk (红色订单, coordinator): the filtered list with its totals and paging, signing, the season
 * roll-over and the year-end settlement (the last three through the API from red-orders.js); a contract's page with
 * its timeline and actions; a statement's A4 print view. Cooperatives read their contracts on their own page.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class RedOrderDeskController {

    static final int PAGE_SIZE = 25;

    private final RedOrderService orders;
    private final MemberService members;
    private final HouseholdService households;
    private final Clock clock;

    RedOrderDeskController(RedOrderService orders, MemberService members, HouseholdService households,
            Optional<Clock> clock) {
        this.orders = orders;
        this.members = members;
        this.households = households;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/red-orders")
    String desk(@RequestParam(required = false) Integer season, @RequestParam(required = false) String cooperativeId,
            @RequestParam(required = false) String villageId, @RequestParam(required = false) RedOrderStatus status,
            @RequestParam(defaultValue = "false") boolean povertyOnly, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = season == null ? LocalDate.now(clock).getYear() : season;
        var filter = new RedOrderService.Filter(null, blank(cooperativeId), shown, status, blank(villageId), povertyOnly, blank(q));
        PageResponse<RedOrder> found = orders.search(filter, Pages.of(page, PAGE_SIZE,
                Sort.by("householdCode", "_id")));
        model.addAttribute("season", shown);
        model.addAttribute("cooperativeId", blank(cooperativeId));
        model.addAttribute("villageId", blank(villageId));
        model.addAttribute("status", status == null ? null : status.name());
        model.addAttribute("povertyOnly", povertyOnly);
        model.addAttribute("q", blank(q));
        model.addAttribute("contracts", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("totals", orders.totals(filter));
        model.addAttribute("cooperatives", members(MemberKind.COOPERATIVE));
        model.addAttribute("villages", members(MemberKind.VILLAGE));
        model.addAttribute("names", new Names(members));
        return "red-orders";
    }

    @GetMapping("/red-orders/{id}")
    String contract(@PathVariable String id, Model model) {
        RedOrder order = orders.get(id);
        model.addAttribute("order", order);
        model.addAttribute("statement", orders.statement(id));
        model.addAttribute("timeline", order.history().stream()
                .sorted(Comparator.comparing(RedOrder.Event::at)).toList());
        model.addAttribute("names", new Names(members));
        return "red-order";
    }

    @GetMapping("/red-orders/{id}/print")
    String print(@PathVariable String id, Model model) {
        RedOrder order = orders.get(id);
        model.addAttribute("statement", orders.statement(id));
        model.addAttribute("village", households.find(order.householdId()).map(h -> new Names(members).of(h.villageId()))
                .orElse(""));
        model.addAttribute("names", new Names(members));
        return "red-order-print";
    }

    private List<Member> members(MemberKind kind) {
        return members.search(kind, null, Pages.of(0, Pages.MAX_SIZE, "code")).items();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Member names for the templates, looked up once per id. */
    public static final class Names {
        private final MemberService members;
        private final java.util.Map<String, String> known = new java.util.HashMap<>();

        Names(MemberService members) {
            this.members = members;
        }

        public String of(String id) {
            return id == null ? "" : known.computeIfAbsent(id, i -> members.find(i).map(Member::name).orElse(i));
        }
    }
}
