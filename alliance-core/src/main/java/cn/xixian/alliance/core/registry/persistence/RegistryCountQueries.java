package cn.xixian.alliance.core.registry.persistence;

import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** The registry's counts grouped in MongoDB (one aggregation each, whatever the number of documents). */
@Component
public class RegistryCountQueries {

    private final MongoTemplate mongo;

    RegistryCountQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Members per kind (the kind's name); members without a kind are left out. */
    public Map<String, Long> membersByKind() {
        Map<String, Long> counts = new HashMap<>();
        for (Document d : group("members", null, "kind")) {
            if (d.get("_id") != null) {
                counts.put(d.get("_id").toString(), number(d));
            }
        }
        return counts;
    }

    /** Households per cooperative; households without a cooperative count under the key "". */
    public Map<String, Long> householdsByCooperative() {
        return countsOf(group("households", null, "cooperativeId"));
    }

    /** Poverty-registered households per cooperative; those without a cooperative count under the key "". */
    public Map<String, Long> povertyRegisteredByCooperative() {
        return countsOf(group("households", Criteria.where("povertyRegistered").is(true), "cooperativeId"));
    }

    private Iterable<Document> group(String collection, Criteria match, String field) {
        Aggregation aggregation = match == null
                ? Aggregation.newAggregation(Aggregation.group(field).count().as("n"))
                : Aggregation.newAggregation(Aggregation.match(match), Aggregation.group(field).count().as("n"));
        return mongo.aggregate(aggregation, collection, Document.class).getMappedResults();
    }

    private static Map<String, Long> countsOf(Iterable<Document> groups) {
        Map<String, Long> counts = new HashMap<>();
        for (Document d : groups) {
            counts.merge(d.get("_id") == null ? "" : d.get("_id").toString(), number(d), Long::sum);
        }
        return counts;
    }

    private static long number(Document d) {
        return ((Number) d.get("n")).longValue();
    }
}
