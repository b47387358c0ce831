package cn.xixian.alliance.core.purchasing.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.purchasing.InputNeed;
import cn.xixian.alliance.core.purchasing.InputNeedService;
import cn.xixian.alliance.core.purchasing.NeedStatus;
import cn.xixian.alliance.core.purchasing.PurchaseOrder;
import cn.xixian.alliance.core.purchasing.PurchaseOrderService;
import cn.xixian.alliance.core.purchasing.PurchaseOrderStatus;
import cn.xixian.alliance.core.purchasing.Supplier;
import cn.xixian.alliance.core.purchasing.SupplierService;
import cn.xixian.alliance.core.web.PageResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The purchasing group's documents as stored: suppliers ({@code input_suppliers}), input needs
 * ({@code input_needs}) and bulk purchase orders ({@code purchase_orders}). The records are the documents.
 * The updates that move a need or an order between states are conditional single-document updates.
 */
@Component
public class PurchasingStore {

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    PurchasingStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    // --- suppliers

    public Supplier insertSupplier(Supplier supplier) {
        return mongo.insert(supplier, SupplierService.COLLECTION);
    }

    /** By id or, failing that, by code. */
    public Optional<Supplier> findSupplier(String idOrCode) {
        return Optional.ofNullable(mongo.findById(idOrCode, Supplier.class, SupplierService.COLLECTION))
                .or(() -> Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(idOrCode)),
                        Supplier.class, SupplierService.COLLECTION)));
    }

    public PageResponse<Supplier> suppliers(Pageable page) {
        return pages.query(new Query(), page, Supplier.class, SupplierService.COLLECTION, s -> s);
    }

    // --- input needs

    public InputNeed insertNeed(InputNeed need) {
        return mongo.insert(need, InputNeedService.COLLECTION);
    }

    public Optional<InputNeed> findNeed(String id) {
        return Optional.ofNullable(mongo.findById(id, InputNeed.class, InputNeedService.COLLECTION));
    }

    /** Needs matching every criterion that is not null. */
    public PageResponse<InputNeed> needs(String cooperativeId, String householdId, Integer season, String item,
            NeedStatus status, String orderId, Pageable page) {
        List<Criteria> where = new ArrayList<>();
        if (cooperativeId != null) {
            where.add(Criteria.where("cooperativeId").is(cooperativeId));
        }
        if (householdId != null) {
            where.add(Criteria.where("householdId").is(householdId));
        }
        if (season != null) {
            where.add(Criteria.where("season").is(season));
        }
        if (item != null) {
            where.add(Criteria.where("item").is(item));
        }
        if (status != null) {
            where.add(Criteria.where("status").is(status));
        }
        if (orderId != null) {
            where.add(Criteria.where("orderId").is(orderId));
        }
        Query query = where.isEmpty() ? new Query() : new Query(new Criteria().andOperator(where));
        return pages.query(query, page, InputNeed.class, InputNeedService.COLLECTION, n -> n);
    }

    /** A season's OPEN needs for any of these items. */
    public List<InputNeed> openNeeds(int season, Collection<String> items) {
        Query open = Query.query(Criteria.where("season").is(season).and("status").is(NeedStatus.OPEN)
                .and("item").in(items));
        return mongo.find(open, InputNeed.class, InputNeedService.COLLECTION);
    }

    /** Conditional on OPEN: if another order took the need first, this does nothing. */
    public void takeNeed(String needId, String orderId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(needId).and("status").is(NeedStatus.OPEN)),
                Update.update("status", NeedStatus.ORDERED).set("orderId", orderId), InputNeed.class,
                InputNeedService.COLLECTION);
    }

    public List<InputNeed> needsOfOrder(String orderId) {
        return mongo.find(Query.query(Criteria.where("orderId").is(orderId)), InputNeed.class,
                InputNeedService.COLLECTION);
    }

    // --- purchase orders

    public void insertOrder(PurchaseOrder order) {
        mongo.insert(order, PurchaseOrderService.COLLECTION);
    }

    public Optional<PurchaseOrder> findOrder(String id) {
        return Optional.ofNullable(mongo.findById(id, PurchaseOrder.class, PurchaseOrderService.COLLECTION));
    }

    /** Removes the order only while it is a DRAFT. */
    public void removeDraft(String orderId) {
        mongo.remove(Query.query(Criteria.where("_id").is(orderId).and("status").is(PurchaseOrderStatus.DRAFT)),
                PurchaseOrderService.COLLECTION);
    }

    /** DRAFT → PLACED with the computed figures, only while the order is still a DRAFT. */
    public void placeDraft(String orderId, List<PurchaseOrder.Line> lines, List<PurchaseOrder.HouseholdShare> households,
            List<PurchaseOrder.VillageDelivery> villages, int needCount, BigDecimal groupTotal, BigDecimal retailTotal,
            BigDecimal savingTotal) {
        Update placed = Update.update("status", PurchaseOrderStatus.PLACED).set("lines", lines)
                .set("households", households).set("villages", villages).set("needCount", needCount)
                .set("groupTotal", groupTotal).set("retailTotal", retailTotal)
                .set("savingTotal", savingTotal);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(orderId).and("status").is(PurchaseOrderStatus.DRAFT)),
                placed, PurchaseOrder.class, PurchaseOrderService.COLLECTION);
    }

    /** DRAFT orders created before {@code before}. */
    public List<PurchaseOrder> draftsCreatedBefore(Instant before) {
        Query stale = Query.query(Criteria.where("status").is(PurchaseOrderStatus.DRAFT).and("createdAt").lt(before));
        return mongo.find(stale, PurchaseOrder.class, PurchaseOrderService.COLLECTION);
    }

    /** Orders of a season and/or in a status (each when not null). */
    public PageResponse<PurchaseOrder> orders(Integer season, PurchaseOrderStatus status, Pageable page) {
        Criteria where = new Criteria();
        if (season != null) {
            where = where.and("season").is(season);
        }
        if (status != null) {
            where = where.and("status").is(status);
        }
        return pages.query(Query.query(where), page, PurchaseOrder.class, PurchaseOrderService.COLLECTION, o -> o);
    }

    /** Orders (not DRAFT) a household has a share in, optionally of one season. */
    public List<PurchaseOrder> ordersSharedBy(String householdId, Integer season) {
        Criteria where = Criteria.where("households.householdId").is(householdId)
                .and("status").ne(PurchaseOrderStatus.DRAFT);
        if (season != null) {
            where = where.and("season").is(season);
        }
        return mongo.find(Query.query(where), PurchaseOrder.class, PurchaseOrderService.COLLECTION);
    }

    public void recordDeliveries(String orderId, List<PurchaseOrder.VillageDelivery> villages) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(orderId)),
                Update.update("villages", villages).set("status", PurchaseOrderStatus.DELIVERY_REQUESTED),
                PurchaseOrder.class, PurchaseOrderService.COLLECTION);
    }
}
