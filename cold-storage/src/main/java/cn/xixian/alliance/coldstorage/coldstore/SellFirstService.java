package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.coldstorage.coldstore.persistence.SellFirstDocument;
import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The sell-first lists the nightly stock-age job writes, one per {@code asOf} date. */
@Service
public class SellFirstService {

    /** Oldest fruit first; chamber and lot make the order stable. */
    public static final Sort OLDEST_FIRST = Sort.by("storedOn", "chamberId", "lotRef");

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    SellFirstService(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    /** The list of {@code asOf}, or of the newest run when null (empty when the job never ran). */
    public PageResponse<SellFirstItem> list(LocalDate asOf, Pageable page) {
        Optional<LocalDate> date = asOf != null ? Optional.of(asOf) : latestAsOf();
        if (date.isEmpty()) {
            return new PageResponse<>(List.of(), 0);
        }
        Query query = Query.query(Criteria.where("asOf").is(date.get().toString()));
        Pageable sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), OLDEST_FIRST);
        return pages.query(query, sorted, SellFirstDocument.class, SellFirstDocument.COLLECTION,
                SellFirstDocument::toItem);
    }

    public Optional<LocalDate> latestAsOf() {
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "asOf")).limit(1);
        return Optional.ofNullable(mongo.findOne(newest, SellFirstDocument.class)).map(d -> LocalDate.parse(d.asOf()));
    }

    /** Forgets the list of a date, before a fresh run of that date writes it again. */
    public void clear(LocalDate asOf) {
        mongo.remove(Query.query(Criteria.where("asOf").is(asOf.toString())), SellFirstDocument.class);
    }

    /** Writes lines by their key (replace or insert), so writing a chunk twice changes nothing. */
    public void save(List<SellFirstItem> items) {
        if (items.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, SellFirstDocument.class);
        for (SellFirstItem item : items) {
            SellFirstDocument doc = SellFirstDocument.of(item);
            bulk.replaceOne(Query.query(Criteria.where("_id").is(doc.id())), doc,
                    org.springframework.data.mongodb.core.FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }
}
