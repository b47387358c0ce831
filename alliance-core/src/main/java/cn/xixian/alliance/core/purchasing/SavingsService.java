package cn.xixian.alliance.core.purchasing;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A household's savings across the bulk orders; a cooperative user asks only about its own households (403). */
@Service
public class SavingsService {

    private final MongoTemplate mongo;
    private final HouseholdService households;

    SavingsService(MongoTemplate mongo, HouseholdService households) {
        this.mongo = mongo;
        this.households = households;
    }

    public HouseholdSavings ofHousehold(String householdId, Integer season) {
        Household household = households.get(householdId);
        Criteria where = Criteria.where("households.householdId").is(household.id())
                .and("status").ne(PurchaseOrderStatus.DRAFT);
        if (season != null) {
            where = where.and("season").is(season);
        }
        List<HouseholdSavings.OrderShare> shares = new ArrayList<>();
        BigDecimal group = BigDecimal.ZERO.setScale(2);
        BigDecimal retail = BigDecimal.ZERO.setScale(2);
        for (PurchaseOrder order : mongo.find(Query.query(where), PurchaseOrder.class, PurchaseOrderService.COLLECTION)) {
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
