package cn.xixian.alliance.coldstorage.coldstore.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.coldstorage.coldstore.SellFirstItem;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The stock-age job's sell-first lists ({@code sell_first}), one per run date. */
@Component
public class SellFirstStore {

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    SellFirstStore(MongoTemplate mongo, PagedQueries pages) {
        this.pages = pages;
        this.mongo = mongo;
    }

    public PageResponse<SellFirstItem> page(LocalDate asOf, Pageable sorted) {
        return pages.query(Query.query(Criteria.where("asOf").is(asOf.toString())), sorted,
                SellFirstDocument.class, SellFirstDocument.COLLECTION, SellFirstDocument::toItem);
    }

    public Optional<LocalDate> latestAsOf() {
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "asOf")).limit(1);
        return Optional.ofNullable(mongo.findOne(newest, SellFirstDocument.class)).map(d -> LocalDate.parse(d.asOf()));
    }

    public void clear(LocalDate asOf) {
        mongo.remove(Query.query(Criteria.where("asOf").is(asOf.toString())), SellFirstDocument.class);
    }

    /** Replaces or inserts each line by its key, so writing a chunk twice changes nothing. */
    public void save(List<SellFirstItem> items) {
        if (items.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, SellFirstDocument.class);
        for (SellFirstItem item : items) {
            SellFirstDocument doc = SellFirstDocument.of(item);
            bulk.replaceOne(Query.query(Criteria.where("_id").is(doc.id())), doc, FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }
}
