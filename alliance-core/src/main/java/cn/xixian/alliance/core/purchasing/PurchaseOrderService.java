package cn.xixian.alliance.core.purchasing;

import cn.xixian.alliance.core.purchasing.persistence.PurchasingStore;
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

    private final PurchasingStore store;
    private final SupplierService suppliers;
    private final CurrentUser currentUser;

    PurchaseOrderService(PurchasingStore store, SupplierService suppliers, CurrentUser currentUser) {
        this.store = store;
        this.suppliers = suppliers;
        this.currentUser = currentUser;
    }

    public PurchaseOrder aggregate(PurchaseOrderRequest request) {
        Supplier supplier = suppliers.find(request.supplierId().strip())
                .orElseThrow(() -> new InvalidInputException("supplierId", "names no known supplier"));
        checkDistinctLines(request.lines());
        finishStaleDrafts();
        String orderId = new ObjectId().toHexString();
        store.insertOrder(new PurchaseOrder(orderId, request.season(), supplier.id(), supplier.name(),
                PurchaseOrderStatus.DRAFT, request.lines(), List.of(), List.of(), List.of(), 0, null, null, null,
                request.notes(), Instant.now(), currentUser.username()));
        Set<String> wanted = new HashSet<>();
        request.lines().forEach(l -> wanted.add(OrderCalculator.key(l.item(), l.unit())));
        for (InputNeed need : store.openNeeds(request.season(),
                request.lines().stream().map(l -> l.item().strip()).toList())) {
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
        store.takeNeed(needId, orderId);
    }

    /** Computes a draft's figures from the needs it holds and places it; an empty draft is removed (null). */
    private PurchaseOrder finish(String orderId) {
        PurchaseOrder draft = store.findOrder(orderId).orElse(null);
        List<InputNeed> needs = store.needsOfOrder(orderId);
        if (needs.isEmpty()) {
            store.removeDraft(orderId);
            return null;
        }
        OrderCalculator.Result r = OrderCalculator.compute(draft.requestedLines(), needs);
        store.placeDraft(orderId, r.lines(), r.households(), r.villages(), needs.size(), r.groupTotal(),
                r.retailTotal(), r.savingTotal());
        return get(orderId);
    }

    private void finishStaleDrafts() {
        store.draftsCreatedBefore(Instant.now().minus(STALE_DRAFT)).forEach(d -> finish(d.id()));
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
        return store.findOrder(id).orElseThrow(() -> new NotFoundException("purchase order", id));
    }

    public PageResponse<PurchaseOrder> search(Integer season, PurchaseOrderStatus status, Pageable page) {
        return store.orders(season, status, page);
    }

    void recordDeliveries(String orderId, List<PurchaseOrder.VillageDelivery> villages) {
        store.recordDeliveries(orderId, villages);
    }

}
