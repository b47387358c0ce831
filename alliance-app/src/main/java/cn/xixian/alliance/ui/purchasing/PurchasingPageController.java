package cn.xixian.alliance.ui.purchasing;

import cn.xixian.alliance.core.purchasing.InputNeed;
import cn.xixian.alliance.core.purchasing.InputNeedService;
import cn.xixian.alliance.core.purchasing.PurchaseOrder;
import cn.xixian.alliance.core.purchasing.PurchaseOrderService;
import cn.xixian.alliance.core.purchasing.SupplierService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * The purchasing group (采购, coordinator; a cooperative records and reads only its own needs, through the API, which
 * scopes them): a season's input needs per cooperative and village, the suppliers, the bulk orders with their per-village deliveries (the transport requests and their
 * status) and the saving against retail prices per village and per household. Writes go through the API
 * (purchasing.js).
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class PurchasingPageController {

    static final int PAGE_SIZE = 50;

    private final InputNeedService needs;
    private final PurchaseOrderService orders;
    private final SupplierService suppliers;
    private final TransportRequestService transport;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final Clock clock;

    PurchasingPageController(InputNeedService needs, PurchaseOrderService orders, SupplierService suppliers,
            TransportRequestService transport, MemberService members, CurrentUser currentUser, Optional<Clock> clock) {
        this.needs = needs;
        this.orders = orders;
        this.suppliers = suppliers;
        this.transport = transport;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One village's part of the savings: what its households paid at group prices, at retail, and saved. */
    public record VillageSaving(String village, BigDecimal group, BigDecimal retail, BigDecimal saving) {
    }

    /** One village delivery of an order with the status of the transport request that carries it. */
    public record Delivery(String orderId, String village, BigDecimal weightKg, LocalDate wantedBy, String requestId,
            String status) {
    }

    @GetMapping("/purchasing")
    String purchasing(@RequestParam(required = false) Integer season, @RequestParam(defaultValue = "0") int page,
            Model model) {
        int shown = season == null ? LocalDate.now(clock).getYear() + 1 : season; // needs are for next spring
        boolean coordinator = currentUser.confinedToCooperative().isEmpty();
        PageResponse<InputNeed> found = needs.search(new InputNeedService.Filter(shown, null, null, null, null, null),
                Pages.of(page, PAGE_SIZE, "wantedBy", "_id"));
        Map<String, String> names = new HashMap<>();
        model.addAttribute("season", shown);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("needs", found.items());
        model.addAttribute("needsTotal", found.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("names", names);
        found.items().forEach(n -> name(names, n.villageId()));
        if (coordinator) {
            List<PurchaseOrder> placed = orders.search(shown, null, Pages.of(0, 100, "createdAt", "_id")).items();
            model.addAttribute("suppliers", suppliers.list(Pages.of(0, 200, "code")).items());
            model.addAttribute("orders", placed);
            model.addAttribute("deliveries", deliveries(placed, names));
            model.addAttribute("villageSavings", villageSavings(placed, names));
            model.addAttribute("householdSavings", placed.stream().flatMap(o -> o.households().stream())
                    .sorted(Comparator.comparing(PurchaseOrder.HouseholdShare::saving).reversed()).limit(20).toList());
        }
        return "purchasing";
    }

    private List<Delivery> deliveries(List<PurchaseOrder> placed, Map<String, String> names) {
        List<Delivery> all = new ArrayList<>();
        for (PurchaseOrder o : placed) {
            for (PurchaseOrder.VillageDelivery v : o.villages() == null ? List.<PurchaseOrder.VillageDelivery>of() : o.villages()) {
                String status = v.transportRequestId() == null ? null : transport.find(v.transportRequestId())
                        .map(TransportRequest::status).map(Enum::name).orElse(null);
                all.add(new Delivery(o.id(), name(names, v.villageId()), v.weightKg(), v.wantedBy(),
                        v.transportRequestId(), status));
            }
        }
        return all;
    }

    private List<VillageSaving> villageSavings(List<PurchaseOrder> placed, Map<String, String> names) {
        Map<String, BigDecimal[]> byVillage = new LinkedHashMap<>();
        placed.stream().flatMap(o -> o.households().stream()).forEach(h -> {
            BigDecimal[] sums = byVillage.computeIfAbsent(h.villageId(),
                    v -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(h.groupAmount());
            sums[1] = sums[1].add(h.retailAmount());
            sums[2] = sums[2].add(h.saving());
        });
        return byVillage.entrySet().stream()
                .map(e -> new VillageSaving(name(names, e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparing(VillageSaving::saving).reversed()).toList();
    }

    private String name(Map<String, String> names, String memberId) {
        return memberId == null ? "" : names.computeIfAbsent(memberId,
                id -> members.find(id).map(Member::name).orElse(id));
    }
}
