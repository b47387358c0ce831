package cn.xixian.alliance.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The nightly backup: at {@code alliance.backup.cron} the alliance's database and the batch job repository are
 * written, as {@code data export} writes them, into {@code <alliance.backup.dir>/<timestamp>/} (first under a
 * {@code .partial} name, renamed once complete, so a folder with a timestamp name is always a whole backup); then
 * all but the newest {@code keep} backups are removed. The outcome is kept in {@value #STATUS_FILE} beside them
 * (a file, so that a backup failing because the database is down is still recorded), logged (an error when it
 * failed), counted ({@code alliance_backups_total{outcome}}) and shown on the dashboard.
 */
@Service
@EnableScheduling
@EnableConfigurationProperties(BackupProperties.class)
public class NightlyBackup {

    static final String STATUS_FILE = "last-backup.json";
    private static final String PARTIAL = ".partial";
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));
    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

    // A database tool (backup = a whole-database export): reads every collection raw, so no feature store applies.
    private final MongoTemplate mongo;
    private final DataSource batchRepository;
    private final BackupProperties properties;
    private final Clock clock;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final ReentrantLock running = new ReentrantLock();

    NightlyBackup(MongoTemplate mongo, DataSource batchRepository, BackupProperties properties, Optional<Clock> clock,
            ObjectMapper json, ObjectProvider<MeterRegistry> meters) {
        this.mongo = mongo;
        this.batchRepository = batchRepository;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
        this.json = json;
        this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
    }

    @Scheduled(cron = "${alliance.backup.cron}", zone = "${alliance.backup.zone}")
    void nightly() {
        run();
    }

    /** Runs a backup now unless one is running (then empty); the status is recorded whatever happens. */
    public Optional<BackupStatus> run() {
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(backUp());
        } finally {
            running.unlock();
        }
    }

    /** The last backup's status, empty before the first one. */
    public Optional<BackupStatus> latest() {
        Path file = properties.dir().resolve(STATUS_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), BackupStatus.class));
        } catch (IOException e) {
            log.error("Cannot read the last backup's status {}", file, e);
            return Optional.of(new BackupStatus(null, null, BackupStatus.Outcome.FAILED, null, 0, 0, 0,
                    "status file unreadable: " + e.getMessage()));
        }
    }

    /** A time as the dashboard shows it: minutes, in the backup's zone. */
    public String shown(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone()).format(at);
    }

    private BackupStatus backUp() {
        Instant started = clock.instant();
        Path dir = properties.dir().resolve(FOLDER.format(started));
        Path partial = dir.resolveSibling(dir.getFileName() + PARTIAL);
        BackupStatus status;
        try {
            Files.createDirectories(partial);
            List<MongoDump.CollectionDump> written = MongoDump.export(mongo.getDb(), partial);
            try (Connection connection = batchRepository.getConnection()) {
                BatchRepositoryDump.script(connection, partial);
            }
            Files.move(partial, dir);
            status = new BackupStatus(started, clock.instant(), BackupStatus.Outcome.OK, dir.toString(), size(dir),
                    written.size(), written.stream().mapToLong(MongoDump.CollectionDump::documents).sum(), null);
            log.info("Backup {}: {} collections, {} documents, {} bytes", dir, status.collections(), status.documents(),
                    status.sizeBytes());
            prune();
        } catch (Exception e) {
            log.error("Backup into {} FAILED", dir, e);
            delete(partial);
            status = new BackupStatus(started, clock.instant(), BackupStatus.Outcome.FAILED, null, 0, 0, 0,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        meters.counter("alliance.backups", "outcome", status.outcome().name()).increment();
        try {
            Files.createDirectories(properties.dir());
            Path tmp = properties.dir().resolve(STATUS_FILE + ".tmp");
            json.writeValue(tmp.toFile(), status);
            Files.move(tmp, properties.dir().resolve(STATUS_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.error("Cannot record the backup's status in {}", properties.dir(), e);
        }
        return status;
    }

    /** Keeps the newest {@code keep} complete backups (folder names sort by time) and removes unfinished ones. */
    private void prune() throws IOException {
        List<Path> backups;
        try (Stream<Path> entries = Files.list(properties.dir())) {
            backups = entries.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Path> complete = backups.stream().filter(p -> !p.getFileName().toString().endsWith(PARTIAL)).toList();
        for (int i = 0; i < complete.size() - properties.keep(); i++) {
            log.info("Removing old backup {}", complete.get(i));
            delete(complete.get(i));
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove {}", dir, e);
        }
    }
}
