package cn.xixian.alliance.ops;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@value #FILE} in the embedded store's directory names the port of the running embedded server (the app's, or
 * a stand-alone {@code mongo-server}'s): the H2 file is held by that process, so {@code data export} run beside
 * it reads through the server instead. Written once the app is ready, removed when it stops; a file left by a
 * killed process is harmless (nothing answers on its port, and the store opens again).
 */
@Component
class EmbeddedServerPortFile {

    static final String FILE = "mongo-server.port";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerPortFile.class);

    private final ObjectProvider<MongoServer> server;
    private final Environment environment;
    private volatile Integer written;

    EmbeddedServerPortFile(ObjectProvider<MongoServer> server, Environment environment) {
        this.server = server;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        MongoServer embedded = server.getIfAvailable();
        InetSocketAddress address = embedded == null ? null : embedded.getLocalAddress();
        if (address != null) {
            written = address.getPort();
            write(storeDir(), written);
        }
    }

    @EventListener(ContextClosedEvent.class)
    void closed() {
        if (written != null) {
            delete(storeDir(), written);
        }
    }

    private Path storeDir() {
        return Path.of(environment.getProperty("alliance.mongo.embedded.data-dir",
                environment.getProperty("alliance.data-dir", "./data")));
    }

    static void write(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(FILE), Integer.toString(port), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            log.warn("could not write {}: data export beside the running app needs --spring.data.mongodb.uri", dir.resolve(FILE), e);
        }
    }

    static void delete(Path dir, int port) {
        if (read(dir).orElse(-1) == port) {
            try {
                Files.deleteIfExists(dir.resolve(FILE));
            } catch (IOException ignored) {
                // a stale port file is harmless
            }
        }
    }

    static OptionalInt read(Path dir) {
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(dir.resolve(FILE), StandardCharsets.US_ASCII).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
