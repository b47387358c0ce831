package cn.xixian.alliance.core.harvest;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotStore;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Harvest lots recorded by cooperatives; a cooperative user writes and reads only its own. */
@Service
public class HarvestLotService {

    private final HarvestLotStore lots;
    private final MemberService members;
    private final HouseholdService households;
    private final HarvestLotRules rules;
    private final CurrentUser currentUser;

    HarvestLotService(HarvestLotStore lots, MemberService members, HouseholdService households,
            HarvestLotRules rules, CurrentUser currentUser) {
        this.lots = lots;
        this.members = members;
        this.households = households;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    public HarvestLot record(HarvestLotRequest request) {
        CooperativeRef cooperative = cooperativeOf(request.cooperativeId());
        HarvestLotRules.Checked checked = rules.check(request, householdId -> households.find(householdId)
                .map(Household::cooperativeId).filter(id -> id.equals(cooperative.id())).isPresent());
        List<FieldError> errors = new ArrayList<>(checked.errors());
        cooperative.error().ifPresent(e -> errors.add(0, e));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String externalRef = request.externalRef() == null || request.externalRef().isBlank()
                ? "API-" + new ObjectId().toHexString() : request.externalRef().strip();
        HarvestLotDocument lot = toDocument(new ObjectId().toHexString(), cooperative.id(), request, checked.grade(),
                externalRef, null, currentUser.username());
        try {
            return lots.insert(lot).toHarvestLot();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("this cooperative already has a lot with externalRef " + externalRef);
        }
    }

    /** The one mapping from a checked request to the stored lot, shared with the importer. */
    public static HarvestLotDocument toDocument(String id, String cooperativeId, HarvestLotRequest r, Grade grade,
            String externalRef, String importId, String createdBy) {
        return new HarvestLotDocument(id, cooperativeId, r.householdId().strip(), r.orchardCode(), r.pickDate(),
                Weights.grams(r.weightKg()), grade,
                r.avgFruitWeightG() == null ? null : r.avgFruitWeightG().doubleValue(),
                r.brix() == null ? null : r.brix().doubleValue(), r.notes(), externalRef, importId, Instant.now(),
                createdBy);
    }

    /** A cooperative reference resolved to a member id, or the reason it could not be (a 400 field). */
    public record CooperativeRef(String id, Optional<FieldError> error) {
    }

    /**
     * The cooperative a write is for: the named one (by id or code), or the caller's own when a
     * cooperative user names none. Naming another cooperative is refused at once with 403;
     * a missing or unknown one is reported with the other field errors.
     */
    public CooperativeRef cooperativeOf(String requested) {
        if (requested == null || requested.isBlank()) {
            return currentUser.confinedToCooperative().map(id -> new CooperativeRef(id, Optional.<FieldError>empty()))
                    .orElseGet(() -> new CooperativeRef(null, Optional.of(FieldError.of("cooperativeId", "is required"))));
        }
        Optional<Member> member = members.find(requested);
        currentUser.checkCooperative(member.map(Member::id).orElse(requested));
        if (member.isEmpty() || member.get().kind() != MemberKind.COOPERATIVE) {
            return new CooperativeRef(null, Optional.of(FieldError.of("cooperativeId", "names no known cooperative")));
        }
        return new CooperativeRef(member.get().id(), Optional.empty());
    }

    public HarvestLot get(String id) {
        HarvestLotDocument lot = lots.find(id).orElseThrow(() -> new NotFoundException("harvest lot", id));
        currentUser.checkCooperative(lot.getCooperativeId());
        return lot.toHarvestLot();
    }

    public record Filter(String cooperativeId, String householdId, Grade grade, LocalDate from, LocalDate to,
            String importId) {
    }

    public PageResponse<HarvestLot> search(Filter filter, Pageable page) {
        String cooperativeId = currentUser.cooperativeScope(
                filter.cooperativeId() == null ? null : members.idOf(filter.cooperativeId()));
        return lots.search(new Filter(cooperativeId, filter.householdId(), filter.grade(), filter.from(), filter.to(),
                filter.importId()), page);
    }
}
