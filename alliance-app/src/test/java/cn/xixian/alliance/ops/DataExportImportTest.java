package cn.xixian.alliance.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data export} of a data directory whose embedded server is running (read through its port), {@code data
 * import} into a fresh data directory (the store opened by the command itself): the same documents, byte for
 * byte, the same indexes, the same batch job repository; the files are mongodump's.
 */
class DataExportImportTest {

    @TempDir
    Path tmp;

    @org.junit.jupiter.api.BeforeAll
    static void quietLogging() {
        OpsCommands.quietLogging();
    }

    @Test
    void exportOfARunningStoreImportsIntoAFreshDataDirectoryUnchanged() throws Exception {
        Path source = tmp.resolve("source");
        Path target = tmp.resolve("target");
        Path out = tmp.resolve("export");
        Map<String, MongoDumpFixtures.CollectionState> before;
        try (MongoServerCommand.Running server = MongoServerCommand.start(0, source);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.port())) {
            MongoDatabase db = client.getDatabase("alliance");
            fill(db);
            before = MongoDumpFixtures.state(db);
            batchRepository(source, "INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 'harvestImport'), (2, 'settlement')");

            Output export = command("data", "export", "--out", out.toString(), "--alliance.data-dir=" + source);
            assertThat(export.status).as(export.text).isZero();
            assertThat(export.text).contains("the running embedded server", "exported 3 collections, 303 documents");
        }

        assertBsonFilesParse(out, Map.of("households", 300L, "store_orders", 3L, "app_settings", 0L));
        for (String collection : List.of("households", "store_orders", "app_settings")) {
            Document metadata = Document.parse(Files.readString(out.resolve(collection + ".metadata.json")));
            assertThat(metadata.getString("collectionName")).isEqualTo(collection);
            assertThat(metadata.getString("type")).isEqualTo("collection");
            assertThat(metadata.getList("indexes", Document.class)).isNotEmpty()
                    .allSatisfy(index -> assertThat(index).containsKeys("v", "key", "name"));
        }
        assertThat(Files.readString(out.resolve("households.metadata.json")))
                .contains("\"indexes\"", "\"key\"", "{\"$numberInt\": \"1\"}", "\"unique\": true", "\"name\": \"code_1\"");
        assertThat(out.resolve(BatchRepositoryDump.FILE)).exists();

        Output load = command("data", "import", "--from", out.toString(), "--alliance.data-dir=" + target);
        assertThat(load.status).as(load.text).isZero();
        assertThat(load.text).contains("imported 3 collections, 303 documents", "replaced from " + BatchRepositoryDump.FILE);
        assertThat(stateOf(target)).isEqualTo(before);
        assertThat(jobNames(target)).containsExactly("harvestImport", "settlement");

        Output again = command("data", "import", "--from", out.toString(), "--alliance.data-dir=" + target);
        assertThat(again.status).isEqualTo(1);
        assertThat(again.text).contains("already holds jobs");
        Output replaced = command("data", "import", "--from", out.toString(), "--drop", "--alliance.data-dir=" + target);
        assertThat(replaced.status).as(replaced.text).isZero();
        assertThat(stateOf(target)).isEqualTo(before);

        // A stopped data directory is exported by opening its store: the same files again.
        Path second = tmp.resolve("export-2");
        Output stopped = command("data", "export", "--out", second.toString(), "--alliance.data-dir=" + target);
        assertThat(stopped.status).as(stopped.text).isZero();
        assertThat(stopped.text).contains("the embedded store");
        for (String file : List.of("households.bson", "store_orders.bson", "households.metadata.json")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(out.resolve(file)));
        }
    }

    @Test
    void importWithoutDropRefusesCollectionsThatHoldDocuments() throws Exception {
        Path source = tmp.resolve("source");
        Path out = tmp.resolve("export");
        try (MongoServerCommand.Running server = MongoServerCommand.start(0, source);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.port())) {
            fill(client.getDatabase("alliance"));
            assertThat(command("data", "export", "--out", out.toString(), "--alliance.data-dir=" + source).status).isZero();
            Output load = command("data", "import", "--from", out.toString(), "--alliance.data-dir=" + source);
            assertThat(load.status).isEqualTo(1);
            assertThat(load.text).contains("collections already hold documents", "households");
            assertThat(client.getDatabase("alliance").getCollection("households").countDocuments()).isEqualTo(300);
        }
    }

    @Test
    void unknownActionsPrintTheUsage() throws Exception {
        Output output = command("data", "backup");
        assertThat(output.status).isEqualTo(2);
        assertThat(output.text).contains("data export --out DIR");
    }

    @Test
    void mongoServerNeedsAPortAndADataDirectory() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status = MongoServerCommand.run(List.of("--port", "27017"), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("mongo-server --port P --data-dir D");
    }

    private static void fill(MongoDatabase db) {
        List<Document> households = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            households.add(new Document("_id", new ObjectId()).append("code", "HH-%04d".formatted(i))
                    .append("name", "农户" + i).append("povertyRegistered", i % 3 == 0)
                    .append("areaMu", new Decimal128(new BigDecimal("3.25").add(BigDecimal.valueOf(i))))
                    .append("registeredAt", Date.from(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(i)))
                    .append("plots", List.of(new Document("lat", 36.69 + i / 10000.0).append("lon", 110.94))));
        }
        db.getCollection("households").insertMany(households);
        db.getCollection("households").createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        db.getCollection("households").createIndex(Indexes.compoundIndex(Indexes.ascending("povertyRegistered"),
                Indexes.descending("registeredAt")));
        db.getCollection("store_orders").insertMany(List.of(
                new Document("_id", "TAOBAO-01/1").append("version", 1L).append("kg", 5),
                new Document("_id", "TAOBAO-01/2").append("version", 3L).append("kg", 12.5),
                new Document("_id", "JD-01/9").append("version", 2L).append("lines", List.of())));
        db.getCollection("store_orders").createIndex(Indexes.ascending("externalRef"),
                new IndexOptions().unique(true).sparse(true).name("externalRef_unique"));
        db.createCollection("app_settings");
    }

    private static void batchRepository(Path dataDir, String insert) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("batch"), "sa", "");
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE BATCH_JOB_INSTANCE (JOB_INSTANCE_ID BIGINT PRIMARY KEY, JOB_NAME VARCHAR(100))");
            sql.execute("CREATE SEQUENCE BATCH_JOB_SEQ START WITH 3");
            sql.execute(insert);
        }
    }

    private static List<String> jobNames(Path dataDir) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("batch"), "sa", "");
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT JOB_NAME FROM BATCH_JOB_INSTANCE ORDER BY JOB_INSTANCE_ID")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static Map<String, MongoDumpFixtures.CollectionState> stateOf(Path dataDir) throws Exception {
        try (MongoServerCommand.Running server = MongoServerCommand.start(0, dataDir);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.port())) {
            return MongoDumpFixtures.state(client.getDatabase("alliance"));
        }
    }

    /** Each .bson file is a sequence of complete BSON documents, read with org.bson's own decoder. */
    private static void assertBsonFilesParse(Path dir, Map<String, Long> expected) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bson")))
                    .containsExactlyInAnyOrderElementsOf(expected.keySet().stream().map(c -> c + ".bson").toList());
        }
        for (Map.Entry<String, Long> collection : expected.entrySet()) {
            long documents = 0;
            try (InputStream in = Files.newInputStream(dir.resolve(collection.getKey() + ".bson"))) {
                RawBsonDocument raw;
                while ((raw = MongoLoad.next(in, dir)) != null) {
                    try (BsonBinaryReader reader = new BsonBinaryReader(raw.getByteBuffer().asNIO())) {
                        assertThat(new BsonDocumentCodec().decode(reader, DecoderContext.builder().build())).containsKey("_id");
                    }
                    documents++;
                }
            }
            assertThat(documents).as(collection.getKey()).isEqualTo(collection.getValue());
        }
    }

    private record Output(int status, String text) {
    }

    private static Output command(String... args) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int status = DataCommand.run(List.of(args).subList(1, args.length), out);
        return new Output(status, buffer.toString(StandardCharsets.UTF_8));
    }
}
