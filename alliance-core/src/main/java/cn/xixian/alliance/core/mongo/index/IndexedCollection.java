package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.stream.Stream;

/** What {@link IndexedQueries} needs from a backend's collection (bridges to its protected methods). */
interface IndexedCollection<P> {

    List<Index<P>> getIndexes();

    int count();

    Document documentAt(P position);

    /** The backend's own query: a unique index if one answers the query, else a scan of all documents. */
    QueryResult backendQuery(Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector);

    /** Filters, then sorts by {@code orderBy} unless {@code inOrder}, then skips, limits and projects. */
    QueryResult fromStream(Stream<Document> documents, Document query, Document orderBy, boolean inOrder,
            int skip, int limit, int batchSize, Document fieldSelector);
}
