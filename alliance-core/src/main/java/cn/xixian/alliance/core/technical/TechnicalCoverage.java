package cn.xixian.alliance.core.technical;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.registry.Orchard;
import cn.xixian.alliance.core.registry.Technician;
import cn.xixian.alliance.core.registry.TechnicianService;
import cn.xixian.alliance.core.technical.persistence.TechnicalStore;
import cn.xixian.alliance.core.web.Pages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * "Which demonstration households has no technician visited this season?": the demo households against the
 * season's field visits (coordinators; a household counts as visited after its first visit by anyone).
 */
@Service
public class TechnicalCoverage {

    private final HouseholdService households;
    private final TechnicianService technicians;
    private final MemberService members;
    private final TechnicalStore store;

    TechnicalCoverage(HouseholdService households, TechnicianService technicians, MemberService members,
            TechnicalStore store) {
        this.households = households;
        this.technicians = technicians;
        this.members = members;
        this.store = store;
    }

    /** What a cooperative sees of the technical group: the newest visits to its households and trainings they attended. */
    public record Activity(List<FieldVisit> visits, List<Training> trainings) {
    }

    /** The caller's access to the cooperative is checked by the caller. */
    public Activity activityOf(String cooperativeId, int limit) {
        Set<String> own = households.idsOfCooperative(cooperativeId);
        return new Activity(store.visitsOf(cooperativeId, limit),
                own.isEmpty() ? List.of() : store.trainingsAttendedBy(own, limit));
    }

    public Coverage coverage(int season) {
        List<Household> demo = households.demoHouseholds();
        List<FieldVisit> visits = store.visits(season, null);
        Set<String> visitedIds = visits.stream().map(FieldVisit::householdId).collect(Collectors.toSet());
        Map<String, Technician> techs = technicians.list(null, Pages.of(0, Pages.MAX_SIZE, "code")).items().stream()
                .collect(Collectors.toMap(Technician::id, Function.identity()));
        Map<String, Member> villages = members.search(MemberKind.VILLAGE, null, Pages.of(0, Pages.MAX_SIZE, "code"))
                .items().stream().collect(Collectors.toMap(Member::id, Function.identity()));

        Map<String, long[]> perTech = new LinkedHashMap<>();
        Map<String, long[]> perVillage = new LinkedHashMap<>();
        List<Coverage.NotVisited> notVisited = new ArrayList<>();
        long visited = 0;
        for (Household h : demo) {
            boolean seen = visitedIds.contains(h.id());
            visited += seen ? 1 : 0;
            count(perTech, h.technicianId() == null ? "" : h.technicianId(), seen);
            count(perVillage, h.villageId(), seen);
            if (!seen) {
                Technician t = techs.get(h.technicianId());
                Member v = villages.get(h.villageId());
                notVisited.add(new Coverage.NotVisited(h.id(), h.code(), h.name(), v == null ? null : v.name(),
                        h.technicianId(), t == null ? null : t.name()));
            }
        }
        notVisited.sort(Comparator.comparing(Coverage.NotVisited::code, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Coverage.Row> byTech = perTech.entrySet().stream().map(e -> {
            Technician t = techs.get(e.getKey());
            return new Coverage.Row(e.getKey(), t == null ? "" : t.code(), t == null ? "" : t.name(), e.getValue()[0],
                    e.getValue()[1]);
        }).sorted(Comparator.comparing(Coverage.Row::code)).toList();
        List<Coverage.Row> byVillage = perVillage.entrySet().stream().map(e -> {
            Member v = villages.get(e.getKey());
            return new Coverage.Row(e.getKey(), v == null ? "" : v.code(), v == null ? "" : v.name(), e.getValue()[0],
                    e.getValue()[1]);
        }).sorted(Comparator.comparing(Coverage.Row::code)).toList();
        return new Coverage(season, demo.size(), visited, byTech, byVillage, notVisited,
                points(visits, villages, techs));
    }

    private static void count(Map<String, long[]> counts, String key, boolean seen) {
        long[] c = counts.computeIfAbsent(key, k -> new long[2]);
        c[0]++;
        c[1] += seen ? 1 : 0;
    }

    private List<Coverage.Point> points(List<FieldVisit> visits, Map<String, Member> villages,
            Map<String, Technician> techs) {
        Set<String> ids = new HashSet<>();
        visits.forEach(v -> ids.add(v.householdId()));
        Map<String, Household> byId = new HashMap<>();
        households.findAll(ids).forEach(h -> byId.put(h.id(), h));
        List<Coverage.Point> points = new ArrayList<>();
        for (FieldVisit v : visits) {
            Household h = byId.get(v.householdId());
            if (h == null) {
                continue;
            }
            Orchard orchard = h.orchards().stream().filter(o -> o.code().equals(v.orchardCode()) && o.lat() != null
                    && o.lon() != null).findFirst().orElse(null);
            Member village = villages.get(h.villageId());
            if (orchard == null && village == null) {
                continue;
            }
            Technician t = techs.get(v.technicianId());
            points.add(new Coverage.Point(v.id(), orchard != null ? orchard.lat() : village.lat(),
                    orchard != null ? orchard.lon() : village.lon(), h.code() + " " + h.name(),
                    t == null ? v.technicianId() : t.name(), v.date(), h.demoHousehold()));
        }
        return points;
    }
}
