package cn.xixian.alliance.core.mongo.index;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** An embedded server on a backend, with a plain driver client; closing commits (H2) and stops it. */
final class IndexedServer implements AutoCloseable {

    private final MongoBackend backend;
    private final MongoServer server;
    final MongoClient client;

    IndexedServer(MongoBackend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.client = MongoClients.create(server.getConnectionString());
    }

    MongoDatabase db() {
        return client.getDatabase("test");
    }

    void commit() {
        if (backend instanceof H2Backend h2) {
            h2.commit();
        }
    }

    @Override
    public void close() {
        commit();
        client.close();
        server.shutdownNow();
    }
}
