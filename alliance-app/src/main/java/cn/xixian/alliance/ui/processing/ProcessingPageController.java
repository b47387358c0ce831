package cn.xixian.alliance.ui.processing;

import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.processing.GradingRun;
import cn.xixian.alliance.core.processing.GradingRunService;
import cn.xixian.alliance.core.processing.ProcessingProperties;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.web.Pages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The processing group's page (加工 · 优加): grading runs recorded through the API with the mass balance checked
 * while typing (the tolerance is the server's own {@code alliance.processing.balance-tolerance-kg}), the graded lots
 * each run made with their trace and label, and the season's yield per grade (processing.js).
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ProcessingPageController {

    static final int RECENT = 20;
    static final int LOTS = 50;

    private final MemberService members;
    private final HarvestLotService harvestLots;
    private final GradingRunService runs;
    private final ProcessingProperties properties;
    private final Clock clock;

    ProcessingPageController(MemberService members, HarvestLotService harvestLots, GradingRunService runs,
            ProcessingProperties properties, Optional<Clock> clock) {
        this.members = members;
        this.harvestLots = harvestLots;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/processing")
    String page(@RequestParam(required = false) Integer season, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Member> processors = members.search(MemberKind.PROCESSOR, null, Pages.of(0, Pages.MAX_SIZE, "code")).items();
        List<Member> cooperatives = members.search(MemberKind.COOPERATIVE, null, Pages.of(0, Pages.MAX_SIZE, "code")).items();
        Map<String, String> processorNames = processors.stream().collect(Collectors.toMap(Member::id, Member::name));
        List<GradingRun> recent = runs.search(null, null,
                Pages.of(0, RECENT, Sort.by(Sort.Direction.DESC, "date", "createdAt", "_id"))).items();
        model.addAttribute("season", season == null ? today.getYear() : season);
        model.addAttribute("today", today);
        model.addAttribute("processors", processors);
        model.addAttribute("cooperatives", cooperatives);
        model.addAttribute("processorNames", processorNames);
        model.addAttribute("toleranceKg", properties.balanceToleranceKg().toPlainString());
        model.addAttribute("runs", recent);
        return "processing";
    }

    /** A lot that can still go into a run: what it weighs and what no run has taken yet. */
    record LotChoice(String id, String householdId, LocalDate pickDate, BigDecimal weightKg, BigDecimal remainingKg,
            String grade) {
    }

    /** A cooperative's harvest lots picked on a day (its newest when no day is given) with kilograms left to grade. */
    @GetMapping("/processing/lots")
    @ResponseBody
    List<LotChoice> lots(@RequestParam String cooperativeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pickDate) {
        List<HarvestLot> found = harvestLots.search(new HarvestLotService.Filter(cooperativeId, null, null, pickDate,
                pickDate, null), Pages.of(0, LOTS, Sort.by(Sort.Direction.DESC, "pickDate", "_id"))).items();
        return found.stream().map(l -> new LotChoice(l.id(), l.householdId(), l.pickDate(), l.weightKg(),
                        runs.remainingKg(l), l.grade() == null ? null : l.grade().name()))
                .filter(l -> l.remainingKg().signum() > 0).toList();
    }
}
