package cn.xixian.alliance.ops;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.bson.Document;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar alliance-app.jar data export --out DIR} and {@code data import --from DIR [--drop]}: the
 * alliance's database in mongodump's layout ({@link MongoDump}, {@link MongoLoad}) plus the batch job repository
 * ({@link BatchRepositoryDump}). Reads the app's configuration (application.yaml, {@code --alliance.*} and
 * {@code --spring.*} settings given after the command) but starts no web app: the database is the one of
 * {@code spring.data.mongodb.uri} when set; else the running embedded server of the data directory when there is
 * one (its port file); else the embedded H2 store itself, opened here.
 */
final class DataCommand {

    static final String USAGE = "data export --out DIR | data import --from DIR [--drop]";

    private DataCommand() {
    }

    /** Only the configuration: no component scan, no auto-configuration. */
    @Configuration(proxyBeanMethods = false)
    static class SettingsOnly {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        List<String> springArgs = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        List<String> own = new ArrayList<>();
        for (String arg : args) {
            (arg.matches("--(alliance|spring|logging)\\..*=.*") ? springArgs : own).add(arg);
        }
        String action = own.isEmpty() ? "" : own.get(0);
        String dir = option(own, action.equals("export") ? "--out" : "--from");
        boolean drop = own.contains("--drop");
        if (!(action.equals("export") || action.equals("import")) || dir == null) {
            out.println("usage: java -jar alliance-app.jar " + USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(springArgs.toArray(String[]::new))) {
            Environment env = settings.getEnvironment();
            Path folder = Path.of(dir).toAbsolutePath().normalize();
            try (Target target = Target.open(env, out)) {
                if (action.equals("export")) {
                    export(target, env, folder, out);
                } else {
                    load(target, env, folder, drop, out);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.println(e.getMessage());
            return 1;
        }
        return 0;
    }

    private static void export(Target target, Environment env, Path folder, PrintStream out) throws Exception {
        List<MongoDump.CollectionDump> written = MongoDump.export(target.database(), folder);
        report(written, "exported", out);
        String batch = BatchRepositoryDump.export(env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username", ""), env.getProperty("spring.datasource.password", ""), folder);
        out.println("batch job repository -> " + BatchRepositoryDump.FILE + " (" + batch + ")");
        out.println("each collection is written as of one point in time; collections one after the other");
        out.println("read from " + target.description() + ", written to " + folder);
    }

    private static void load(Target target, Environment env, Path folder, boolean drop, PrintStream out) throws Exception {
        try (Connection batch = DriverManager.getConnection(env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username", ""), env.getProperty("spring.datasource.password", ""))) {
            if (!drop && BatchRepositoryDump.hasJobs(batch)) {
                throw new IllegalStateException("the batch job repository already holds jobs (give --drop to replace it)");
            }
            report(MongoLoad.load(target.database(), folder, drop), "imported", out);
            out.println("batch job repository: " + (BatchRepositoryDump.restore(batch, folder)
                    ? "replaced from " + BatchRepositoryDump.FILE : "no " + BatchRepositoryDump.FILE + " in the folder, left as it was"));
        }
        out.println("loaded into database " + target.database().getName() + " (" + target.description() + ")");
    }

    private static void report(List<MongoDump.CollectionDump> collections, String verb, PrintStream out) {
        long documents = 0;
        long bytes = 0;
        for (MongoDump.CollectionDump c : collections) {
            out.printf("%-32s %10d documents %12d bytes%n", c.name(), c.documents(), c.bytes());
            documents += c.documents();
            bytes += c.bytes();
        }
        out.printf("%s %d collections, %d documents, %d bytes%n", verb, collections.size(), documents, bytes);
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    /** The database to read or write, and whatever was started to reach it. */
    private record Target(MongoClient client, MongoDatabase database, MongoServer startedHere, String description)
            implements AutoCloseable {

        static Target open(Environment env, PrintStream out) {
            String name = env.getProperty("spring.data.mongodb.database", "alliance");
            String uri = env.getProperty("spring.data.mongodb.uri", "");
            if (!uri.isBlank()) {
                String inUri = new ConnectionString(uri).getDatabase();
                MongoClient client = MongoClients.create(uri);
                String database = inUri != null ? inUri : name;
                return new Target(client, client.getDatabase(database), null, "spring.data.mongodb.uri");
            }
            Path storeDir = Path.of(env.getProperty("alliance.mongo.embedded.data-dir",
                    env.getProperty("alliance.data-dir", "./data"))).toAbsolutePath().normalize();
            OptionalInt port = EmbeddedServerPortFile.read(storeDir);
            if (port.isPresent()) {
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port.getAsInt()
                        + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000");
                try {
                    client.getDatabase("admin").runCommand(new Document("ping", 1));
                    return new Target(client, client.getDatabase(name), null,
                            "the running embedded server on port " + port.getAsInt());
                } catch (RuntimeException notRunning) {
                    client.close();
                }
            }
            MongoServer server;
            try {
                java.nio.file.Files.createDirectories(storeDir);
                server = new MongoServer(new CommittingH2Backend(storeDir));
            } catch (RuntimeException | java.io.IOException e) {
                throw new IllegalStateException("cannot open the embedded store in " + storeDir + " (" + e.getMessage()
                        + "): if an app or mongo-server uses it, give --spring.data.mongodb.uri=mongodb://127.0.0.1:<its port>/");
            }
            server.bind("127.0.0.1", 0);
            MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
            return new Target(client, client.getDatabase(name), server,
                    "the embedded store " + storeDir.resolve(CommittingH2Backend.STORE_FILE));
        }

        @Override
        public void close() {
            client.close();
            if (startedHere != null) {
                startedHere.shutdownNow();
            }
        }
    }
}
