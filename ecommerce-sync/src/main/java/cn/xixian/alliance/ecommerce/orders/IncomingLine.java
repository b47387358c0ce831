package cn.xixian.alliance.ecommerce.orders;

import java.math.BigDecimal;

/**
 * One line of an incoming order. {@code lineId} is the platform's sub-order id (Taobao {@code oid}) or, where the
 * platform has none, the line's position or SKU; it must be stable across versions of the same order, because the
 * line's booking reference is built from it. {@code cancelled} marks a line closed or refunded on its own
 * (a Taobao sub-order in {@code TRADE_CLOSED}) while the rest of the order stands.
 */
public record IncomingLine(String lineId, String sku, String title, int quantity, BigDecimal unitPrice,
        boolean cancelled) {
}
