package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.catalog.SkuMapping;
import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What makes an incoming order unacceptable: missing fields, no lines, an unknown SKU (named like {@code lines[0].sku}). */
final class OrderChecks {

    private OrderChecks() {
    }

    static List<FieldError> errors(IncomingOrder order, Map<String, SkuMapping> skus) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(order.storeCode())) {
            errors.add(FieldError.of("storeCode", "is required"));
        }
        if (blank(order.orderId())) {
            errors.add(FieldError.of("orderId", "is required"));
        } else if (order.orderId().length() > 100) {
            errors.add(FieldError.of("orderId", "is longer than 100 characters"));
        }
        if (order.modified() == null) {
            errors.add(FieldError.of("modified", "is required (the order's version)"));
        }
        if (order.status() == null) {
            errors.add(FieldError.of("status", "is required"));
        }
        if (order.format() == null) {
            errors.add(FieldError.of("format", "is required"));
        }
        if (order.lines().isEmpty()) {
            errors.add(FieldError.of("lines", "has no lines"));
        }
        Set<String> lineIds = new HashSet<>();
        for (int i = 0; i < order.lines().size(); i++) {
            IncomingLine line = order.lines().get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                errors.add(FieldError.of("lines[" + i + "]", "is empty"));
                continue;
            }
            if (blank(line.sku())) {
                errors.add(FieldError.of(at + "sku", "is required"));
            } else if (!skus.containsKey(line.sku())) {
                errors.add(FieldError.of(at + "sku", "'" + line.sku() + "' is not in the SKU catalog"));
            }
            if (line.quantity() < 0 || line.quantity() > 10_000 || (line.quantity() == 0 && !line.cancelled())) {
                errors.add(FieldError.of(at + "quantity", "must be between 1 and 10000"));
            }
            String lineId = blank(line.lineId()) ? String.valueOf(i) : line.lineId();
            if (!lineIds.add(lineId)) {
                errors.add(FieldError.of(at + "lineId", "'" + lineId + "' appears on more than one line"));
            }
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
