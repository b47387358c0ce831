package cn.xixian.alliance.core.purchasing;

import cn.xixian.alliance.core.purchasing.persistence.PurchasingStore;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** A household's savings across the bulk orders; a cooperative user asks only about its own households (403). */
@Service
public class SavingsService {

    private final PurchasingStore store;
    private final HouseholdService households;

    SavingsService(PurchasingStore store, HouseholdService households) {
        this.store = store;
        this.households = households;
    }

    /** {@code householdId} may also be the household's code. */
    public HouseholdSavings ofHousehold(String householdId, Integer season) {
        Household household = households.get(households.findByIdOrCode(householdId).map(Household::id).orElse(householdId));
        List<HouseholdSavings.OrderShare> shares = new ArrayList<>();
        BigDecimal group = BigDecimal.ZERO.setScale(2);
        BigDecimal retail = BigDecimal.ZERO.setScale(2);
        for (PurchaseOrder order : store.ordersSharedBy(household.id(), season)) {
            for (PurchaseOrder.HouseholdShare share : order.households()) {
                if (share.householdId().equals(household.id())) {
                    shares.add(new HouseholdSavings.OrderShare(order.id(), order.season(), order.supplierName(),
                            share.groupAmount(), share.retailAmount(), share.saving()));
                    group = group.add(share.groupAmount());
                    retail = retail.add(share.retailAmount());
                }
            }
        }
        return new HouseholdSavings(household.id(), season, shares, group, retail, retail.subtract(group));
    }
}
