package cn.xixian.alliance.ecommerce.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The canonical order every channel route ends in: one version of one store's order. {@code modified} is its
 * version (store + order id + modified is the idempotency key; a newer modified supersedes an older one).
 * {@code payload} is the message as it arrived (the trade JSON, the CSV rows) so a rejected order can be
 * dead-lettered with its original text; {@code source} says how it came (webhook, poll, csv, replay, bench).
 */
public record IncomingOrder(
        String storeCode,
        String orderId,
        OrderFormat format,
        SaleStatus status,
        String platformStatus,
        Instant created,
        Instant modified,
        Receiver receiver,
        BigDecimal payment,
        List<IncomingLine> lines,
        String source,
        String payload) {

    public IncomingOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** {@code storeCode/orderId}: one store order whatever its version. */
    public String key() {
        return storeCode + "/" + orderId;
    }
}
