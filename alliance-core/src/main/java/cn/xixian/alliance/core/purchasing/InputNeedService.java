package cn.xixian.alliance.core.purchasing;

import cn.xixian.alliance.core.purchasing.persistence.PurchasingStore;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Instant;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Households' input needs per season. A cooperative user records and sees only its own households' needs. */
@Service
public class InputNeedService {

    public static final String COLLECTION = "input_needs";

    private final PurchasingStore store;
    private final HouseholdService households;
    private final CurrentUser currentUser;

    InputNeedService(PurchasingStore store, HouseholdService households, CurrentUser currentUser) {
        this.store = store;
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
        return store.insertNeed(need);
    }

    public InputNeed get(String id) {
        InputNeed need = store.findNeed(id).orElseThrow(() -> new NotFoundException("input need", id));
        currentUser.checkCooperative(need.cooperativeId());
        return need;
    }

    public record Filter(Integer season, String cooperativeId, String householdId, String item, NeedStatus status,
            String orderId) {
    }

    public PageResponse<InputNeed> search(Filter filter, Pageable page) {
        String cooperativeId = currentUser.cooperativeScope(filter.cooperativeId());
        String householdId = null;
        if (filter.householdId() != null) {
            Optional<Household> household = households.findByIdOrCode(filter.householdId());
            household.ifPresent(h -> currentUser.checkCooperative(h.cooperativeId()));
            householdId = household.map(Household::id).orElse(filter.householdId());
        }
        return store.needs(cooperativeId, householdId, filter.season(), filter.item(), filter.status(),
                filter.orderId(), page);
    }
}
