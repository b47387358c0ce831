package cn.xixian.alliance.core.harvest.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code harvest_imports} collection and each import's bad rows ({@code import_errors}). */
@Component
public class HarvestImportStore {

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    HarvestImportStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    public void insert(HarvestImportDocument doc) {
        mongo.insert(doc);
    }

    public Optional<HarvestImportDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, HarvestImportDocument.class));
    }

    /** The imports of one cooperative, or all when {@code cooperativeId} is null. */
    public <T> PageResponse<T> list(String cooperativeId, Pageable page, Function<HarvestImportDocument, T> view) {
        Query query = cooperativeId == null ? new Query() : Query.query(Criteria.where("cooperativeId").is(cooperativeId));
        return pages.query(query, page, HarvestImportDocument.class, HarvestImportDocument.COLLECTION, view);
    }

    public long errorCount(String importId) {
        return mongo.count(ofImport(importId), ImportErrorDocument.COLLECTION);
    }

    /** The first {@code limit} bad rows, by row and field. */
    public List<FieldError> firstErrors(String importId, int limit) {
        return errors(ofImport(importId).with(Sort.by("row", "field")).limit(limit));
    }

    /** One page of the bad rows, with their total. */
    public PageResponse<FieldError> errors(String importId, Pageable page) {
        return new PageResponse<>(errors(ofImport(importId).with(page)), errorCount(importId));
    }

    private List<FieldError> errors(Query query) {
        return mongo.find(query, ImportErrorDocument.class).stream()
                .map(e -> new FieldError(e.row(), e.field(), e.message())).toList();
    }

    private static Query ofImport(String importId) {
        return Query.query(Criteria.where("importId").is(importId));
    }
}
