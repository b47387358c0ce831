package cn.xixian.alliance.coldstorage.coldstore.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The cold stores as registered ({@code cold_stores}); their chambers' stock lives in {@link ChamberBalances}. */
@Component
public class ColdStoreStore {

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    ColdStoreStore(MongoTemplate mongo, PagedQueries pages) {
        this.pages = pages;
        this.mongo = mongo;
    }

    /** Inserts a store; a duplicate code throws {@code DuplicateKeyException}. */
    public void insert(ColdStoreDocument store) {
        mongo.insert(store);
    }

    public <T> PageResponse<T> page(String ownerId, Pageable page, Function<ColdStoreDocument, T> view) {
        Query query = ownerId == null ? new Query() : Query.query(Criteria.where("ownerId").is(ownerId));
        return pages.query(query, page, ColdStoreDocument.class, ColdStoreDocument.COLLECTION, view);
    }

    /** Every store, by code. */
    public List<ColdStoreDocument> all() {
        return mongo.find(new Query().with(Sort.by("code")), ColdStoreDocument.class);
    }

    public Optional<ColdStoreDocument> byIdOrCode(String idOrCode) {
        ColdStoreDocument store = ObjectId.isValid(idOrCode) ? mongo.findById(idOrCode, ColdStoreDocument.class) : null;
        if (store == null) {
            store = mongo.findOne(Query.query(Criteria.where("code").is(idOrCode)), ColdStoreDocument.class);
        }
        return Optional.ofNullable(store);
    }

    /** The store holding a chamber. */
    public Optional<ColdStoreDocument> withChamber(String chamberId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("chambers._id").is(chamberId)),
                ColdStoreDocument.class));
    }
}
