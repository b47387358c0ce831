package cn.xixian.alliance.ecommerce.stores.persistence;

import org.springframework.data.mongodb.core.query.Update;
import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code online_stores} collection, keyed by store code (a taken code fails the insert). */
@Component
public class OnlineStoreStore {

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    OnlineStoreStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    public <T> PageResponse<T> list(Pageable page, Function<OnlineStoreDocument, T> view) {
        return pages.query(new Query(), page, OnlineStoreDocument.class, "online_stores", view);
    }

    public Optional<OnlineStoreDocument> find(String code) {
        return Optional.ofNullable(code).map(c -> mongo.findById(c, OnlineStoreDocument.class));
    }

    /** Stores with polling switched on. */
    public List<OnlineStoreDocument> pollEnabled() {
        return mongo.find(Query.query(Criteria.where("poll.enabled").is(true)), OnlineStoreDocument.class);
    }

    public OnlineStoreDocument insert(OnlineStoreDocument document) {
        return mongo.insert(document);
    }

    /** Unsets the stored secret if it is exactly {@code secret}; true when one was unset. */
    public boolean retireSecret(String code, String secret) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(code).and("secret").is(secret)),
                new Update().unset("secret"), OnlineStoreDocument.class).getModifiedCount() > 0;
    }
}
