package cn.xixian.alliance.ui.technical;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.grading.GradingTable;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.registry.Technician;
import cn.xixian.alliance.core.registry.TechnicianService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.technical.TechnicalCoverage;
import cn.xixian.alliance.core.technical.TechnicalService;
import cn.xixian.alliance.core.technical.Training;
import cn.xixian.alliance.core.web.Pages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The technical group's page (农技 · 优培): technicians and their demo households, the season's coverage of the
 * demo households (technical.js from the coverage API), field visits and trainings recorded through the API, the
 * grading standard read-only. Cooperatives see their own households' visits and trainings on their own page.
 */
@Controller
class TechnicalPageController {

    static final int RECENT = 20;

    private final TechnicianService technicians;
    private final MemberService members;
    private final TechnicalService technical;
    private final TechnicalCoverage coverage;
    private final GradingTable gradingTable;
    private final CurrentUser currentUser;
    private final HouseholdService households;
    private final Clock clock;

    TechnicalPageController(TechnicianService technicians, MemberService members, TechnicalService technical,
            TechnicalCoverage coverage, GradingTable gradingTable, CurrentUser currentUser, HouseholdService households,
            Optional<Clock> clock) {
        this.households = households;
        this.technicians = technicians;
        this.members = members;
        this.technical = technical;
        this.coverage = coverage;
        this.gradingTable = gradingTable;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    record GradeRow(Grade grade, Object minFruitWeightG, Object minBrix) {
    }

    record TrainingRow(LocalDate date, String topic, String technicians, String location, int attendees) {
    }

    @GetMapping("/technical")
    @PreAuthorize("hasRole('COORDINATOR')")
    String page(@RequestParam(required = false) Integer season, Model model) {
        int year = season == null ? LocalDate.now(clock).getYear() : season;
        List<Technician> all = technicians.list(null, Pages.of(0, Pages.MAX_SIZE, "code")).items();
        Map<String, String> names = all.stream().collect(Collectors.toMap(Technician::id, Technician::name));
        List<Member> villages = members.search(MemberKind.VILLAGE, null, Pages.of(0, Pages.MAX_SIZE, "code")).items();
        var thresholds = gradingTable.thresholds();
        List<Training> trainings = technical.trainings(year, null, null,
                Pages.of(0, RECENT, Sort.by(Sort.Direction.DESC, "date", "_id"))).items();
        model.addAttribute("season", year);
        model.addAttribute("technicians", all);
        model.addAttribute("villages", villages);
        model.addAttribute("grades", Arrays.stream(Grade.values()).map(g -> new GradeRow(g,
                thresholds.get(g) == null ? null : thresholds.get(g).minFruitWeightG(),
                thresholds.get(g) == null ? null : thresholds.get(g).minBrix())).toList());
        model.addAttribute("trainings", trainings.stream().map(t -> new TrainingRow(t.date(), t.topic(),
                t.technicianIds().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining("、")),
                t.location(), t.attendeeCount())).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "technical";
    }

    /** The visits to a cooperative's households and the trainings they attended (its own page shows them). */
    @GetMapping("/technical/cooperatives/{code}/activity")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
    @ResponseBody
    Map<String, Object> activity(@PathVariable String code) {
        Member cooperative = members.require("code", code, MemberKind.COOPERATIVE);
        currentUser.checkCooperative(cooperative.id());
        TechnicalCoverage.Activity activity = coverage.activityOf(cooperative.id(), RECENT);
        Map<String, String> names = technicians.list(null, Pages.of(0, Pages.MAX_SIZE, "code")).items().stream()
                .collect(Collectors.toMap(Technician::id, Technician::name, (a, b) -> a));
        Map<String, String> householdNames = households.findAll(activity.visits().stream().map(v -> v.householdId())
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(h -> h.id(), h -> h.code() + " " + h.name()));
        return Map.of(
                "visits", activity.visits().stream().map(v -> Map.of("date", v.date().toString(),
                        "household", householdNames.getOrDefault(v.householdId(), v.householdId()), "technician", names.getOrDefault(v.technicianId(), v.technicianId()),
                        "findings", v.findings(), "advice", v.advice())).toList(),
                "trainings", activity.trainings().stream().map(t -> Map.of("date", t.date().toString(),
                        "topic", t.topic(), "location", t.location() == null ? "" : t.location(),
                        "attendees", t.attendeeCount())).toList());
    }

}
