package cn.xixian.alliance.ops;

import de.bwaldvogel.mongo.MongoServer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar alliance-app.jar mongo-server --port P --data-dir D}: the app's embedded MongoDB-wire server
 * alone, on the same H2 file store ({@code D/mongo.mv.db}) as the app's embedded default, until killed; app
 * instances share it with {@code --spring.data.mongodb.uri=mongodb://127.0.0.1:P/alliance}. Listens on
 * 127.0.0.1 only, and writes its port into {@code D/}{@value EmbeddedServerPortFile#FILE} so that
 * {@code data export} with the same data directory finds it.
 */
final class MongoServerCommand {

    static final String USAGE = "mongo-server --port P --data-dir D";

    private MongoServerCommand() {
    }

    /** A running server: {@link #close()} stops it and closes its store (committed). */
    record Running(MongoServer server, Path dataDir, int port) implements AutoCloseable {
        @Override
        public void close() {
            EmbeddedServerPortFile.delete(dataDir, port);
            server.shutdownNow();
        }
    }

    static Running start(int port, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        MongoServer server = new MongoServer(new CommittingH2Backend(dataDir));
        server.bind("127.0.0.1", port);
        int bound = server.getLocalAddress().getPort();
        EmbeddedServerPortFile.write(dataDir, bound);
        return new Running(server, dataDir, bound);
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        Integer port = null;
        Path dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (arg.equals("--port") && value != null) {
                port = Integer.valueOf(value);
                i++;
            } else if (arg.equals("--data-dir") && value != null) {
                dataDir = Path.of(value).toAbsolutePath().normalize();
                i++;
            } else {
                out.println("unknown option " + arg + "\nusage: java -jar alliance-app.jar " + USAGE);
                return 2;
            }
        }
        if (port == null || dataDir == null) {
            out.println("usage: java -jar alliance-app.jar " + USAGE);
            return 2;
        }
        Running running = start(port, dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "mongo-server-shutdown"));
        out.println("MongoDB-wire server on 127.0.0.1:" + running.port() + ", store "
                + dataDir.resolve(CommittingH2Backend.STORE_FILE) + " (stop with Ctrl-C or kill)");
        out.flush();
        Thread.currentThread().join();
        return 0;
    }
}
