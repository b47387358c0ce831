package cn.xixian.alliance.core.redorder.web;

import cn.xixian.alliance.core.redorder.AdvanceRequest;
import cn.xixian.alliance.core.redorder.DeskTotals;
import cn.xixian.alliance.core.redorder.DeliveryRequest;
import cn.xixian.alliance.core.redorder.NewRedOrder;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.redorder.RedOrderStatus;
import cn.xixian.alliance.core.redorder.SettleRequest;
import cn.xixian.alliance.core.redorder.Statement;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Red-order contracts. Cooperative users reach their own households' contracts only (checked by the service). */
@RestController
@PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
class RedOrderController {

    private static final String BASE = "/api/v1/red-orders";

    private final RedOrderService orders;

    RedOrderController(RedOrderService orders) {
        this.orders = orders;
    }

    @PostMapping(BASE)
    ResponseEntity<RedOrder> create(@Valid @RequestBody NewRedOrder request) {
        RedOrderService.Signed signed = orders.sign(request);
        RedOrder order = signed.order();
        return signed.created() ? ResponseEntity.created(URI.create(BASE + "/" + order.id())).body(order)
                : ResponseEntity.ok(order); // a repeat with a known externalRef: the first contract

    }

    @GetMapping(BASE)
    PageResponse<RedOrder> search(@RequestParam(required = false) String householdId,
            @RequestParam(required = false) String cooperativeId, @RequestParam(required = false) Integer season,
            @RequestParam(required = false) RedOrderStatus status, @RequestParam(required = false) String villageId,
            @RequestParam(defaultValue = "false") boolean povertyOnly, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return orders.search(new RedOrderService.Filter(householdId, cooperativeId, season, status, villageId, povertyOnly, q),
                Pages.of(page, size, Sort.by(Sort.Direction.DESC, "season").and(Sort.by("householdCode", "_id"))));
    }

    /** Totals of the contracts the same filters name (the desk's figures). */
    @GetMapping(BASE + "/totals")
    DeskTotals totals(@RequestParam(required = false) String cooperativeId, @RequestParam(required = false) Integer season,
            @RequestParam(required = false) RedOrderStatus status, @RequestParam(required = false) String villageId,
            @RequestParam(defaultValue = "false") boolean povertyOnly, @RequestParam(required = false) String q) {
        return orders.totals(new RedOrderService.Filter(null, cooperativeId, season, status, villageId, povertyOnly, q));
    }

    @GetMapping(BASE + "/{id}")
    RedOrder get(@PathVariable String id) {
        return orders.get(id);
    }

    @PostMapping(BASE + "/{id}/advances")
    RedOrder advance(@PathVariable String id, @Valid @RequestBody AdvanceRequest request) {
        return orders.addAdvance(id, request);
    }

    @PostMapping(BASE + "/{id}/deliveries")
    RedOrder deliver(@PathVariable String id, @Valid @RequestBody DeliveryRequest request) {
        return orders.deliver(id, request);
    }

    @PostMapping(BASE + "/{id}/settle")
    Statement settle(@PathVariable String id, @Valid @RequestBody(required = false) SettleRequest request) {
        return orders.settle(id, request == null ? SettleRequest.NONE : request);
    }

    @PostMapping(BASE + "/{id}/close")
    RedOrder close(@PathVariable String id) {
        return orders.close(id);
    }

    @PostMapping(BASE + "/{id}/cancel")
    RedOrder cancel(@PathVariable String id, @Valid @RequestBody(required = false) SettleRequest request) {
        return orders.cancel(id, request == null ? null : request.reason());
    }

    @GetMapping(BASE + "/{id}/statement")
    Statement statement(@PathVariable String id) {
        return orders.statement(id);
    }

    @GetMapping("/api/v1/households/{householdId}/statements")
    List<Statement> householdStatements(@PathVariable String householdId, @RequestParam(required = false) Integer season) {
        return orders.statementsOfHousehold(householdId, season);
    }
}
