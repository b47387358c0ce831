package cn.xixian.alliance.ecommerce.catalog;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.ecommerce.catalog.persistence.SkuMappingDocument;
import cn.xixian.alliance.ecommerce.catalog.persistence.SkuMappingStore;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The SKU catalog: which product (grade, fruit, box weight) a store's SKU sells. A store's own mapping wins. */
@Service
public class SkuCatalog {

    private final SkuMappingStore mappings;

    SkuCatalog(SkuMappingStore mappings) {
        this.mappings = mappings;
    }

    /** Adds a mapping; the same (store or every store, sku) twice is a conflict (409). */
    public SkuMapping create(NewSkuMapping request) {
        String store = request.storeCode() == null || request.storeCode().isBlank() ? null : request.storeCode();
        SkuMappingDocument doc = new SkuMappingDocument(SkuMappingDocument.id(store, request.sku()), store,
                request.sku(), request.grade().name(), request.fruitCount(), request.fruitSize(),
                Weights.grams(request.boxKg()), request.title(), Instant.now());
        try {
            return view(mappings.insert(doc));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("SKU " + request.sku() + " is mapped already"
                    + (store == null ? "" : " for store " + store));
        }
    }

    /** {@code storeCode} given: that store's overrides and the mappings of every store; else all. */
    public PageResponse<SkuMapping> list(String storeCode, Pageable page) {
        return mappings.list(storeCode, page, SkuCatalog::view);
    }

    /** The mappings of a batch's SKUs for one store, by SKU, with one query; unknown SKUs are absent. */
    public Map<String, SkuMapping> resolve(String storeCode, Collection<String> skus) {
        Set<String> ids = new HashSet<>();
        for (String sku : skus) {
            ids.add(SkuMappingDocument.id(null, sku));
            ids.add(SkuMappingDocument.id(storeCode, sku));
        }
        Map<String, SkuMapping> found = new HashMap<>();
        for (SkuMappingDocument doc : mappings.byIds(ids)) {
            if (doc.storeCode() != null || !found.containsKey(doc.sku())) {
                found.put(doc.sku(), view(doc));
            }
        }
        return found;
    }

    private static SkuMapping view(SkuMappingDocument doc) {
        return new SkuMapping(doc.id(), doc.storeCode(), doc.sku(), Grade.valueOf(doc.grade()), doc.fruitCount(),
                doc.fruitSize(), Weights.kg(doc.boxGrams()), doc.title(), doc.createdAt());
    }
}
