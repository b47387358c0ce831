package cn.xixian.alliance.ui.sales;

import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetter;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.StoreOrder;
import cn.xixian.alliance.ecommerce.orders.StoreOrders;
import cn.xixian.alliance.ecommerce.orders.UnbookedLine;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sales desk: the store orders as the intake recorded them with the households they are booked on, the lines no
 * contract could take, and the messages that were refused (replayed from the page through the API).
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'STORE_INTEGRATION')")
class SalesController {

    static final int PAGE_SIZE = 20;
    private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "modified").and(Sort.by("_id"));

    private final StoreOrders orders;
    private final DeadLetters deadLetters;
    private final SalesRows rows;
    private final CurrentUser currentUser;

    SalesController(StoreOrders orders, DeadLetters deadLetters, SalesRows rows, CurrentUser currentUser) {
        this.orders = orders;
        this.deadLetters = deadLetters;
        this.rows = rows;
        this.currentUser = currentUser;
    }

    @GetMapping("/sales")
    String sales(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String storeCode,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int letters,
            Model model) {
        int orderPage = Math.max(0, page);
        int letterPage = Math.max(0, letters);
        PageResponse<StoreOrder> found = orders.search(storeCode, status, Pages.of(orderPage, PAGE_SIZE, NEWEST));
        PageResponse<UnbookedLine> unbooked = orders.unbooked(storeCode, Pages.of(0, PAGE_SIZE, NEWEST));
        List<DeadLetter> letterList = deadLetters.list(storeCode, null, letterPage, PAGE_SIZE);
        model.addAttribute("orders", rows.orders(found.items()));
        model.addAttribute("ordersTotal", found.total());
        model.addAttribute("orderPages", Paging.of(orderPage, PAGE_SIZE, found.total()));
        model.addAttribute("unbooked", unbooked.items().stream().map(SalesRows::unbooked).toList());
        model.addAttribute("unbookedOrders", unbooked.total());
        model.addAttribute("letters", letterList.stream().map(SalesRows::letter).toList());
        model.addAttribute("lettersTotal", deadLetters.count(storeCode, null));
        model.addAttribute("letterPages", Paging.of(letterPage, PAGE_SIZE, deadLetters.count(storeCode, null)));
        model.addAttribute("storeCode", storeCode == null ? "" : storeCode);
        model.addAttribute("status", status == null ? "" : status);
        // the replay endpoint is the coordinator's; a store integration sees the letters only
        model.addAttribute("canReplay", currentUser.get().map(u -> u.has(Role.COORDINATOR)).orElse(false));
        return "sales";
    }

    /** Where a paged table stands: the page shown (0-based), whether there are pages before and after it. */
    record Paging(int page, int pages, boolean previous, boolean next) {
        static Paging of(int page, int size, long total) {
            int pages = (int) Math.max(1, (total + size - 1) / size);
            return new Paging(page, pages, page > 0, page + 1 < pages);
        }
    }
}
