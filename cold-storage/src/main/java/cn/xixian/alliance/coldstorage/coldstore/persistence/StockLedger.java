package cn.xixian.alliance.coldstorage.coldstore.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.coldstorage.coldstore.LedgerEntry;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of the append-only stock ledger ({@code stock_ledger}); entries are written only by {@link ChamberBalances}. */
@Component
public class StockLedger {

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    StockLedger(MongoTemplate mongo, PagedQueries pages) {
        this.pages = pages;
        this.mongo = mongo;
    }

    /** A chamber's entries in the page's order. */
    public PageResponse<LedgerEntry> page(String chamberId, Pageable page) {
        return pages.query(Query.query(Criteria.where("chamberId").is(chamberId)), page,
                LedgerEntryDocument.class, LedgerEntryDocument.COLLECTION, LedgerEntryDocument::toEntry);
    }

    /** The entry of a leg already applied, if any. */
    public Optional<LedgerEntry> find(String chamberId, String ref) {
        return Optional.ofNullable(mongo.findById(LedgerEntryDocument.id(chamberId, ref), LedgerEntryDocument.class))
                .map(LedgerEntryDocument::toEntry);
    }

    /** The legs of one operation (all chambers), e.g. a pick's OUT legs. */
    public List<LedgerEntry> ofOperation(String opRef) {
        return mongo.find(Query.query(Criteria.where("opRef").is(opRef)), LedgerEntryDocument.class).stream()
                .map(LedgerEntryDocument::toEntry).toList();
    }

    /** The receipts (IN entries) of a lot, in every chamber. */
    public List<LedgerEntry> receiptsOf(String lotRef) {
        return mongo.find(Query.query(Criteria.where("lotRef").is(lotRef).and("type").is(
                cn.xixian.alliance.coldstorage.coldstore.MoveType.IN)), LedgerEntryDocument.class).stream()
                .map(LedgerEntryDocument::toEntry).toList();
    }

    /** Every entry of a chamber, oldest first (for sums and checks). */
    public List<LedgerEntry> all(String chamberId) {
        return mongo.find(Query.query(Criteria.where("chamberId").is(chamberId)), LedgerEntryDocument.class).stream()
                .map(LedgerEntryDocument::toEntry).toList();
    }
}
