package cn.xixian.alliance.core.redorder.persistence;

import java.util.ArrayDeque;
import java.util.Deque;
import org.bson.Document;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads the ids of the contracts matching a filter in id order, a page at a time. Its position is the last id
 * handed out, saved with each committed chunk: a restart carries on after the last committed chunk and reads the
 * chunk that failed again (the steps are idempotent, so that is safe). Contracts are read whatever their status,
 * so that a replayed one meets the atomic status guard instead of silently dropping out. Made by
 * {@link RedOrderJobStore}.
 */
public class ContractIdReader implements ItemStreamReader<String> {

    private static final String LAST_ID = "lastId";

    private final MongoTemplate mongo;
    private final Criteria filter;
    private final int pageSize;
    private final Deque<String> page = new ArrayDeque<>();
    private String lastId;
    private boolean exhausted;

    ContractIdReader(MongoTemplate mongo, Criteria filter, int pageSize) {
        this.mongo = mongo;
        this.filter = filter;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        lastId = context.containsKey(LAST_ID) ? context.getString(LAST_ID) : null;
    }

    @Override
    public void update(ExecutionContext context) {
        if (lastId != null) {
            context.putString(LAST_ID, lastId);
        }
    }

    @Override
    public String read() {
        if (page.isEmpty() && !exhausted) {
            Criteria after = lastId == null ? filter : new Criteria().andOperator(filter, Criteria.where("_id").gt(lastId));
            Query query = Query.query(after).with(Sort.by("_id")).limit(pageSize);
            query.fields().include("_id");
            mongo.find(query, Document.class, RedOrderDocument.COLLECTION).forEach(d -> page.add(d.get("_id").toString()));
            exhausted = page.size() < pageSize;
        }
        String next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }
}
