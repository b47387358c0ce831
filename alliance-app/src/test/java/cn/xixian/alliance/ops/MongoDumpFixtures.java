package cn.xixian.alliance.ops;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.RawBsonDocument;

/** What a test compares between two databases: per collection a count and a content hash, and the indexes. */
final class MongoDumpFixtures {

    private MongoDumpFixtures() {
    }

    record CollectionState(long count, String hash, List<Document> indexes) {
    }

    static Map<String, CollectionState> state(MongoDatabase db) throws Exception {
        Map<String, CollectionState> state = new TreeMap<>();
        for (String name : db.listCollectionNames()) {
            if (name.startsWith("system.")) {
                continue;
            }
            TreeMap<String, byte[]> byId = new TreeMap<>();
            try (MongoCursor<RawBsonDocument> cursor = db.getCollection(name, RawBsonDocument.class).find().iterator()) {
                while (cursor.hasNext()) {
                    RawBsonDocument document = cursor.next();
                    ByteBuffer buffer = document.getByteBuffer().asNIO();
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    byId.put(document.get("_id").toString(), bytes);
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byId.values().forEach(sha::update);
            List<Document> indexes = new ArrayList<>();
            for (Document index : db.getCollection(name).listIndexes()) {
                Document comparable = new Document("name", index.get("name")).append("key", index.get("key"))
                        .append("unique", index.getBoolean("unique", false)).append("sparse", index.getBoolean("sparse", false));
                indexes.add(comparable);
            }
            indexes.sort((a, b) -> a.getString("name").compareTo(b.getString("name")));
            state.put(name, new CollectionState(byId.size(), HexFormat.of().formatHex(sha.digest()), indexes));
        }
        return state;
    }
}
