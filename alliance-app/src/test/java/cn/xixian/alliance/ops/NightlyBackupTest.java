package cn.xixian.alliance.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The nightly backup called directly, with a clock the test moves: folders, pruning, status, failures. */
class NightlyBackupTest {

    @TempDir
    Path tmp;

    private MongoServer server;
    private MongoClient client;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T18:30:00Z"));
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private NightlyBackup backup;

    @BeforeEach
    void start() throws Exception {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        MongoTemplate mongo = new MongoTemplate(client, "alliance");
        mongo.getCollection("members").insertMany(List.of(new Document("_id", "COOP-001"), new Document("_id", "COOP-002")));
        JdbcDataSource batch = new JdbcDataSource();
        batch.setURL("jdbc:h2:mem:backup-test-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = batch.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE BATCH_JOB_INSTANCE (JOB_INSTANCE_ID BIGINT PRIMARY KEY, JOB_NAME VARCHAR(100))");
        }
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("meters", meters);
        backup = new NightlyBackup(mongo, batch, new BackupProperties("0 30 2 * * *", ZoneId.of("Asia/Shanghai"),
                tmp.resolve("backups"), 7), Optional.of(clock), new ObjectMapper().registerModule(new JavaTimeModule()),
                beans.getBeanProvider(MeterRegistry.class));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void eachNightWritesAWholeBackupAndKeepsTheNewestSeven() throws Exception {
        assertThat(backup.latest()).isEmpty();
        for (int night = 0; night < 9; night++) {
            BackupStatus status = backup.run().orElseThrow();
            assertThat(status.outcome()).isEqualTo(BackupStatus.Outcome.OK);
            clock.advance(Duration.ofDays(1));
        }
        try (Stream<Path> entries = Files.list(tmp.resolve("backups"))) {
            assertThat(entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("20261203T183000Z", "20261204T183000Z", "20261205T183000Z", "20261206T183000Z",
                            "20261207T183000Z", "20261208T183000Z", "20261209T183000Z");
        }
        BackupStatus latest = backup.latest().orElseThrow();
        assertThat(latest.startedAt()).isEqualTo(Instant.parse("2026-12-09T18:30:00Z"));
        assertThat(latest.collections()).isEqualTo(1);
        assertThat(latest.documents()).isEqualTo(2);
        Path folder = Path.of(latest.directory());
        assertThat(folder).isEqualTo(tmp.resolve("backups/20261209T183000Z"));
        assertThat(folder.resolve("members.bson")).exists();
        assertThat(folder.resolve("members.metadata.json")).exists();
        assertThat(folder.resolve(BatchRepositoryDump.FILE)).exists();
        assertThat(latest.sizeBytes()).isEqualTo(Files.size(folder.resolve("members.bson"))
                + Files.size(folder.resolve("members.metadata.json")) + Files.size(folder.resolve(BatchRepositoryDump.FILE)));
        assertThat(backup.shown(latest.finishedAt())).isEqualTo("2026-12-10 02:30");
        assertThat(meters.counter("alliance.backups", "outcome", "OK").count()).isEqualTo(9);
    }

    @Test
    void aFailedBackupIsRecordedAndLeavesTheEarlierOnesAlone() throws Exception {
        backup.run().orElseThrow();
        clock.advance(Duration.ofDays(1));
        server.shutdownNow(); // the database is gone

        BackupStatus failed = backup.run().orElseThrow();

        assertThat(failed.failed()).isTrue();
        assertThat(failed.error()).isNotBlank();
        assertThat(backup.latest().orElseThrow().failed()).isTrue();
        try (Stream<Path> entries = Files.list(tmp.resolve("backups"))) {
            assertThat(entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactly("20261201T183000Z");
        }
        assertThat(meters.counter("alliance.backups", "outcome", "FAILED").count()).isEqualTo(1);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
