package cn.xixian.alliance.core.purchasing.persistence;

import cn.xixian.alliance.core.purchasing.InputNeedService;
import cn.xixian.alliance.core.purchasing.PurchaseOrderService;
import cn.xixian.alliance.core.purchasing.SupplierService;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Supplier codes are unique. The needs are looked up by (season, status, item) when an order aggregates
 * them and by orderId when its figures are computed; a real MongoDB uses these indexes.
 */
@Component
class PurchasingIndexes {

    private final MongoTemplate mongo;

    PurchasingIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        mongo.indexOps(SupplierService.COLLECTION).ensureIndex(new Index("code", Direction.ASC).unique().named("code"));
        var needs = mongo.indexOps(InputNeedService.COLLECTION);
        needs.ensureIndex(new Index("season", Direction.ASC).on("status", Direction.ASC).on("item", Direction.ASC)
                .named("open_by_item"));
        needs.ensureIndex(new Index("orderId", Direction.ASC).named("order"));
        needs.ensureIndex(new Index("householdId", Direction.ASC).named("household"));
        mongo.indexOps(PurchaseOrderService.COLLECTION).ensureIndex(new Index("status", Direction.ASC)
                .on("createdAt", Direction.ASC).named("status"));
    }
}
