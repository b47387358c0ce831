package cn.xixian.alliance.ecommerce.catalog.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A SKU mapping as stored: {@code _id} = {@code <storeCode or *>|<sku>}, so the key (store, sku) is unique without a
 * second index and one {@code $in} over ids finds a batch's mappings. The box weight is whole grams.
 */
@Document(SkuMappingDocument.COLLECTION)
public record SkuMappingDocument(@Id String id, String storeCode, String sku, String grade, Integer fruitCount,
        String fruitSize, long boxGrams, String title, Instant createdAt) {

    public static final String COLLECTION = "sku_mappings";
    public static final String ANY_STORE = "*";

    public static String id(String storeCode, String sku) {
        return (storeCode == null || storeCode.isBlank() ? ANY_STORE : storeCode) + "|" + sku;
    }
}
