package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The commands the indexed databases answer themselves: {@code explain} of a find or count, and
 * an aggregation that opens with {@code $match}, whose documents then come from a query (so an
 * index can answer it) instead of a scan of the collection. Everything else is the backend's.
 */
final class IndexedDatabases {

    private IndexedDatabases() {
    }

    /** The reply, or null when the backend answers the command as before. */
    static Document handle(MongoDatabase database, Function<String, MongoCollection<?>> collections, String command,
            Document query, DatabaseResolver resolver, Oplog oplog) {
        if (command.equalsIgnoreCase("explain") && query.get("explain") instanceof Document explained) {
            return explain(database, collections, explained);
        }
        if (command.equalsIgnoreCase("aggregate") && query.get("pipeline") instanceof List<?> stages
                && !stages.isEmpty() && stages.get(0) instanceof Document first && first.size() == 1
                && first.get("$match") instanceof Document match && !Boolean.TRUE.equals(query.get("explain"))) {
            MongoCollection<?> collection = collections.apply(query.get("aggregate").toString());
            if (collection == null) {
                return null;
            }
            List<Document> pipeline = Aggregation.parse(query.get("pipeline"));
            Aggregation aggregation = Aggregation.fromPipeline(pipeline, resolver, database, collection, oplog);
            aggregation.validate(query);
            List<Document> result = aggregation.runStages(collection.handleQueryAsStream(match));
            return firstBatch(database.getDatabaseName() + "." + collection.getCollectionName(), result);
        }
        return null;
    }

    private static Document explain(MongoDatabase database, Function<String, MongoCollection<?>> collections,
            Document explained) {
        String verb = explained.keySet().iterator().next();
        if (!verb.equals("find") && !verb.equals("count")) {
            return null;
        }
        MongoCollection<?> collection = collections.apply(explained.get(verb).toString());
        if (!(collection instanceof ExplainableCollection explainable)) {
            return null;
        }
        Document filter = (Document) explained.getOrDefault(verb.equals("find") ? "filter" : "query", new Document());
        Document sort = (Document) explained.get("sort");
        int skip = ((Number) explained.getOrDefault("skip", 0)).intValue();
        int limit = Math.abs(((Number) explained.getOrDefault("limit", 0)).intValue());
        return explainable.explain(filter, sort, skip, limit);
    }

    private static Document firstBatch(String namespace, List<Document> documents) {
        Document cursor = new Document("id", 0L).append("ns", namespace).append("firstBatch", new ArrayList<>(documents));
        return new Document("cursor", cursor).append("ok", 1.0);
    }
}
