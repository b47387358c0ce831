package cn.xixian.alliance.ecommerce.channels.web;

import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import java.util.List;

/**
 * The answer to an accepted webhook: what happened to the order ({@code outcome}: BOOKED, DUPLICATE, STALE, …) and
 * the store order's status. A body with several orders (a page) lists each under {@code orders}.
 */
record WebhookReceipt(String storeCode, String orderId, IntakeOutcome outcome, String status,
        List<WebhookReceipt> orders) {

    static WebhookReceipt of(String storeCode, List<IntakeResult> results) {
        List<WebhookReceipt> each = results.stream().map(r -> new WebhookReceipt(storeCode, r.orderId(),
                r.outcome(), r.orderStatus(), null)).toList();
        if (each.size() == 1) {
            return each.get(0);
        }
        WebhookReceipt first = each.isEmpty() ? null : each.get(0);
        return new WebhookReceipt(storeCode, first == null ? null : first.orderId(),
                first == null ? null : first.outcome(), first == null ? null : first.status(), each);
    }
}
