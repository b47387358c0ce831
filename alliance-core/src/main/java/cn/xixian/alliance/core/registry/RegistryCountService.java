package cn.xixian.alliance.core.registry;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The registry's counts for the coordinator's overview, grouped in MongoDB (three aggregations, whatever the number
 * of households), not read member by member.
 */
@Service
public class RegistryCountService {

    private final MongoTemplate mongo;

    RegistryCountService(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public RegistryCounts counts() {
        Map<MemberKind, Long> byKind = new EnumMap<>(MemberKind.class);
        for (MemberKind kind : MemberKind.values()) {
            byKind.put(kind, 0L);
        }
        for (Document d : group("members", null, "kind")) {
            if (d.get("_id") != null) {
                byKind.put(MemberKind.valueOf(d.get("_id").toString()), number(d));
            }
        }
        Map<String, Long> all = countsOf(group("households", null, "cooperativeId"));
        Map<String, Long> poor = countsOf(group("households", Criteria.where("povertyRegistered").is(true), "cooperativeId"));
        Map<String, RegistryCounts.HouseholdCount> perCooperative = new HashMap<>();
        all.forEach((coop, n) -> perCooperative.put(coop, new RegistryCounts.HouseholdCount(n, poor.getOrDefault(coop, 0L))));
        return new RegistryCounts(byKind, sum(all), sum(poor), perCooperative);
    }

    private Iterable<Document> group(String collection, Criteria match, String field) {
        Aggregation aggregation = match == null
                ? Aggregation.newAggregation(Aggregation.group(field).count().as("n"))
                : Aggregation.newAggregation(Aggregation.match(match), Aggregation.group(field).count().as("n"));
        return mongo.aggregate(aggregation, collection, Document.class).getMappedResults();
    }

    /** Households without a cooperative count under the key "" (they still count in the totals). */
    private static Map<String, Long> countsOf(Iterable<Document> groups) {
        Map<String, Long> counts = new HashMap<>();
        for (Document d : groups) {
            counts.merge(d.get("_id") == null ? "" : d.get("_id").toString(), number(d), Long::sum);
        }
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long number(Document d) {
        return ((Number) d.get("n")).longValue();
    }
}
