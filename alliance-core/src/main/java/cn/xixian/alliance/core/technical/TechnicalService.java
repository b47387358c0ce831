package cn.xixian.alliance.core.technical;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.TechnicianService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The technical group (优培): training sessions and field guidance visits, given by the registry's technicians
 * to the registry's households (read, never copied). A cooperative user records visits only to its own
 * households and sees only those.
 */
@Service
public class TechnicalService {

    public static final String TRAININGS = "trainings";
    public static final String VISITS = "field_visits";

    private final MongoTemplate mongo;
    private final HouseholdService households;
    private final TechnicianService technicians;
    private final GuidanceVisitLink contracts;
    private final CurrentUser currentUser;

    TechnicalService(MongoTemplate mongo, HouseholdService households, TechnicianService technicians,
            GuidanceVisitLink contracts, CurrentUser currentUser) {
        this.mongo = mongo;
        this.households = households;
        this.technicians = technicians;
        this.contracts = contracts;
        this.currentUser = currentUser;
    }

    public Training recordTraining(TrainingRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkTechnicians(request.technicianIds(), errors);
        List<String> attendees = new ArrayList<>(new LinkedHashSet<>(request.attendeeHouseholdIds()));
        Set<String> known = households.findAll(attendees).stream().map(Household::id).collect(Collectors.toSet());
        for (int i = 0; i < request.attendeeHouseholdIds().size(); i++) {
            if (!known.contains(request.attendeeHouseholdIds().get(i))) {
                errors.add(FieldError.of("attendeeHouseholdIds[" + i + "]", "names no known household"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return mongo.insert(new Training(new ObjectId().toHexString(), request.date().getYear(), request.topic(),
                request.date(), List.copyOf(new LinkedHashSet<>(request.technicianIds())), attendees, attendees.size(),
                request.villageId(), request.location(), request.notes(), Instant.now(), currentUser.username()),
                TRAININGS);
    }

    public FieldVisit recordVisit(FieldVisitRequest request) {
        Household household = households.find(request.householdId().strip())
                .orElseThrow(() -> new InvalidInputException("householdId", "names no known household"));
        currentUser.checkCooperative(household.cooperativeId());
        List<FieldError> errors = new ArrayList<>();
        if (!technicians.exists(request.technicianId())) {
            errors.add(FieldError.of("technicianId", "names no known technician"));
        }
        String orchard = request.orchardCode();
        if (orchard != null && household.orchards().stream().noneMatch(o -> o.code().equals(orchard))) {
            errors.add(FieldError.of("orchardCode", "is not an orchard of this household"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String redOrderId = blankToNull(request.redOrderId());
        if (redOrderId != null) {
            contracts.check(redOrderId, household);
        }
        FieldVisit visit = new FieldVisit(new ObjectId().toHexString(), request.date().getYear(), household.id(),
                household.cooperativeId(), orchard, request.technicianId(), request.date(), request.findings(),
                request.advice(), redOrderId, Instant.now(), currentUser.username());
        mongo.insert(visit, VISITS);
        if (visit.redOrderId() != null) {
            try {
                contracts.recordVisit(visit);
            } catch (RuntimeException refused) {
                // The contract refused the visit (unknown, or not ACTIVE): the visit must not stand without it.
                mongo.remove(Query.query(Criteria.where("_id").is(visit.id())), VISITS);
                throw refused;
            }
        }
        return visit;
    }

    private void checkTechnicians(List<String> ids, List<FieldError> errors) {
        for (int i = 0; i < ids.size(); i++) {
            if (!technicians.exists(ids.get(i))) {
                errors.add(FieldError.of("technicianIds[" + i + "]", "names no known technician"));
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Training training(String id) {
        Training training = mongo.findById(id, Training.class, TRAININGS);
        if (training == null) {
            throw new NotFoundException("training", id);
        }
        return training;
    }

    public FieldVisit visit(String id) {
        FieldVisit visit = mongo.findById(id, FieldVisit.class, VISITS);
        if (visit == null) {
            throw new NotFoundException("field visit", id);
        }
        currentUser.checkCooperative(visit.cooperativeId());
        return visit;
    }

    public PageResponse<Training> trainings(Integer season, String technicianId, String householdId, Pageable page) {
        Criteria where = new Criteria();
        if (season != null) {
            where = where.and("season").is(season);
        }
        if (technicianId != null) {
            where = where.and("technicianIds").is(technicianId);
        }
        if (householdId != null) {
            where = where.and("attendeeHouseholdIds").is(householdId);
        }
        return PageResponse.query(mongo, Query.query(where), page, Training.class, TRAININGS, t -> t);
    }

    public PageResponse<FieldVisit> visits(Integer season, String technicianId, String householdId, String redOrderId,
            Pageable page) {
        Criteria where = new Criteria();
        String cooperativeId = currentUser.cooperativeScope(null);
        if (cooperativeId != null) {
            where = where.and("cooperativeId").is(cooperativeId);
        }
        if (season != null) {
            where = where.and("season").is(season);
        }
        if (technicianId != null) {
            where = where.and("technicianId").is(technicianId);
        }
        if (householdId != null) {
            where = where.and("householdId").is(householdId);
        }
        if (redOrderId != null) {
            where = where.and("redOrderId").is(redOrderId);
        }
        return PageResponse.query(mongo, Query.query(where), page, FieldVisit.class, VISITS, v -> v);
    }
}
