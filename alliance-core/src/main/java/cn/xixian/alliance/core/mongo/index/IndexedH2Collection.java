package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/** The H2 backend's collection, read through {@link IndexedQueries}. */
final class IndexedH2Collection extends H2Collection implements IndexedCollection<Object>, ExplainableCollection {

    private final AtomicLong examined = new AtomicLong();

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document fieldSelector) {
        return IndexedQueries.run(this, query, orderBy, skip, limit, batchSize, fieldSelector, new QueryStats(), examined);
    }

    @Override
    public synchronized Document explain(Document query, Document orderBy, int skip, int limit) {
        QueryStats stats = new QueryStats();
        QueryResult result = IndexedQueries.run(this, query, orderBy, skip, limit, 0, null, stats, new AtomicLong());
        return Explain.describe(getFullName(), query, result, stats);
    }

    @Override
    public long documentsExamined() {
        return examined.get();
    }

    /** Dropping a compound unique index drops the secondary index kept beside it. */
    @Override
    public synchronized void dropIndex(String indexName) {
        super.dropIndex(indexName);
        String beside = SecondaryIndex.prefixKeysOf(indexName);
        if (getIndexes().stream().anyMatch(index -> index.getName().equals(beside))) {
            super.dropIndex(beside);
        }
    }

    @Override
    public synchronized void removeDocument(Document document) {
        Object position = Positions.of(this, document);
        super.removeDocument(document);
        Positions.removeFromSecondaryIndexes(this, document, position);
    }

    @Override
    public Document documentAt(Object position) {
        return getDocument(position);
    }

    @Override
    public QueryResult backendQuery(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document fieldSelector) {
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    @Override
    public QueryResult fromStream(Stream<Document> documents, Document query, Document orderBy, boolean inOrder,
            int skip, int limit, int batchSize, Document fieldSelector) {
        return inOrder
                ? matchDocumentsFromStream(query, documents, skip, limit, batchSize, null, fieldSelector)
                : matchDocumentsFromStream(documents, query, orderBy, skip, limit, batchSize, fieldSelector);
    }
}
