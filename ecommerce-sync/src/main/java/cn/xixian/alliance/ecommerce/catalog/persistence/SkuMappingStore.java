package cn.xixian.alliance.ecommerce.catalog.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code sku_mappings} collection; the id is (store or every store, sku), so a mapping exists once. */
@Component
public class SkuMappingStore {

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    SkuMappingStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    /** Stores a new mapping; the same id again throws {@link DuplicateKeyException}. */
    public SkuMappingDocument insert(SkuMappingDocument doc) {
        return mongo.insert(doc);
    }

    /** {@code storeCode} given: that store's overrides and the mappings of every store; else all. */
    public <T> PageResponse<T> list(String storeCode, Pageable page, Function<SkuMappingDocument, T> view) {
        Query query = storeCode == null || storeCode.isBlank() ? new Query()
                : Query.query(Criteria.where("storeCode").in(Arrays.asList(storeCode, null)));
        return pages.query(query, page, SkuMappingDocument.class, SkuMappingDocument.COLLECTION, view);
    }

    public List<SkuMappingDocument> byIds(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), SkuMappingDocument.class);
    }
}
