package cn.xixian.alliance.core.mongo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded server's secondary indexes, through the plain MongoDB driver: queries answered by
 * an index return what a scan returns, on both backends, as documents change; the index is read
 * instead of the collection; the H2 file keeps its indexes, and builds them when it has none.
 */
class SecondaryIndexTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> backends() {
        return Stream.of(
                Arguments.of("memory", (Supplier<MongoBackend>) IndexedMemoryBackend::new),
                Arguments.of("h2", (Supplier<MongoBackend>) () -> IndexedH2Backend.open(dir.resolve("p" + System.nanoTime() + ".mv.db"))));
    }

    private static final String[] WORDS = {"ash", "birch", "cedar", "dogwood", "elm", "fir", "gum"};

    /** Random documents with missing fields, nulls, mixed number types and arrays. */
    private static Document randomDocument(Random random, int id) {
        Document d = new Document("_id", id);
        int pick = random.nextInt(10);
        if (pick == 0) {
            d.append("a", null);
        } else if (pick == 1) {
            d.append("a", random.nextInt(40) + 0.5);
        } else if (pick == 2) {
            d.append("a", (long) random.nextInt(40));
        } else if (pick != 3) {
            d.append("a", random.nextInt(40));
        }
        if (random.nextInt(8) != 0) {
            d.append("b", WORDS[random.nextInt(WORDS.length)]);
        }
        d.append("c", random.nextInt(1000));
        int tags = random.nextInt(4);
        if (random.nextInt(6) == 0) {
            d.append("tags", WORDS[random.nextInt(WORDS.length)]);
        } else {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < tags; i++) {
                list.add(WORDS[random.nextInt(WORDS.length)]);
            }
            d.append("tags", list);
        }
        d.append("lines", List.of(new Document("sku", "S" + random.nextInt(30)), new Document("sku", "S" + random.nextInt(30))));
        return d;
    }

    private static Bson randomFilter(Random random) {
        String word = WORDS[random.nextInt(WORDS.length)];
        int n = random.nextInt(40);
        return switch (random.nextInt(14)) {
            case 0 -> Filters.eq("a", n);
            case 1 -> Filters.and(Filters.gte("a", n), Filters.lt("a", n + random.nextInt(10)));
            case 2 -> Filters.gt("a", n + 0.25);
            case 3 -> Filters.in("a", n, n + 1, n + 2.5);
            case 4 -> Filters.eq("b", word);
            case 5 -> Filters.and(Filters.eq("b", word), Filters.gte("c", random.nextInt(1000)));
            case 6 -> Filters.and(Filters.in("b", word, "fir"), Filters.lte("c", random.nextInt(1000)));
            case 7 -> Filters.eq("tags", word);
            case 8 -> Filters.in("tags", word, "elm");
            case 9 -> Filters.and(Filters.gt("tags", "c"), Filters.lt("tags", "e"));
            case 10 -> Filters.eq("lines.sku", "S" + random.nextInt(30));
            case 11 -> Filters.and(Filters.eq("b", word), Filters.or(Filters.eq("a", n), Filters.exists("tags", false)));
            case 12 -> Filters.eq("a", null);
            default -> Filters.and(Filters.gte("b", "c"), Filters.ne("a", n));
        };
    }

    private static Bson randomSort(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Sorts.ascending("a");
            case 1 -> Sorts.descending("a");
            case 2 -> Sorts.descending("c");
            case 3 -> Sorts.ascending("c");
            default -> null;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void queriesOnIndexesReturnWhatAScanReturnsAsDocumentsChange(String name, Supplier<MongoBackend> backend) {
        try (IndexedServer server = new IndexedServer(backend.get())) {
            MongoCollection<Document> indexed = server.db().getCollection("indexed");
            MongoCollection<Document> plain = server.db().getCollection("plain");
            indexed.createIndex(Indexes.ascending("a"));
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("b"), Indexes.descending("c")));
            indexed.createIndex(Indexes.ascending("tags"));
            indexed.createIndex(Indexes.ascending("lines.sku"));
            indexed.createIndex(Indexes.descending("c"));
            Random random = new Random(19);
            List<Document> documents = IntStream.range(0, 1000).mapToObj(i -> randomDocument(random, i)).toList();
            indexed.insertMany(documents.stream().map(Document::new).toList());
            plain.insertMany(documents.stream().map(Document::new).toList());

            for (int round = 0; round < 4; round++) {
                for (int q = 0; q < 40; q++) {
                    Bson filter = randomFilter(random);
                    Bson sort = randomSort(random);
                    int limit = random.nextInt(3) == 0 ? 1 + random.nextInt(20) : 0;
                    assertSameResults(indexed, plain, filter, sort, limit);
                    assertThat(indexed.countDocuments(filter)).as("count %s", filter).isEqualTo(plain.countDocuments(filter));
                }
                // change the documents the same way in both collections
                for (int c = 0; c < 40; c++) {
                    Bson filter = randomFilter(random);
                    Bson update = switch (random.nextInt(5)) {
                        case 0 -> Updates.set("a", random.nextInt(40));
                        case 1 -> Updates.set("tags", List.of(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]));
                        case 2 -> Updates.unset("b");
                        case 3 -> Updates.inc("c", 7);
                        default -> Updates.set("lines", List.of(new Document("sku", "S" + random.nextInt(30))));
                    };
                    if (random.nextBoolean()) {
                        // one document, named: which of several matches updateOne takes is not defined
                        Bson one = Filters.and(filter, Filters.eq("_id", random.nextInt(1000)));
                        indexed.updateOne(one, update);
                        plain.updateOne(one, update);
                    } else {
                        indexed.updateMany(filter, update);
                        plain.updateMany(filter, update);
                    }
                }
                Bson gone = Filters.and(randomFilter(random), Filters.lt("c", 100));
                indexed.deleteMany(gone);
                plain.deleteMany(gone);
                com.mongodb.client.model.FindOneAndDeleteOptions first = new com.mongodb.client.model.FindOneAndDeleteOptions()
                        .sort(Sorts.ascending("_id"));
                indexed.findOneAndDelete(Filters.eq("b", WORDS[round]), first);
                plain.findOneAndDelete(Filters.eq("b", WORDS[round]), first);
                Document replacement = randomDocument(random, round * 100 + 1);
                indexed.replaceOne(Filters.eq("_id", round * 100 + 1), new Document(replacement));
                plain.replaceOne(Filters.eq("_id", round * 100 + 1), new Document(replacement));
                int base = 10_000 + round * 100;
                List<Document> fresh = IntStream.range(0, 100).mapToObj(i -> randomDocument(random, base + i)).toList();
                indexed.insertMany(fresh.stream().map(Document::new).toList());
                plain.insertMany(fresh.stream().map(Document::new).toList());
            }
            // the aggregation the dashboard shape uses, led by $match
            Bson match = Filters.eq("b", "elm");
            List<Document> grouped = indexed.aggregate(List.of(Aggregates.match(match),
                    Aggregates.group("$a", com.mongodb.client.model.Accumulators.sum("n", 1)),
                    Aggregates.sort(Sorts.ascending("_id")))).into(new ArrayList<>());
            List<Document> groupedPlain = plain.aggregate(List.of(Aggregates.match(match),
                    Aggregates.group("$a", com.mongodb.client.model.Accumulators.sum("n", 1)),
                    Aggregates.sort(Sorts.ascending("_id")))).into(new ArrayList<>());
            assertThat(grouped).isEqualTo(groupedPlain).isNotEmpty();
        }
    }

    private static void assertSameResults(MongoCollection<Document> indexed, MongoCollection<Document> plain, Bson filter,
            Bson sort, int limit) {
        List<Document> expected = find(plain, filter, sort, limit);
        List<Document> actual = find(indexed, filter, sort, limit);
        String what = filter + " sort " + sort + " limit " + limit;
        if (sort == null) {
            if (limit == 0) {
                assertThat(ids(actual)).as(what).isEqualTo(ids(expected));
            } else {
                assertThat(actual).as(what).hasSameSizeAs(expected);
                assertThat(ids(find(plain, filter, null, 0))).as(what).containsAll(ids(actual));
            }
        } else {
            String key = sort.toBsonDocument().getFirstKey();
            assertThat(actual.stream().map(d -> String.valueOf(normal(d.get(key)))).toList()).as(what)
                    .isEqualTo(expected.stream().map(d -> String.valueOf(normal(d.get(key)))).toList());
            if (limit == 0) {
                assertThat(ids(actual)).as(what).isEqualTo(ids(expected));
            }
        }
    }

    private static Object normal(Object value) {
        return value instanceof Number number ? number.doubleValue() : value;
    }

    private static List<Document> find(MongoCollection<Document> collection, Bson filter, Bson sort, int limit) {
        FindIterable<Document> find = collection.find(filter);
        if (sort != null) {
            find = find.sort(sort);
        }
        return find.limit(limit).into(new ArrayList<>());
    }

    private static Set<Object> ids(List<Document> documents) {
        Set<Object> ids = new HashSet<>();
        documents.forEach(d -> ids.add(d.get("_id")));
        assertThat(ids).hasSameSizeAs(documents);
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aMultikeyRangeFindsADocumentWhoseElementsMeetEachBoundSeparately(String name, Supplier<MongoBackend> backend) {
        try (IndexedServer server = new IndexedServer(backend.get())) {
            MongoCollection<Document> c = server.db().getCollection("m");
            c.createIndex(Indexes.ascending("arr"));
            c.insertMany(List.of(new Document("_id", 1).append("arr", List.of(1, 20)),
                    new Document("_id", 2).append("arr", List.of(30, 40)), new Document("_id", 3).append("arr", List.of()),
                    new Document("_id", 4).append("arr", 7)));
            assertThat(c.find(Filters.and(Filters.gt("arr", 5), Filters.lt("arr", 10))).map(d -> d.get("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder(1, 4);
            assertThat(c.find(Filters.eq("arr", 30)).map(d -> d.get("_id")).into(new ArrayList<>())).containsExactly(2);
            assertThat(explain(c.find(Filters.eq("arr", 30)))).containsEntry("totalDocsExamined", 1L);
            c.updateOne(Filters.eq("_id", 2), Updates.pull("arr", 30));
            assertThat(c.countDocuments(Filters.eq("arr", 30))).isZero();
            assertThat(c.countDocuments(Filters.eq("arr", 40))).isEqualTo(1);
            server.db().getCollection("p").createIndex(Indexes.ascending("x", "y"));
            assertThatThrownBy(() -> server.db().getCollection("p").insertOne(new Document("x", List.of(1)).append("y", List.of(2))))
                    .isInstanceOf(MongoException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aSortedLimitedReadOnACompoundIndexReadsOnlyTheDocumentsItReturns(String name, Supplier<MongoBackend> backend) {
        try (IndexedServer server = new IndexedServer(backend.get())) {
            MongoCollection<Document> ledger = server.db().getCollection("ledger");
            ledger.createIndex(Indexes.compoundIndex(Indexes.ascending("chamberId"), Indexes.descending("at")));
            ledger.insertMany(IntStream.range(0, 2000).mapToObj(i -> new Document("_id", i).append("chamberId", "ch" + i % 10)
                    .append("at", (long) (i * 7919 % 2000))).toList());
            FindIterable<Document> latest = ledger.find(Filters.eq("chamberId", "ch3")).sort(Sorts.descending("at")).limit(5);
            List<Long> at = latest.map(d -> d.getLong("at")).into(new ArrayList<>());
            assertThat(at).hasSize(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(at.get(0)).isEqualTo(ledger.find(Filters.eq("chamberId", "ch3")).into(new ArrayList<>()).stream()
                    .mapToLong(d -> d.getLong("at")).max().orElseThrow());
            Document stats = explain(latest);
            assertThat(stats).containsEntry("totalDocsExamined", 5L).containsEntry("nReturned", 5L);
            List<Long> oldest = ledger.find(Filters.and(Filters.eq("chamberId", "ch3"), Filters.gte("at", 100L)))
                    .sort(Sorts.ascending("at")).limit(3).map(d -> d.getLong("at")).into(new ArrayList<>());
            assertThat(oldest).isSortedAccordingTo(java.util.Comparator.naturalOrder()).allMatch(v -> v >= 100);
            assertThat(explain(ledger.find(Filters.and(Filters.eq("chamberId", "ch3"), Filters.gte("at", 100L)))
                    .sort(Sorts.ascending("at")).limit(3))).containsEntry("totalDocsExamined", 3L);
        }
    }

    @Test
    void aQueryOnAnIndexedFieldOf200000DocumentsExaminesOnlyTheMatchingOnes() {
        IndexedMemoryBackend backend = new IndexedMemoryBackend();
        try (IndexedServer server = new IndexedServer(backend)) {
            MongoCollection<Document> lots = server.db().getCollection("lots");
            lots.createIndex(Indexes.ascending("cooperativeId"));
            lots.createIndex(Indexes.ascending("weightKg"));
            // stored through the backend (as the server does for an insert), which spares the test the wire
            de.bwaldvogel.mongo.MongoCollection<?> stored = backend.resolveDatabase("test").resolveCollection("lots", true);
            List<de.bwaldvogel.mongo.bson.Document> batch = new ArrayList<>();
            for (int i = 0; i < 200_000; i++) {
                de.bwaldvogel.mongo.bson.Document lot = new de.bwaldvogel.mongo.bson.Document("_id", i);
                lot.put("cooperativeId", "coop-" + i % 88);
                lot.put("weightKg", i);
                batch.add(lot);
            }
            stored.insertDocuments(batch, true);
            assertThat(lots.countDocuments()).isEqualTo(200_000);
            Document byCooperative = explain(lots.find(Filters.eq("cooperativeId", "coop-7")));
            long matching = (200_000 - 7 + 87) / 88;
            assertThat(byCooperative).containsEntry("nReturned", matching).containsEntry("totalDocsExamined", matching);
            Document byWeight = explain(lots.find(Filters.and(Filters.gte("weightKg", 5_000), Filters.lt("weightKg", 5_250))));
            assertThat(byWeight).containsEntry("nReturned", 250L).containsEntry("totalDocsExamined", 250L);
            Document unindexed = explain(lots.find(Filters.eq("other", 1)));
            assertThat(unindexed).containsEntry("totalDocsExamined", 200_000L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aQueryOnTheLeadingFieldOfACompoundUniqueIndexIsPlannedOnIt(String name, Supplier<MongoBackend> backend) {
        try (IndexedServer server = new IndexedServer(backend.get())) {
            MongoCollection<Document> lots = server.db().getCollection("lots");
            lots.createIndex(Indexes.ascending("cooperativeId", "externalRef"), new IndexOptions().unique(true).name("ref"));
            lots.insertMany(IntStream.range(0, 1000).mapToObj(i -> new Document("_id", i).append("cooperativeId", "c" + i % 10)
                    .append("externalRef", "R" + i)).toList());
            assertThat(explain(lots.find(Filters.eq("cooperativeId", "c3")))).containsEntry("nReturned", 100L)
                    .containsEntry("totalDocsExamined", 100L);
            assertThatThrownBy(() -> lots.insertOne(new Document("cooperativeId", "c3").append("externalRef", "R3")))
                    .isInstanceOf(MongoException.class);
            assertThat(server.db().getCollection("lots").listIndexes().map(d -> d.getString("name")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("_id_", "ref");
            lots.dropIndex("ref");
            assertThat(lots.countDocuments(Filters.eq("cooperativeId", "c3"))).isEqualTo(100);
            lots.createIndex(Indexes.ascending("cooperativeId", "externalRef"), new IndexOptions().unique(true).name("ref"));
            lots.insertOne(new Document("_id", 5000).append("cooperativeId", "c3").append("externalRef", "new"));
            assertThat(lots.countDocuments(Filters.eq("cooperativeId", "c3"))).isEqualTo(101);
            lots.drop();
            assertThat(lots.countDocuments()).isZero();
        }
    }

    @Test
    void theH2FileKeepsItsIndexesAcrossARestart() {
        Path file = dir.resolve("restart.mv.db");
        try (IndexedServer server = new IndexedServer(IndexedH2Backend.open(file))) {
            MongoCollection<Document> lots = server.db().getCollection("lots");
            lots.createIndex(Indexes.ascending("cooperativeId"));
            lots.insertMany(IntStream.range(0, 500).mapToObj(i -> new Document("_id", i).append("cooperativeId", "c" + i % 5)).toList());
            lots.deleteMany(Filters.eq("_id", 0));
            lots.updateOne(Filters.eq("_id", 1), Updates.set("cooperativeId", "c0"));
        }
        try (IndexedServer server = new IndexedServer(IndexedH2Backend.open(file))) {
            MongoCollection<Document> lots = server.db().getCollection("lots");
            Document stats = explain(lots.find(Filters.eq("cooperativeId", "c0")));
            assertThat(stats).containsEntry("nReturned", 100L).containsEntry("totalDocsExamined", 100L);
            assertThat(lots.find(Filters.eq("cooperativeId", "c1")).map(d -> d.get("_id")).into(new ArrayList<>())).hasSize(99);
        }
    }

    @Test
    void aDataFileFromBeforeTheIndexesGetsThemBuiltWhenOpened() {
        Path file = dir.resolve("older.mv.db");
        H2Backend older = new H2Backend(file.toString());
        try (IndexedServer server = new IndexedServer(older)) {
            MongoCollection<Document> lots = server.db().getCollection("lots");
            lots.createIndex(Indexes.ascending("cooperativeId"), new IndexOptions().name("cooperative"));
            lots.insertMany(IntStream.range(0, 300).mapToObj(i -> new Document("_id", i).append("cooperativeId", "c" + i % 3)).toList());
            assertThat(explain(lots.find(Filters.eq("cooperativeId", "c1")))).doesNotContainKey("totalDocsExamined"); // no explain then
        } catch (MongoException unsupported) {
            // the plain backend has no explain: expected
        }
        try (IndexedServer server = new IndexedServer(IndexedH2Backend.open(file))) {
            MongoCollection<Document> lots = server.db().getCollection("lots");
            assertThat(explain(lots.find(Filters.eq("cooperativeId", "c1"))))
                    .containsEntry("nReturned", 100L).containsEntry("totalDocsExamined", 100L);
            lots.insertOne(new Document("_id", 1000).append("cooperativeId", "c1"));
            assertThat(lots.countDocuments(Filters.eq("cooperativeId", "c1"))).isEqualTo(101);
        }
    }

    /** The execution figures of MongoDB's own explain reply. */
    private static Document explain(FindIterable<Document> find) {
        Document reply = find.explain();
        Document stats = (Document) reply.get("executionStats");
        Document figures = new Document();
        figures.put("nReturned", ((Number) stats.get("nReturned")).longValue());
        figures.put("totalDocsExamined", ((Number) stats.get("totalDocsExamined")).longValue());
        return figures;
    }
}
