package cn.xixian.alliance.core.purchasing;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Bulk purchase orders. Aggregation without transactions: the order is stored first as a DRAFT, then each
 * open need is taken with one conditional update ({@code status OPEN → ORDERED, orderId}), so a need joins
 * exactly one order however many aggregations run at once; the order's figures are then computed from the
 * needs that name it in the database. A DRAFT left by a crash keeps its needs and is finished by the next
 * aggregation, so nothing is lost or counted twice.
 */
@Service
public class PurchaseOrderService {

    public static final String COLLECTION = "purchase_orders";
    /** A draft older than this is no longer being filled by a live request. */
    private static final Duration STALE_DRAFT = Duration.ofMinutes(5);

    private final MongoTemplate mongo;
    private final PagedQueries pages;
    private final SupplierService suppliers;
    private final CurrentUser currentUser;

    PurchaseOrderService(MongoTemplate mongo, PagedQueries pages, SupplierService suppliers, CurrentUser currentUser) {
        this.mongo = mongo;
        this.pages = pages;
        this.suppliers = suppliers;
        this.currentUser = currentUser;
    }

    public PurchaseOrder aggregate(PurchaseOrderRequest request) {
        Supplier supplier = suppliers.find(request.supplierId().strip())
                .orElseThrow(() -> new InvalidInputException("supplierId", "names no known supplier"));
        checkDistinctLines(request.lines());
        finishStaleDrafts();
        String orderId = new ObjectId().toHexString();
        mongo.insert(new PurchaseOrder(orderId, request.season(), supplier.id(), supplier.name(),
                PurchaseOrderStatus.DRAFT, request.lines(), List.of(), List.of(), List.of(), 0, null, null, null,
                request.notes(), Instant.now(), currentUser.username()), COLLECTION);
        Set<String> wanted = new HashSet<>();
        request.lines().forEach(l -> wanted.add(OrderCalculator.key(l.item(), l.unit())));
        Query open = Query.query(Criteria.where("season").is(request.season()).and("status").is(NeedStatus.OPEN)
                .and("item").in(request.lines().stream().map(l -> l.item().strip()).toList()));
        for (InputNeed need : mongo.find(open, InputNeed.class, InputNeedService.COLLECTION)) {
            if (wanted.contains(OrderCalculator.key(need.item(), need.unit()))) {
                take(need.id(), orderId);
            }
        }
        PurchaseOrder placed = finish(orderId);
        if (placed == null) {
            throw new ConflictException("no open needs for these inputs in season " + request.season());
        }
        return placed;
    }

    /** Conditional on OPEN: if another order took the need first, this does nothing. */
    private void take(String needId, String orderId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(needId).and("status").is(NeedStatus.OPEN)),
                Update.update("status", NeedStatus.ORDERED).set("orderId", orderId), InputNeed.class,
                InputNeedService.COLLECTION);
    }

    /** Computes a draft's figures from the needs it holds and places it; an empty draft is removed (null). */
    private PurchaseOrder finish(String orderId) {
        PurchaseOrder draft = mongo.findById(orderId, PurchaseOrder.class, COLLECTION);
        List<InputNeed> needs = mongo.find(Query.query(Criteria.where("orderId").is(orderId)), InputNeed.class,
                InputNeedService.COLLECTION);
        if (needs.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").is(orderId).and("status").is(PurchaseOrderStatus.DRAFT)),
                    COLLECTION);
            return null;
        }
        OrderCalculator.Result r = OrderCalculator.compute(draft.requestedLines(), needs);
        Update placed = Update.update("status", PurchaseOrderStatus.PLACED).set("lines", r.lines())
                .set("households", r.households()).set("villages", r.villages()).set("needCount", needs.size())
                .set("groupTotal", r.groupTotal()).set("retailTotal", r.retailTotal())
                .set("savingTotal", r.savingTotal());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(orderId).and("status").is(PurchaseOrderStatus.DRAFT)),
                placed, PurchaseOrder.class, COLLECTION);
        return get(orderId);
    }

    private void finishStaleDrafts() {
        Query stale = Query.query(Criteria.where("status").is(PurchaseOrderStatus.DRAFT)
                .and("createdAt").lt(Instant.now().minus(STALE_DRAFT)));
        mongo.find(stale, PurchaseOrder.class, COLLECTION).forEach(d -> finish(d.id()));
    }

    private static void checkDistinctLines(List<PurchaseOrderRequest.Line> lines) {
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(OrderCalculator.key(lines.get(i).item(), lines.get(i).unit()))) {
                errors.add(FieldError.of("lines[" + i + "].item", "is listed twice with the same unit"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public PurchaseOrder get(String id) {
        PurchaseOrder order = mongo.findById(id, PurchaseOrder.class, COLLECTION);
        if (order == null) {
            throw new NotFoundException("purchase order", id);
        }
        return order;
    }

    public PageResponse<PurchaseOrder> search(Integer season, PurchaseOrderStatus status, Pageable page) {
        Criteria where = new Criteria();
        if (season != null) {
            where = where.and("season").is(season);
        }
        if (status != null) {
            where = where.and("status").is(status);
        }
        return pages.query(Query.query(where), page, PurchaseOrder.class, COLLECTION, o -> o);
    }

    void recordDeliveries(String orderId, List<PurchaseOrder.VillageDelivery> villages) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(orderId)),
                Update.update("villages", villages).set("status", PurchaseOrderStatus.DELIVERY_REQUESTED),
                PurchaseOrder.class, COLLECTION);
    }

}
