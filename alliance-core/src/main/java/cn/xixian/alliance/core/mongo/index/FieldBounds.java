package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a query says about single fields that an index can use: equality ({@code v}, {@code $eq},
 * {@code $in}) as points, {@code $gt}/{@code $gte}/{@code $lt}/{@code $lte} as a range. Only
 * top-level conjuncts (and those inside {@code $and}) count, and each bound is one of the query's
 * conjuncts, so the documents inside the bounds are always a superset of the matching ones; the
 * matcher then applies the whole query. Nulls, arrays, embedded documents and patterns as values
 * are left to the matcher (their matching rules reach beyond one index key).
 */
final class FieldBounds {

    sealed interface Bound permits Points, Range {}

    /** Normalised values, each one key. */
    record Points(List<Object> values) implements Bound {}

    /** {@code null} for an open side. */
    record Range(Object low, boolean lowInclusive, Object high, boolean highInclusive) implements Bound {}

    private FieldBounds() {
    }

    static Map<String, Bound> of(Document query) {
        Map<String, Bound> bounds = new LinkedHashMap<>();
        collect(query, bounds);
        return bounds;
    }

    private static void collect(Document query, Map<String, Bound> bounds) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String field = entry.getKey();
            if (field.equals("$and") && entry.getValue() instanceof Collection<?> conjuncts) {
                for (Object conjunct : conjuncts) {
                    if (conjunct instanceof Document document) {
                        collect(document, bounds);
                    }
                }
            } else if (!field.startsWith("$")) {
                Bound bound = boundOf(entry.getValue());
                if (bound != null) {
                    bounds.merge(field, bound, FieldBounds::both);
                }
            }
        }
    }

    /**
     * Two conjuncts on one field: equality wins; two ranges give one range with an end from each
     * (either end of either range bounds a superset of what both match).
     */
    private static Bound both(Bound first, Bound second) {
        if (first instanceof Range a && second instanceof Range b) {
            boolean lowFromA = a.low() != null;
            boolean highFromA = a.high() != null;
            return new Range(lowFromA ? a.low() : b.low(), lowFromA ? a.lowInclusive() : b.lowInclusive(),
                    highFromA ? a.high() : b.high(), highFromA ? a.highInclusive() : b.highInclusive());
        }
        return first instanceof Points ? first : second;
    }

    private static Bound boundOf(Object value) {
        if (value instanceof Document operators && !operators.isEmpty()
                && operators.keySet().iterator().next().startsWith("$")) {
            return operatorBound(operators);
        }
        return keyable(value) ? new Points(List.of(normalised(value))) : null;
    }

    private static Bound operatorBound(Document operators) {
        if (operators.containsKey("$eq")) {
            Object value = operators.get("$eq");
            if (keyable(value)) {
                return new Points(List.of(normalised(value)));
            }
        }
        if (operators.get("$in") instanceof Collection<?> values && !values.isEmpty()
                && values.stream().allMatch(FieldBounds::keyable)) {
            List<Object> points = new ArrayList<>(values.size());
            for (Object value : values) {
                points.add(normalised(value));
            }
            return new Points(points);
        }
        Object low = null;
        boolean lowInclusive = false;
        Object high = null;
        boolean highInclusive = false;
        if (keyable(operators.get("$gte"))) {
            low = normalised(operators.get("$gte"));
            lowInclusive = true;
        } else if (keyable(operators.get("$gt"))) {
            low = normalised(operators.get("$gt"));
        }
        if (keyable(operators.get("$lte"))) {
            high = normalised(operators.get("$lte"));
            highInclusive = true;
        } else if (keyable(operators.get("$lt"))) {
            high = normalised(operators.get("$lt"));
        }
        if (low == null && high == null) {
            return null;
        }
        return new Range(low, lowInclusive, high, highInclusive);
    }

    private static boolean keyable(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection)
                && !(value instanceof BsonRegularExpression) && !(value instanceof Pattern)
                && !(value instanceof MinKey) && !(value instanceof MaxKey)
                && !(value instanceof de.bwaldvogel.mongo.backend.Missing);
    }

    private static Object normalised(Object value) {
        return new KeyValue(value).normalized().get(0);
    }
}
