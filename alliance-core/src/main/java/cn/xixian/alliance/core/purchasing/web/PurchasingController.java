package cn.xixian.alliance.core.purchasing.web;

import cn.xixian.alliance.core.purchasing.DeliverySplitter;
import cn.xixian.alliance.core.purchasing.InputNeed;
import cn.xixian.alliance.core.purchasing.InputNeedRequest;
import cn.xixian.alliance.core.purchasing.InputNeedService;
import cn.xixian.alliance.core.purchasing.NeedStatus;
import cn.xixian.alliance.core.purchasing.PurchaseOrder;
import cn.xixian.alliance.core.purchasing.PurchaseOrderRequest;
import cn.xixian.alliance.core.purchasing.PurchaseOrderService;
import cn.xixian.alliance.core.purchasing.PurchaseOrderStatus;
import cn.xixian.alliance.core.purchasing.HouseholdSavings;
import cn.xixian.alliance.core.purchasing.SavingsService;
import cn.xixian.alliance.core.purchasing.Supplier;
import cn.xixian.alliance.core.purchasing.SupplierService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The purchasing group (优购): needs from cooperatives; suppliers, bulk orders and their delivery for coordinators. */
@RestController
@RequestMapping("/api/v1/purchasing")
@PreAuthorize("hasRole('COORDINATOR')")
class PurchasingController {

    private final InputNeedService needs;
    private final PurchaseOrderService orders;
    private final DeliverySplitter deliveries;
    private final SupplierService suppliers;
    private final SavingsService savings;

    PurchasingController(InputNeedService needs, PurchaseOrderService orders, DeliverySplitter deliveries,
            SupplierService suppliers, SavingsService savings) {
        this.savings = savings;
        this.needs = needs;
        this.orders = orders;
        this.deliveries = deliveries;
        this.suppliers = suppliers;
    }

    @PostMapping("/needs")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
    ResponseEntity<InputNeed> recordNeed(@Valid @RequestBody InputNeedRequest request) {
        InputNeed need = needs.record(request);
        return ResponseEntity.created(URI.create("/api/v1/purchasing/needs/" + need.id())).body(need);
    }

    @GetMapping("/needs/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
    InputNeed need(@PathVariable String id) {
        return needs.get(id);
    }

    @GetMapping("/needs")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
    PageResponse<InputNeed> searchNeeds(@RequestParam(required = false) Integer season,
            @RequestParam(required = false) String cooperativeId, @RequestParam(required = false) String householdId,
            @RequestParam(required = false) String item, @RequestParam(required = false) NeedStatus status,
            @RequestParam(required = false) String orderId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return needs.search(new InputNeedService.Filter(season, cooperativeId, householdId, item, status, orderId),
                Pages.of(page, size, "wantedBy", "_id"));
    }

    /** A household's saving through the bulk orders, order by order and in total. */
    @GetMapping("/households/{householdId}/savings")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
    HouseholdSavings savings(@PathVariable String householdId, @RequestParam(required = false) Integer season) {
        return savings.ofHousehold(householdId, season);
    }

    @PostMapping("/suppliers")
    ResponseEntity<Supplier> createSupplier(@Valid @RequestBody Supplier supplier) {
        Supplier created = suppliers.create(supplier);
        return ResponseEntity.created(URI.create("/api/v1/purchasing/suppliers/" + created.id())).body(created);
    }

    @GetMapping("/suppliers/{id}")
    Supplier supplier(@PathVariable String id) {
        return suppliers.get(id);
    }

    @GetMapping("/suppliers")
    PageResponse<Supplier> suppliers(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return suppliers.list(Pages.of(page, size, "code"));
    }

    /** Aggregates the season's open needs for the listed inputs into one bulk order (201), or 409 if there are none. */
    @PostMapping("/orders")
    ResponseEntity<PurchaseOrder> aggregate(@Valid @RequestBody PurchaseOrderRequest request) {
        PurchaseOrder order = orders.aggregate(request);
        return ResponseEntity.created(URI.create("/api/v1/purchasing/orders/" + order.id())).body(order);
    }

    @GetMapping("/orders/{id}")
    PurchaseOrder order(@PathVariable String id) {
        return orders.get(id);
    }

    @GetMapping("/orders")
    PageResponse<PurchaseOrder> searchOrders(@RequestParam(required = false) Integer season,
            @RequestParam(required = false) PurchaseOrderStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return orders.search(season, status, Pages.of(page, size, "createdAt", "_id"));
    }

    /** Splits the delivery per village into transport requests; repeating it returns the same requests. */
    @PostMapping("/orders/{id}/deliveries")
    PurchaseOrder splitDeliveries(@PathVariable String id, @RequestBody(required = false) DeliveryRequest body) {
        return deliveries.split(id, body == null ? null : body.deliveryDate());
    }

    record DeliveryRequest(LocalDate deliveryDate) {
    }
}
