package cn.xixian.alliance.core.transport.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code transport_requests} collection. {@code (source, sourceRef)} is unique, so an insert of a reference
 * stored meanwhile fails (a {@code DuplicateKeyException} or, for several, a {@code DataIntegrityViolationException}).
 */
@Component
public class TransportRequestStore {

    private static final String COLLECTION = TransportRequestDocument.COLLECTION;

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    TransportRequestStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    public void insert(TransportRequest request) {
        mongo.insert(TransportRequestDocument.of(request), COLLECTION);
    }

    public void insertAll(List<TransportRequest> requests) {
        mongo.insert(requests.stream().map(TransportRequestDocument::of).toList(), COLLECTION);
    }

    public Optional<TransportRequest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, TransportRequestDocument.class, COLLECTION))
                .map(TransportRequestDocument::toRequest);
    }

    public Optional<TransportRequest> findBySource(String source, String sourceRef) {
        Query query = Query.query(Criteria.where("source").is(source).and("sourceRef").is(sourceRef));
        return Optional.ofNullable(mongo.findOne(query, TransportRequestDocument.class, COLLECTION))
                .map(TransportRequestDocument::toRequest);
    }

    /** The requests of one source among the given references. */
    public List<TransportRequest> bySource(String source, Collection<String> sourceRefs) {
        return mongo.find(Query.query(Criteria.where("source").is(source).and("sourceRef").in(sourceRefs)),
                TransportRequestDocument.class, COLLECTION).stream().map(TransportRequestDocument::toRequest).toList();
    }

    /** {@code statuses} and {@code source} narrow the list when given. */
    public PageResponse<TransportRequest> search(Collection<TransportStatus> statuses, String source, Pageable page) {
        Criteria where = new Criteria();
        if (statuses != null && !statuses.isEmpty()) {
            where = where.and("status").in(statuses);
        }
        if (source != null && !source.isBlank()) {
            where = where.and("source").is(source);
        }
        return pages.query(Query.query(where), page, TransportRequestDocument.class, COLLECTION,
                TransportRequestDocument::toRequest);
    }

    public List<TransportRequest> inStatus(Collection<TransportStatus> statuses) {
        return mongo.find(Query.query(Criteria.where("status").in(statuses)), TransportRequestDocument.class,
                COLLECTION).stream().map(TransportRequestDocument::toRequest).toList();
    }

    /** One atomic step from one of {@code from} to {@code to}; empty when the request is in another state. */
    public Optional<TransportRequest> changeStatus(String id, Collection<TransportStatus> from, TransportStatus to) {
        Query query = Query.query(Criteria.where("_id").is(id).and("status").in(from));
        return Optional.ofNullable(mongo.findAndModify(query, Update.update("status", to),
                FindAndModifyOptions.options().returnNew(true), TransportRequestDocument.class, COLLECTION))
                .map(TransportRequestDocument::toRequest);
    }
}
