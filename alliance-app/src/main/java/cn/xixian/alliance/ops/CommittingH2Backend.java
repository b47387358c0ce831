package cn.xixian.alliance.ops;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.nio.file.Path;
import java.util.Set;

/**
 * The embedded server's H2 file store, committed after every write command on the server side: the app's own
 * client commits after each write it sends, but clients of a stand-alone {@code mongo-server} (other app
 * instances, {@code mongorestore}) do not, and the store would otherwise commit only about once a second.
 */
final class CommittingH2Backend extends H2Backend {

    static final String STORE_FILE = "mongo.mv.db";

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    CommittingH2Backend(Path dataDir) {
        super(dataDir.resolve(STORE_FILE).toAbsolutePath().toString());
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document reply = super.handleMessage(message);
        String command = message.getDocument().keySet().iterator().next();
        if (WRITE_COMMANDS.contains(command.toLowerCase(java.util.Locale.ROOT))) {
            commit();
        }
        return reply;
    }
}
