package cn.xixian.alliance.core.purchasing;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Households' input needs per season. A cooperative user records and sees only its own households' needs. */
@Service
public class InputNeedService {

    public static final String COLLECTION = "input_needs";

    private final MongoTemplate mongo;
    private final PagedQueries pages;
    private final HouseholdService households;
    private final CurrentUser currentUser;

    InputNeedService(MongoTemplate mongo, PagedQueries pages, HouseholdService households, CurrentUser currentUser) {
        this.mongo = mongo;
        this.pages = pages;
        this.households = households;
        this.currentUser = currentUser;
    }

    public InputNeed record(InputNeedRequest request) {
        String ref = request.householdId().strip();
        Household household = households.findByIdOrCode(ref)
                .orElseThrow(() -> new InvalidInputException("householdId", "names no known household"));
        currentUser.checkCooperative(household.cooperativeId());
        InputNeed need = new InputNeed(new ObjectId().toHexString(), household.id(), household.cooperativeId(),
                household.villageId(), request.season(), request.item().strip(), request.quantity(),
                request.unit().strip(), request.wantedBy(), request.notes(), NeedStatus.OPEN, null, Instant.now(),
                currentUser.username());
        return mongo.insert(need, COLLECTION);
    }

    public InputNeed get(String id) {
        InputNeed need = mongo.findById(id, InputNeed.class, COLLECTION);
        if (need == null) {
            throw new NotFoundException("input need", id);
        }
        currentUser.checkCooperative(need.cooperativeId());
        return need;
    }

    public record Filter(Integer season, String cooperativeId, String householdId, String item, NeedStatus status,
            String orderId) {
    }

    public PageResponse<InputNeed> search(Filter filter, Pageable page) {
        List<Criteria> where = new ArrayList<>();
        String cooperativeId = currentUser.cooperativeScope(filter.cooperativeId());
        if (cooperativeId != null) {
            where.add(Criteria.where("cooperativeId").is(cooperativeId));
        }
        if (filter.householdId() != null) {
            Optional<Household> household = households.findByIdOrCode(filter.householdId());
            household.ifPresent(h -> currentUser.checkCooperative(h.cooperativeId()));
            where.add(Criteria.where("householdId").is(household.map(Household::id).orElse(filter.householdId())));
        }
        if (filter.season() != null) {
            where.add(Criteria.where("season").is(filter.season()));
        }
        if (filter.item() != null) {
            where.add(Criteria.where("item").is(filter.item()));
        }
        if (filter.status() != null) {
            where.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.orderId() != null) {
            where.add(Criteria.where("orderId").is(filter.orderId()));
        }
        Query query = where.isEmpty() ? new Query() : new Query(new Criteria().andOperator(where));
        return pages.query(query, page, InputNeed.class, COLLECTION, n -> n);
    }
}
