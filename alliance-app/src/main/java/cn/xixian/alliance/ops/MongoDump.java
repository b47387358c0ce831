package cn.xixian.alliance.ops;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Writes one database in mongodump's directory layout, so {@code mongorestore} reads it: per collection
 * {@code <name>.bson} (the documents as stored, concatenated BSON, byte for byte as the server sent them) and
 * {@code <name>.metadata.json} (canonical extended JSON: {@code options} when there are any, {@code indexes} as
 * {@code listIndexes} describes them, {@code collectionName}, {@code type}).
 *
 * <p>Each collection is read by one query, so it is written as of one point in time when the server reads a
 * collection from one snapshot (the embedded server's H2 store does); collections are read one after the other,
 * so different collections may be of different moments, as with mongodump without {@code --oplog}.
 */
final class MongoDump {

    static final String BSON = ".bson";
    static final String METADATA = ".metadata.json";
    static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private MongoDump() {
    }

    /** What was written for one collection. */
    record CollectionDump(String name, long documents, long bytes) {
    }

    static List<CollectionDump> export(MongoDatabase db, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Document> options = new LinkedHashMap<>();
        for (Document info : db.listCollections()) {
            String name = info.getString("name");
            if (!name.startsWith("system.") && !"view".equals(info.getString("type"))) {
                options.put(name, info.get("options", new Document()));
            }
        }
        List<CollectionDump> written = new ArrayList<>();
        for (String name : options.keySet().stream().sorted().toList()) {
            written.add(exportCollection(db, name, options.get(name), dir));
        }
        return written;
    }

    private static CollectionDump exportCollection(MongoDatabase db, String name, Document options, Path dir)
            throws IOException {
        long documents = 0;
        long bytes = 0;
        Path bson = dir.resolve(name + BSON);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(bson), 1 << 16);
                MongoCursor<RawBsonDocument> cursor = db.getCollection(name, RawBsonDocument.class).find()
                        .batchSize(10_000).iterator()) {
            while (cursor.hasNext()) {
                ByteBuffer buffer = cursor.next().getByteBuffer().asNIO();
                byte[] document = new byte[buffer.remaining()];
                buffer.get(document);
                out.write(document);
                documents++;
                bytes += document.length;
            }
        }
        Document metadata = new Document();
        if (!options.isEmpty()) {
            metadata.append("options", options);
        }
        List<Document> indexes = new ArrayList<>();
        for (Document index : db.getCollection(name).listIndexes()) {
            index.remove("ns");
            indexes.add(index);
        }
        // The same folder for the same data: _id first, the others by name.
        indexes.sort(java.util.Comparator.comparing((Document index) -> !"_id_".equals(index.getString("name")))
                .thenComparing(index -> String.valueOf(index.get("name"))));
        metadata.append("indexes", indexes).append("collectionName", name).append("type", "collection");
        Files.writeString(dir.resolve(name + METADATA), metadata.toJson(CANONICAL), StandardCharsets.UTF_8);
        return new CollectionDump(name, documents, bytes);
    }
}
