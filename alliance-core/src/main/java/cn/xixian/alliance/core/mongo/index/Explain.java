package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/** The reply to {@code explain}: the fields of MongoDB's own reply that say how a query was answered. */
final class Explain {

    private Explain() {
    }

    static Document describe(String namespace, Document query, QueryResult result, QueryStats stats) {
        long returned = 0;
        for (Document ignored : result) {
            returned++;
        }
        Document winningPlan;
        if (stats.stage.equals("IXSCAN")) {
            Document input = new Document("stage", "IXSCAN").append("indexName", stats.indexName)
                    .append("keyPattern", stats.keyPattern);
            winningPlan = new Document("stage", "FETCH").append("inputStage", input);
        } else if (stats.stage.equals("IDHACK")) {
            winningPlan = new Document("stage", "IDHACK").append("indexName", stats.indexName);
        } else {
            winningPlan = new Document("stage", "COLLSCAN");
        }
        Document planner = new Document("namespace", namespace).append("parsedQuery", query)
                .append("winningPlan", winningPlan);
        Document execution = new Document("executionSuccess", true).append("nReturned", returned)
                .append("totalKeysExamined", stats.keysExamined)
                .append("totalDocsExamined", stats.stage.equals("IDHACK") ? returned : stats.docsExamined);
        return new Document("queryPlanner", planner).append("executionStats", execution).append("ok", 1.0);
    }
}
