package cn.xixian.alliance.ecommerce.catalog;

import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a store SKU sells: a box of {@code boxKg} kilograms of one grade, {@code fruitCount} pears of
 * {@code fruitSize} (e.g. "75-80mm"). {@code storeCode} null: the mapping of every store; set: that store's own
 * override of it. {@code id} is {@code <storeCode or *>|<sku>}.
 */
public record SkuMapping(String id, String storeCode, String sku, Grade grade, Integer fruitCount, String fruitSize,
        BigDecimal boxKg, String title, Instant createdAt) {
}
