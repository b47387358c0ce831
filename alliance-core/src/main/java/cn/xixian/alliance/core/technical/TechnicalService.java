package cn.xixian.alliance.core.technical;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.TechnicianService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.technical.persistence.TechnicalStore;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
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

    private final TechnicalStore store;
    private final HouseholdService households;
    private final TechnicianService technicians;
    private final GuidanceVisitLink contracts;
    private final CurrentUser currentUser;

    TechnicalService(TechnicalStore store, HouseholdService households, TechnicianService technicians,
            GuidanceVisitLink contracts, CurrentUser currentUser) {
        this.store = store;
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
        return store.insertTraining(new Training(new ObjectId().toHexString(), request.date().getYear(), request.topic(),
                request.date(), List.copyOf(new LinkedHashSet<>(request.technicianIds())), attendees, attendees.size(),
                request.villageId(), request.location(), request.notes(), Instant.now(), currentUser.username()));
    }

    public FieldVisit recordVisit(FieldVisitRequest request) {
        Household household = households.findByIdOrCode(request.householdId().strip())
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
        String externalRef = blankToNull(request.externalRef());
        String visitId = externalRef == null ? new ObjectId().toHexString()
                : visitIdOf(household.cooperativeId(), request.technicianId(), externalRef);
        if (externalRef != null) {
            FieldVisit first = store.findVisit(visitId).orElse(null);
            if (first != null) {
                currentUser.checkCooperative(first.cooperativeId());
                return first; // a retried POST
            }
        }
        FieldVisit visit = new FieldVisit(visitId, request.date().getYear(), household.id(),
                household.cooperativeId(), orchard, request.technicianId(), request.date(), request.findings(),
                request.advice(), blankToNull(request.redOrderId()), externalRef, Instant.now(), currentUser.username());
        if (visit.redOrderId() != null) {
            contracts.record(visit, household); // first: a stored visit always has its contract entry
        }
        try {
            store.insertVisit(visit);
        } catch (DuplicateKeyException raced) {
            return store.findVisit(visitId).orElse(null); // the same retry, arrived twice at once
        }
        return visit;
    }

    /**
     * A visit with a client ref gets an id derived from (technician, ref): a retry after a crash between the
     * contract entry and the insert reuses the id, so the contract's entry is found and the unique _id keeps
     * one visit. The household's cooperative is part of the key, so no cooperative can pre-empt another's ref.
     */
    static String visitIdOf(String cooperativeId, String technicianId, String externalRef) {
        return UUID.nameUUIDFromBytes(("field-visit\n" + cooperativeId + "\n" + technicianId + "\n" + externalRef)
                .getBytes(StandardCharsets.UTF_8)).toString();
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
        Training training = store.findTraining(id).orElseThrow(() -> new NotFoundException("training", id));
        return TrainingAttendees.forCaller(currentUser, households).apply(training);
    }

    public FieldVisit visit(String id) {
        FieldVisit visit = store.findVisit(id).orElseThrow(() -> new NotFoundException("field visit", id));
        currentUser.checkCooperative(visit.cooperativeId());
        return visit;
    }

    public PageResponse<Training> trainings(Integer season, String technicianId, String householdId, Pageable page) {
        String attendee = null;
        if (householdId != null) {
            // Trainings are shared across cooperatives, but asking who attended is about one household: 403 for
            // a cooperative user naming another cooperative's household.
            Household household = households.findByIdOrCode(householdId).orElse(null);
            if (household != null) {
                currentUser.checkCooperative(household.cooperativeId());
            }
            attendee = household == null ? householdId : household.id();
        }
        return store.trainings(season, technicianId, attendee, page, TrainingAttendees.forCaller(currentUser, households));
    }

    public PageResponse<FieldVisit> visits(Integer season, String technicianId, String householdId, String redOrderId,
            Pageable page) {
        return store.visits(currentUser.cooperativeScope(null), season, technicianId, householdId, redOrderId, page);
    }
}
