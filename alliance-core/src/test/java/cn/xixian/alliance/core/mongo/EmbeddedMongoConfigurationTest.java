package cn.xixian.alliance.core.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedMongoConfigurationTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(EmbeddedMongoConfiguration.class)
                .withPropertyValues("alliance.mongo.embedded.backend=H2", "alliance.mongo.embedded.data-dir=" + dataDir);
    }

    @Test
    void dataSurvivesARestartOfTheApp() {
        runner().run(context -> context.getBean(MongoClient.class).getDatabase("alliance").getCollection("lots")
                .insertOne(new Document("_id", "lot-1").append("weightGrams", 12_500L)));
        runner().run(context -> assertThat(context.getBean(MongoClient.class).getDatabase("alliance")
                .getCollection("lots").find(new Document("_id", "lot-1")).first())
                .containsEntry("weightGrams", 12_500L));
    }

    /** A copy of the file taken while the app still runs is what a kill -9 leaves behind. */
    @Test
    void anAcknowledgedWriteIsInTheFileBeforeTheAppStops() {
        Path snapshot = dataDir.resolve("snapshot.mv.db");
        runner().run(context -> {
            context.getBean(MongoClient.class).getDatabase("alliance").getCollection("lots")
                    .insertOne(new Document("_id", "lot-2"));
            Files.copy(dataDir.resolve("mongo.mv.db"), snapshot);
        });
        H2Backend crashed = new H2Backend(snapshot.toString());
        MongoServer server = new MongoServer(crashed);
        try {
            server.bind("127.0.0.1", 0);
            try (MongoClient client = com.mongodb.client.MongoClients.create(server.getConnectionString())) {
                assertThat(client.getDatabase("alliance").getCollection("lots").countDocuments(new Document("_id", "lot-2")))
                        .isEqualTo(1);
            }
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void withAUriNothingEmbeddedStarts() {
        runner().withPropertyValues("spring.data.mongodb.uri=mongodb://db.example:27017/alliance")
                .run(context -> assertThat(context).doesNotHaveBean(MongoServer.class).doesNotHaveBean(MongoClient.class));
    }
}
