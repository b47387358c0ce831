package cn.xixian.alliance.core.registry;

import cn.xixian.alliance.core.registry.persistence.HouseholdDocument;
import cn.xixian.alliance.core.registry.persistence.HouseholdRepository;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.web.ForbiddenException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Farmer households. A cooperative user sees and writes only its own cooperative's households. */
@Service
public class HouseholdService {

    private final HouseholdRepository households;
    private final MemberService members;
    private final TechnicianService technicians;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;

    HouseholdService(HouseholdRepository households, MemberService members, TechnicianService technicians,
            MongoTemplate mongo, CurrentUser currentUser) {
        this.households = households;
        this.members = members;
        this.technicians = technicians;
        this.mongo = mongo;
        this.currentUser = currentUser;
    }

    public record Filter(String cooperativeId, String villageId, Boolean povertyRegistered, Boolean demoHousehold, String q) {
    }

    public PageResponse<Household> search(Filter filter, Pageable page) {
        List<Criteria> where = new ArrayList<>();
        String cooperativeId = currentUser.cooperativeScope(
                filter.cooperativeId() == null ? null : members.idOf(filter.cooperativeId()));
        if (cooperativeId != null) {
            where.add(Criteria.where("cooperativeId").is(cooperativeId));
        }
        if (filter.villageId() != null) {
            where.add(Criteria.where("villageId").is(members.idOf(filter.villageId())));
        }
        if (filter.povertyRegistered() != null) {
            where.add(Criteria.where("povertyRegistered").is(filter.povertyRegistered()));
        }
        if (filter.demoHousehold() != null) {
            where.add(Criteria.where("demoHousehold").is(filter.demoHousehold()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            Pattern text = Pattern.compile(Pattern.quote(filter.q().strip()), Pattern.CASE_INSENSITIVE);
            where.add(new Criteria().orOperator(Criteria.where("code").regex(text), Criteria.where("name").regex(text)));
        }
        Query query = where.isEmpty() ? new Query() : new Query(new Criteria().andOperator(where));
        return PageResponse.query(mongo, query, page, HouseholdDocument.class, "households", HouseholdDocument::toHousehold);
    }

    public Household get(String id) {
        Household household = find(id).orElseThrow(() -> new NotFoundException("household", id));
        currentUser.checkCooperative(household.cooperativeId());
        return household;
    }

    /** No access check: for other services that check the caller themselves. */
    public Optional<Household> find(String id) {
        return households.findById(id).map(HouseholdDocument::toHousehold);
    }

    /** The households among these ids that exist (no access check), in one query rather than one per id. */
    public List<Household> findAll(java.util.Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), HouseholdDocument.class).stream()
                .map(HouseholdDocument::toHousehold).toList();
    }

    /** Every demonstration household (示范户), no access check: the technical group's coverage counts them. */
    public List<Household> demoHouseholds() {
        return households.findByDemoHouseholdTrue().stream().map(HouseholdDocument::toHousehold).toList();
    }

    public Optional<Household> findByCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code)), HouseholdDocument.class))
                .map(HouseholdDocument::toHousehold);
    }

    /** A household named by its id or, failing that, its code (no access check). */
    public Optional<Household> findByIdOrCode(String idOrCode) {
        return find(idOrCode).or(() -> findByCode(idOrCode));
    }

    /** The ids of a cooperative's households, for validating many harvest rows without a query each. */
    public Set<String> idsOfCooperative(String cooperativeId) {
        Set<String> ids = new HashSet<>();
        mongo.getCollection("households")
                .find(new Document("cooperativeId", cooperativeId))
                .projection(new Document("_id", 1))
                .forEach(d -> ids.add(d.get("_id").toString()));
        return ids;
    }

    public Household create(HouseholdRequest request) {
        checkFlags(request, false, false);
        Household household = resolve(new ObjectId().toHexString(), request, false, false);
        return households.insert(new HouseholdDocument(household.id()).apply(household)).toHousehold();
    }

    public Household update(String id, HouseholdRequest request) {
        HouseholdDocument existing = households.findById(id).orElseThrow(() -> new NotFoundException("household", id));
        currentUser.checkCooperative(existing.getCooperativeId());
        Household stored = existing.toHousehold();
        checkFlags(request, stored.povertyRegistered(), stored.demoHousehold());
        return households.save(existing.apply(resolve(id, request, stored.povertyRegistered(), stored.demoHousehold())))
                .toHousehold();
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
