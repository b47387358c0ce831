package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The query planner of the indexed collections. A unique index that answers the query exactly
 * (the backend's own rule) wins; otherwise the secondary index whose leading fields the query
 * bounds most (equalities, then one range) is scanned, and the documents at its keys are matched
 * against the whole query. An index whose order is the requested sort (after its equality prefix)
 * is read in order, so a sorted, limited read stops after the first matching documents. Without a
 * usable index the backend scans the collection as before.
 */
final class IndexedQueries {

    /** More equality combinations than this scan a shorter prefix instead. */
    private static final int MAX_POINT_COMBINATIONS = 256;

    private IndexedQueries() {
    }

    static <P> QueryResult run(IndexedCollection<P> collection, Document query, Document orderBy, int skip, int limit,
            int batchSize, Document fieldSelector, QueryStats stats, AtomicLong examinedTotal) {
        Document filter = query == null ? new Document() : query;
        for (Index<P> index : collection.getIndexes()) {
            if (!(index instanceof SecondaryIndex) && index.canHandle(filter)) {
                QueryResult result = collection.backendQuery(filter, orderBy, skip, limit, batchSize, fieldSelector);
                stats.stage = "IDHACK";
                stats.indexName = index.getName();
                return result;
            }
        }
        Plan<P> plan = plan(collection.getIndexes(), filter, orderBy, limit);
        if (plan == null) {
            long scanned = collection.count();
            stats.docsExamined += scanned;
            examinedTotal.addAndGet(scanned);
            return collection.backendQuery(filter, orderBy, skip, limit, batchSize, fieldSelector);
        }
        stats.stage = "IXSCAN";
        stats.indexName = plan.index.getName();
        Document keyPattern = new Document();
        for (IndexKey key : plan.index.getKeys()) {
            keyPattern.put(key.getKey(), key.isAscending() ? 1 : -1);
        }
        stats.keyPattern = keyPattern;
        Stream<P> positions = plan.positions(stats);
        Stream<Document> documents = positions.map(position -> {
            stats.docsExamined++;
            examinedTotal.incrementAndGet();
            return collection.documentAt(position);
        }).filter(Objects::nonNull);
        return collection.fromStream(documents, filter, orderBy, plan.inOrder, skip, limit, batchSize, fieldSelector);
    }

    static <P> Plan<P> plan(List<Index<P>> indexes, Document query, Document orderBy, int limit) {
        Map<String, FieldBounds.Bound> bounds = FieldBounds.of(query);
        Plan<P> best = null;
        for (Index<P> index : indexes) {
            if (index instanceof SecondaryIndex<P> secondary) {
                Plan<P> plan = Plan.of(secondary, bounds, orderBy);
                boolean usable = plan.score > 0 || (plan.inOrder && limit > 0);
                if (usable && (best == null || plan.betterThan(best))) {
                    best = plan;
                }
            }
        }
        return best;
    }

    /** One way to read an index: equality tuples on its first fields, then an optional range. */
    static final class Plan<P> {

        final SecondaryIndex<P> index;
        final List<Object[]> prefixes;
        final FieldBounds.Range range;
        final boolean inOrder;
        final boolean reverse;
        final int score;

        private Plan(SecondaryIndex<P> index, List<Object[]> prefixes, FieldBounds.Range range, boolean inOrder,
                boolean reverse, int score) {
            this.index = index;
            this.prefixes = prefixes;
            this.range = range;
            this.inOrder = inOrder;
            this.reverse = reverse;
            this.score = score;
        }

        static <P> Plan<P> of(SecondaryIndex<P> index, Map<String, FieldBounds.Bound> bounds, Document orderBy) {
            boolean multikey = index.multikey();
            List<IndexKey> keys = index.getKeys();
            List<Object[]> prefixes = new ArrayList<>();
            prefixes.add(new Object[0]);
            FieldBounds.Range range = null;
            int used = 0;
            for (IndexKey key : keys) {
                FieldBounds.Bound bound = bounds.get(key.getKey());
                if (bound instanceof FieldBounds.Points points
                        && (long) prefixes.size() * points.values().size() <= MAX_POINT_COMBINATIONS) {
                    List<Object[]> longer = new ArrayList<>(prefixes.size() * points.values().size());
                    for (Object[] prefix : prefixes) {
                        for (Object value : points.values()) {
                            Object[] extended = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                            extended[prefix.length] = value;
                            longer.add(extended);
                        }
                    }
                    prefixes = longer;
                    used++;
                } else {
                    // a range over an array field's keys may pair a low bound met by one element with a
                    // high bound met by another: only equalities are exact there
                    if (bound instanceof FieldBounds.Range r && !multikey) {
                        range = r;
                    }
                    break;
                }
            }
            int score = used * 2 + (range != null ? 1 : 0);
            boolean inOrder = false;
            boolean reverse = false;
            if (!multikey && prefixes.size() == 1 && orderBy != null && !orderBy.isEmpty()
                    && !orderBy.containsKey("$natural") && used + orderBy.size() <= keys.size()) {
                Boolean sameDirection = null;
                int i = used;
                boolean matches = true;
                for (Map.Entry<String, Object> sort : orderBy.entrySet()) {
                    IndexKey key = keys.get(i++);
                    boolean ascending = ((Number) sort.getValue()).intValue() > 0;
                    boolean same = key.getKey().equals(sort.getKey()) && true;
                    if (!same) {
                        matches = false;
                        break;
                    }
                    boolean direction = ascending == key.isAscending();
                    if (sameDirection == null) {
                        sameDirection = direction;
                    } else if (sameDirection != direction) {
                        matches = false;
                        break;
                    }
                }
                if (matches && sameDirection != null) {
                    inOrder = true;
                    reverse = !sameDirection;
                }
            }
            return new Plan<>(index, prefixes, range, inOrder, reverse, score);
        }

        boolean betterThan(Plan<P> other) {
            if (score != other.score) {
                return score > other.score;
            }
            if (inOrder != other.inOrder) {
                return inOrder;
            }
            return index.getKeys().size() < other.index.getKeys().size();
        }

        /** The positions at the plan's keys, in index order when {@link #inOrder}, each once. */
        Stream<P> positions(QueryStats stats) {
            List<Boolean> ascending = index.ascending();
            int fields = ascending.size();
            Stream<P> all = Stream.empty();
            List<Object[]> tuples = reverse ? reversed(prefixes) : prefixes;
            for (Object[] prefix : tuples) {
                IndexEntry from = bound(prefix, fields, ascending, true);
                IndexEntry to = bound(prefix, fields, ascending, false);
                Iterator<IndexEntry> keys = index.scan(from, to, reverse);
                @SuppressWarnings("unchecked")
                Stream<P> positions = StreamSupport.stream(Spliterators.spliteratorUnknownSize(keys, Spliterator.ORDERED), false)
                        .peek(entry -> stats.keysExamined++)
                        .map(entry -> (P) entry.position);
                all = Stream.concat(all, positions);
            }
            if (inOrder) {
                return all; // one equality tuple over a single-valued index: each document once, in order
            }
            Set<P> distinct = new LinkedHashSet<>();
            all.forEach(distinct::add);
            return distinct.stream();
        }

        private static List<Object[]> reversed(List<Object[]> list) {
            List<Object[]> copy = new ArrayList<>(list);
            java.util.Collections.reverse(copy);
            return copy;
        }

        /**
         * The first ({@code lower}) or last key of a scan in key order. A descending field's keys run
         * from high values to low, so its range's high end is where the scan starts.
         */
        private IndexEntry bound(Object[] prefix, int fields, List<Boolean> ascending, boolean lower) {
            Object[] values = new Object[fields];
            System.arraycopy(prefix, 0, values, 0, prefix.length);
            IndexEntry.Bound rest = lower ? IndexEntry.Bound.MIN : IndexEntry.Bound.MAX;
            int next = prefix.length;
            if (range != null && next < fields) {
                boolean asc = ascending.get(next);
                boolean lowEnd = lower == asc;
                Object value = lowEnd ? range.low() : range.high();
                boolean inclusive = lowEnd ? range.lowInclusive() : range.highInclusive();
                if (value == null) {
                    values[next] = rest;
                } else {
                    values[next] = value;
                    rest = inclusive == lower ? IndexEntry.Bound.MIN : IndexEntry.Bound.MAX;
                }
                next++;
            }
            for (int i = next; i < fields; i++) {
                values[i] = rest;
            }
            return new IndexEntry(values, rest);
        }
    }
}
