package cn.xixian.alliance.core.registry;

import cn.xixian.alliance.core.registry.persistence.HouseholdDocument;
import cn.xixian.alliance.core.registry.persistence.HouseholdStore;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.web.ForbiddenException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Farmer households. A cooperative user sees and writes only its own cooperative's households. */
@Service
public class HouseholdService {

    private final HouseholdStore store;
    private final MemberService members;
    private final TechnicianService technicians;
    private final CurrentUser currentUser;

    HouseholdService(HouseholdStore store, MemberService members, TechnicianService technicians,
            CurrentUser currentUser) {
        this.store = store;
        this.members = members;
        this.technicians = technicians;
        this.currentUser = currentUser;
    }

    public record Filter(String cooperativeId, String villageId, Boolean povertyRegistered, Boolean demoHousehold, String q) {
    }

    public PageResponse<Household> search(Filter filter, Pageable page) {
        String cooperativeId = currentUser.cooperativeScope(
                filter.cooperativeId() == null ? null : members.idOf(filter.cooperativeId()));
        String villageId = filter.villageId() == null ? null : members.idOf(filter.villageId());
        return store.search(new HouseholdStore.Filter(cooperativeId, villageId, filter.povertyRegistered(),
                filter.demoHousehold(), filter.q()), page);
    }

    public Household get(String id) {
        Household household = find(id).orElseThrow(() -> new NotFoundException("household", id));
        currentUser.checkCooperative(household.cooperativeId());
        return household;
    }

    /** No access check: for other services that check the caller themselves. */
    public Optional<Household> find(String id) {
        return store.find(id);
    }

    /** The households among these ids that exist (no access check), in one query rather than one per id. */
    public List<Household> findAll(java.util.Collection<String> ids) {
        return store.findAll(ids);
    }

    /** Every demonstration household (示范户), no access check: the technical group's coverage counts them. */
    public List<Household> demoHouseholds() {
        return store.demoHouseholds();
    }

    public Optional<Household> findByCode(String code) {
        return store.findByCode(code);
    }

    /** A household named by its id or, failing that, its code (no access check). */
    public Optional<Household> findByIdOrCode(String idOrCode) {
        return find(idOrCode).or(() -> findByCode(idOrCode));
    }

    /** The ids of a cooperative's households, for validating many harvest rows without a query each. */
    public Set<String> idsOfCooperative(String cooperativeId) {
        return store.idsOfCooperative(cooperativeId);
    }

    public Household create(HouseholdRequest request) {
        checkFlags(request, false, false);
        Household household = resolve(new ObjectId().toHexString(), request, false, false);
        return store.insert(household);
    }

    public Household update(String id, HouseholdRequest request) {
        HouseholdDocument existing = store.findDocument(id).orElseThrow(() -> new NotFoundException("household", id));
        currentUser.checkCooperative(existing.getCooperativeId());
        Household stored = existing.toHousehold();
        checkFlags(request, stored.povertyRegistered(), stored.demoHousehold());
        return store.save(existing, resolve(id, request, stored.povertyRegistered(), stored.demoHousehold()));
    }

    /**
     * The poverty flag moves a household's sales to the front of the booking queue and the demo flag decides whom
     * the technicians mentor: only coordinators (or the app itself, with no signed-in user) change them. Sending
     * the value already stored is no change; leaving a flag out keeps it.
     */
    private void checkFlags(HouseholdRequest request, boolean povertyNow, boolean demoNow) {
        if (currentUser.get().map(u -> u.has(Role.COORDINATOR)).orElse(true)) {
            return;
        }
        if ((request.povertyRegistered() != null && request.povertyRegistered() != povertyNow)
                || (request.demoHousehold() != null && request.demoHousehold() != demoNow)) {
            throw new ForbiddenException("only coordinators may set povertyRegistered or demoHousehold");
        }
    }

    private Household resolve(String id, HouseholdRequest request, boolean povertyNow, boolean demoNow) {
        String cooperativeId = members.require("cooperativeId", request.cooperativeId(), MemberKind.COOPERATIVE).id();
        currentUser.checkCooperative(cooperativeId);
        String villageId = members.require("villageId", request.villageId(), MemberKind.VILLAGE).id();
        if (request.technicianId() != null && !technicians.exists(request.technicianId())) {
            throw new InvalidInputException("technicianId", "names no known technician");
        }
        return new Household(id, request.code(), request.name(), villageId, cooperativeId, request.orchardAreaMu(),
                request.povertyRegistered() == null ? povertyNow : request.povertyRegistered(),
                request.demoHousehold() == null ? demoNow : request.demoHousehold(),
                request.technicianId(), request.phone(), request.orchards() == null ? List.of() : request.orchards());
    }
}
