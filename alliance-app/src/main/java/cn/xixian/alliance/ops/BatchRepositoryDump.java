package cn.xixian.alliance.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Spring Batch's job repository (an H2 database beside the data) as one SQL script, {@value #FILE}, written with
 * H2's {@code SCRIPT} (one transaction-consistent read) and read back with {@code RUNSCRIPT}. {@code mongorestore}
 * skips the file ("don't know what to do with file"), it is not MongoDB's.
 */
final class BatchRepositoryDump {

    static final String FILE = "batch-job-repository.sql";
    private static final String H2_FILE_URL = "jdbc:h2:file:";
    /** H2's "database may be already in use": another process holds the file. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private BatchRepositoryDump() {
    }

    static void script(Connection connection, Path dir) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SCRIPT TO " + literal(dir.resolve(FILE).toAbsolutePath()));
        }
    }

    /**
     * Dumps the repository at {@code url}. When a running app holds the file, a copy of it is dumped instead:
     * the H2 store is written append-only with checksummed chunks, so the copy opens as of its last commit before
     * the copy was taken, the state the app itself would restart from after a crash at that moment.
     */
    static String export(String url, String user, String password, Path dir) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            script(connection, dir);
            return "read directly";
        } catch (SQLException e) {
            if (e.getErrorCode() != DATABASE_ALREADY_OPEN || !url.startsWith(H2_FILE_URL)) {
                throw e;
            }
        }
        Path file = Path.of(url.substring(H2_FILE_URL.length()).split(";")[0] + ".mv.db");
        Path copyDir = Files.createTempDirectory("alliance-batch-copy");
        try {
            Files.copy(file, copyDir.resolve("batch.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            try (Connection copy = DriverManager.getConnection(H2_FILE_URL + copyDir.resolve("batch"), user, password)) {
                script(copy, dir);
            }
            return "in use by a running app: dumped from a copy, as of its last commit before the copy";
        } finally {
            try (Stream<Path> paths = Files.walk(copyDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Whether the repository already knows any job (then an import without --drop must not replace it). */
    static boolean hasJobs(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet tables = sql.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_NAME = 'BATCH_JOB_INSTANCE'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return false;
            }
        }
        try (Statement sql = connection.createStatement();
                ResultSet jobs = sql.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")) {
            jobs.next();
            return jobs.getLong(1) > 0;
        }
    }

    /** Replaces everything in the repository by the script in {@code dir}; false when the folder has none. */
    static boolean restore(Connection connection, Path dir) throws SQLException {
        Path script = dir.resolve(FILE);
        if (!Files.exists(script)) {
            return false;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP ALL OBJECTS");
            sql.execute("RUNSCRIPT FROM " + literal(script.toAbsolutePath()));
        }
        return true;
    }

    private static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
