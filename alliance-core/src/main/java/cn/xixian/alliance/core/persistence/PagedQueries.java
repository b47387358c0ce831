package cn.xixian.alliance.core.persistence;

import cn.xixian.alliance.core.web.PageResponse;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One page of a query's documents in the API's list shape, shared by every feature's store (a package of its own,
 * so any feature may use it): paging is written once, and the caller needs no template of its own for it.
 */
@Component
public class PagedQueries {

    private final MongoTemplate mongo;

    PagedQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One page of {@code query}'s documents in {@code collection}, mapped to what the API shows, with the total. */
    public <D, T> PageResponse<T> query(Query query, Pageable page, Class<D> type, String collection,
            Function<D, T> mapper) {
        long total = mongo.count(query, type, collection);
        List<T> items = mongo.find(Query.of(query).with(page), type, collection).stream().map(mapper).toList();
        return new PageResponse<>(items, total);
    }
}
