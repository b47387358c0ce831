package cn.xixian.alliance.core.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import cn.xixian.alliance.core.mongo.index.IndexedH2Backend;
import cn.xixian.alliance.core.mongo.index.IndexedMemoryBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.StandardMongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no {@code spring.data.mongodb.uri} is given, the app runs its own
 * in-process MongoDB-wire server and talks to it through the ordinary driver, so every other
 * class is the same code that runs against a real replica set. Boot's Mongo auto-configuration
 * steps aside because a {@link MongoClient} bean exists. The backends are mongo-java-server's, with
 * real secondary indexes ({@code core.mongo.index}): every index the code declares is used by the
 * embedded server's queries as it would be by a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.data.mongodb.uri:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedMongoProperties.class)
public class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    /** Commands after which the file store must be on disk before the client hears "ok". */
    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findAndModify",
            "createIndexes", "dropIndexes", "drop", "dropDatabase", "create", "renameCollection");

    @Bean
    MongoBackend embeddedMongoBackend(EmbeddedMongoProperties properties) {
        if (properties.backend() == EmbeddedMongoProperties.Backend.MEMORY) {
            return new IndexedMemoryBackend();
        }
        Path file = properties.dataDir().resolve("mongo.mv.db").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + file.getParent(), e);
        }
        log.info("Embedded MongoDB-wire server stores its data in {}", file);
        return IndexedH2Backend.open(file);
    }

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(MongoBackend backend, EmbeddedMongoProperties properties) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", properties.port());
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer server, MongoBackend backend,
            ObjectProvider<MongoClientSettingsBuilderCustomizer> customizers) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.getConnectionString()));
        // Boot's customizers, e.g. the driver's pool and command metrics; not its standard one (spring.data.mongodb.* address).
        customizers.orderedStream().filter(customizer -> !(customizer instanceof StandardMongoClientSettingsBuilderCustomizer))
                .forEach(customizer -> customizer.customize(settings));
        if (backend instanceof H2Backend h2) {
            settings.addCommandListener(new CommitAfterWrite(h2));
        }
        return MongoClients.create(settings.build());
    }

    /**
     * The H2 store commits on its own only about once a second; a {@code kill -9} in between would
     * lose writes the client already saw acknowledged. Committing after each write command gives
     * the embedded server the durability of a journaled write concern on a real MongoDB.
     */
    private record CommitAfterWrite(H2Backend backend) implements CommandListener {
        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            if (WRITE_COMMANDS.contains(event.getCommandName())) {
                backend.commit();
            }
        }
    }
}
