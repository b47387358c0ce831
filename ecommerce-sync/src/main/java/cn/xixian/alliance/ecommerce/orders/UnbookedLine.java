package cn.xixian.alliance.ecommerce.orders;

import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;
import java.time.Instant;

/** A sold line the contracts could not (fully) supply: reported so someone sources the fruit, never dropped. */
public record UnbookedLine(String storeCode, String orderId, String lineId, String sku, Grade grade,
        BigDecimal weightKg, BigDecimal bookedKg, BigDecimal unbookedKg, String status, Instant modified) {
}
