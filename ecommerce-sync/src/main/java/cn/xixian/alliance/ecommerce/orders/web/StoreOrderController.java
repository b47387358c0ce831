package cn.xixian.alliance.ecommerce.orders.web;

import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.orders.SalesTotals;
import cn.xixian.alliance.ecommerce.orders.SeasonSales;
import cn.xixian.alliance.ecommerce.orders.StoreOrder;
import cn.xixian.alliance.ecommerce.orders.StoreOrders;
import cn.xixian.alliance.ecommerce.orders.UnbookedLine;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Store orders as the intake recorded them, with their bookings; read by the coordinator and store integrations. */
@RestController
@PreAuthorize("hasAnyRole('COORDINATOR', 'STORE_INTEGRATION')")
class StoreOrderController {

    private static final String BASE = "/api/v1/store-orders";

    private final StoreOrders orders;
    private final SalesTotals totals;

    StoreOrderController(StoreOrders orders, SalesTotals totals) {
        this.orders = orders;
        this.totals = totals;
    }

    @GetMapping(BASE)
    PageResponse<StoreOrder> search(@RequestParam(required = false) String storeCode,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return orders.search(storeCode, status, Pages.of(page, size, Sort.by(Sort.Direction.DESC, "modified")
                .and(Sort.by("_id"))));
    }

    /** Lines sold without contracted supply left ("marked unbooked and reported"). */
    @GetMapping(BASE + "/unbooked")
    PageResponse<UnbookedLine> unbooked(@RequestParam(required = false) String storeCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return orders.unbooked(storeCode, Pages.of(page, size, Sort.by(Sort.Direction.DESC, "modified").and(Sort.by("_id"))));
    }

    /** The season's paid orders, their value and the kg booked for them (the coordinator's "yuan traded"). */
    @GetMapping(BASE + "/sales")
    SeasonSales sales(@RequestParam int season) {
        return totals.season(season);
    }

    @GetMapping(BASE + "/{storeCode}/{orderId}")
    StoreOrder get(@PathVariable String storeCode, @PathVariable String orderId) {
        return orders.get(storeCode, orderId);
    }
}
