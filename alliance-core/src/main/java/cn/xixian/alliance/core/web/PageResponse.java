package cn.xixian.alliance.core.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The list shape of every API: {@code { "items": [...], "total": N }}. */
public record PageResponse<T>(List<T> items, long total) {

    /** One page of a query's documents, mapped to what the API shows, with the query's total. */
    public static <D, T> PageResponse<T> query(MongoTemplate mongo, Query query, Pageable page, Class<D> type,
            String collection, Function<D, T> mapper) {
        long total = mongo.count(query, type, collection);
        List<T> items = mongo.find(Query.of(query).with(page), type, collection).stream().map(mapper).toList();
        return new PageResponse<>(items, total);
    }
}
