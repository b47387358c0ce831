package cn.xixian.alliance.core.technician;

import cn.xixian.alliance.core.field.FieldScope;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Orchard;
import cn.xixian.alliance.core.technical.FieldVisit;
import cn.xixian.alliance.core.technical.FieldVisitRequest;
import cn.xixian.alliance.core.technical.TechnicalService;
import cn.xixian.alliance.core.web.ForbiddenException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.Pages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * A technician's phone: the households they mentor (demonstration households first) with orchards, last visit
 * and when the next is due, and their own field visits, recorded through the technical group's service. A
 * technician sees and records only their own: another technician's visit or household is 403.
 */
@Service
@EnableConfigurationProperties(TechnicianProperties.class)
public class TechnicianDesk {

    private final FieldScope field;
    private final HouseholdService households;
    private final TechnicalService technical;
    private final TechnicianProperties properties;

    TechnicianDesk(FieldScope field, HouseholdService households, TechnicalService technical,
            TechnicianProperties properties) {
        this.field = field;
        this.households = households;
        this.technical = technical;
        this.properties = properties;
    }

    public record MyHousehold(String id, String code, String name, boolean demoHousehold, String phone,
            double orchardAreaMu, List<Orchard> orchards, LocalDate lastVisit, LocalDate nextDue) {
    }

    public record NewVisit(String householdId, String orchardCode, LocalDate date, String problem, String advice) {
    }

    public List<MyHousehold> households(LocalDate today) {
        String me = field.technicianId();
        Map<String, LocalDate> last = visits(me).stream().collect(Collectors.toMap(FieldVisit::householdId,
                FieldVisit::date, (a, b) -> a.isAfter(b) ? a : b));
        List<MyHousehold> mine = new ArrayList<>();
        for (Household h : mentored(me)) {
            LocalDate lastVisit = last.get(h.id());
            LocalDate due = lastVisit == null ? today : lastVisit.plusDays(properties.visitInterval().toDays());
            mine.add(new MyHousehold(h.id(), h.code(), h.name(), h.demoHousehold(), h.phone(), h.orchardAreaMu(),
                    h.orchards(), lastVisit, due));
        }
        mine.sort(Comparator.comparing((MyHousehold h) -> !h.demoHousehold()).thenComparing(MyHousehold::nextDue)
                .thenComparing(MyHousehold::code));
        return mine;
    }

    /** Records a visit by the signed-in technician to a household they mentor; {@code key} makes it idempotent. */
    public FieldVisit record(NewVisit visit, String key) {
        String me = field.technicianId();
        if (visit.householdId() == null || visit.householdId().isBlank()) {
            throw new InvalidInputException("householdId", "is required");
        }
        Household household = households.findByIdOrCode(visit.householdId().strip())
                .orElseThrow(() -> new InvalidInputException("householdId", "names no known household"));
        if (!me.equals(household.technicianId())) {
            throw new ForbiddenException("technicians may only record visits to the households they mentor");
        }
        return technical.recordVisit(new FieldVisitRequest(household.id(), blankToNull(visit.orchardCode()), me,
                visit.date(), visit.problem(), visit.advice(), null, key));
    }

    /** One of the technician's own visits; another technician's is 403. */
    public FieldVisit visit(String id) {
        FieldVisit visit = technical.visit(id);
        field.confinedToTechnician().ifPresent(me -> {
            if (!me.equals(visit.technicianId())) {
                throw new ForbiddenException("technicians may only see their own visits");
            }
        });
        return visit;
    }

    /** The signed-in technician's visit recorded under a (scoped) idempotency key: how queued photos find it. */
    public FieldVisit visitByKey(String scopedKey) {
        String me = field.technicianId();
        return visits(me).stream().filter(v -> scopedKey.equals(v.externalRef())).findFirst()
                .orElseThrow(() -> new cn.xixian.alliance.core.web.NotFoundException("field visit", scopedKey));
    }

    /** The technician's visits to one household (403 for a household they do not mentor), newest first. */
    public List<FieldVisit> visitsTo(String householdId) {
        String me = field.technicianId();
        Household household = households.findByIdOrCode(householdId)
                .orElseThrow(() -> new InvalidInputException("householdId", "names no known household"));
        if (!me.equals(household.technicianId())) {
            throw new ForbiddenException("technicians may only record visits to the households they mentor");
        }
        return visits(me).stream().filter(v -> v.householdId().equals(household.id()))
                .sorted(Comparator.comparing(FieldVisit::date).reversed()).toList();
    }

    private List<FieldVisit> visits(String technicianId) {
        return technical.visits(null, technicianId, null, null, Pages.of(0, Pages.MAX_SIZE, "date", "_id")).items();
    }

    private List<Household> mentored(String technicianId) {
        List<Household> mine = new ArrayList<>();
        for (int page = 0; ; page++) {
            var found = households.search(new HouseholdService.Filter(null, null, null, null, null),
                    Pages.of(page, Pages.MAX_SIZE, "code"));
            found.items().stream().filter(h -> technicianId.equals(h.technicianId())).forEach(mine::add);
            if ((long) (page + 1) * Pages.MAX_SIZE >= found.total()) {
                return mine;
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
