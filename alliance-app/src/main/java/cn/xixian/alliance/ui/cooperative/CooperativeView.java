package cn.xixian.alliance.ui.cooperative;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotLimits;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.redorder.Statement;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.registry.Orchard;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the cooperative page shows, read through the services with the cooperative's id: the services scope
 * every list to it (and refuse a cooperative user another cooperative's), so nothing of another cooperative
 * reaches the page.
 */
@Component
class CooperativeView {

    static final int RECENT_LOTS = 20;
    /** Far above a cooperative's contracts (the demo has about a dozen); the page shows them all at once. */
    private static final int CONTRACTS = 500;

    private final MemberService members;
    private final HouseholdService households;
    private final HarvestLotService lots;
    private final RedOrderService redOrders;
    private final CurrentUser currentUser;

    CooperativeView(MemberService members, HouseholdService households, HarvestLotService lots,
            RedOrderService redOrders, CurrentUser currentUser) {
        this.members = members;
        this.households = households;
        this.lots = lots;
        this.redOrders = redOrders;
        this.currentUser = currentUser;
    }

    /**
     * The cooperative a page is about, by code (or id). A cooperative user naming any other is refused (403)
     * before we say whether it exists; an unknown one is 404.
     */
    Member cooperative(String code) {
        var member = members.find(code).filter(m -> m.kind() == MemberKind.COOPERATIVE);
        currentUser.checkCooperative(member.map(Member::id).orElse(code));
        return member.orElseThrow(() -> new NotFoundException("cooperative", code));
    }

    List<Household> households(Member cooperative) {
        return households.search(new HouseholdService.Filter(cooperative.id(), null, null, null, null),
                Pages.of(0, Pages.MAX_SIZE, "code", "_id")).items();
    }

    void fill(Member cooperative, Model model) {
        List<Household> own = households(cooperative);
        model.addAttribute("cooperative", cooperative);
        model.addAttribute("households", own);
        model.addAttribute("orchards", own.stream().collect(Collectors.toMap(Household::id,
                h -> h.orchards() == null ? "" : h.orchards().stream().map(Orchard::code).collect(Collectors.joining(",")))));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("limits", HarvestLotLimits.LIMITS);
        fillLots(cooperative, own, model);
        List<RedOrder> contracts = redOrders.search(new RedOrderService.Filter(null, cooperative.id(), null, null),
                Pages.of(0, CONTRACTS, Sort.by(Sort.Direction.DESC, "season").and(Sort.by("householdCode", "_id"))))
                .items();
        model.addAttribute("contracts", contracts);
        // One statement per contract: settled ones as paid, active ones provisional at today's prices.
        List<Statement> statements = contracts.stream().map(c -> redOrders.statement(c.id())).toList();
        model.addAttribute("statements", statements);
    }

    void fillLots(Member cooperative, Model model) {
        fillLots(cooperative, households(cooperative), model);
    }

    private void fillLots(Member cooperative, List<Household> own, Model model) {
        PageResponse<HarvestLot> recent = lots.search(
                new HarvestLotService.Filter(cooperative.id(), null, null, null, null, null),
                Pages.of(0, RECENT_LOTS, Sort.by(Sort.Direction.DESC, "createdAt", "_id")));
        Map<String, String> names = new LinkedHashMap<>();
        own.forEach(h -> names.put(h.id(), h.code() + " " + h.name()));
        model.addAttribute("cooperative", cooperative);
        model.addAttribute("lots", recent.items());
        model.addAttribute("lotsTotal", recent.total());
        model.addAttribute("householdNames", names);
    }
}
