package cn.xixian.alliance.ops;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * Loads a folder in mongodump's layout (as {@link MongoDump} writes it) into a database: per collection the
 * indexes of its {@code .metadata.json} first, then the documents of its {@code .bson}. Without {@code drop}
 * a collection that already holds documents is refused before anything is written; with it each collection
 * of the folder is dropped first.
 */
final class MongoLoad {

    private static final int CHUNK = 1000;

    private MongoLoad() {
    }

    static List<MongoDump.CollectionDump> load(MongoDatabase db, Path dir, boolean drop) throws IOException {
        Set<String> names = collections(dir);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no <collection>.bson or .metadata.json files in " + dir);
        }
        if (!drop) {
            List<String> occupied = names.stream()
                    .filter(name -> db.getCollection(name).countDocuments() > 0).toList();
            if (!occupied.isEmpty()) {
                throw new IllegalStateException("collections already hold documents: " + occupied
                        + " (give --drop to replace them)");
            }
        }
        List<MongoDump.CollectionDump> loaded = new ArrayList<>();
        for (String name : names) {
            if (drop) {
                db.getCollection(name).drop();
            }
            createIndexes(db, name, dir.resolve(name + MongoDump.METADATA));
            loaded.add(loadDocuments(db.getCollection(name, RawBsonDocument.class), name, dir.resolve(name + MongoDump.BSON)));
        }
        return loaded;
    }

    private static Set<String> collections(Path dir) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).forEach(file -> {
                if (file.endsWith(MongoDump.METADATA)) {
                    names.add(file.substring(0, file.length() - MongoDump.METADATA.length()));
                } else if (file.endsWith(MongoDump.BSON)) {
                    names.add(file.substring(0, file.length() - MongoDump.BSON.length()));
                }
            });
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static void createIndexes(MongoDatabase db, String name, Path metadataFile) throws IOException {
        if (!Files.exists(metadataFile)) {
            db.createCollection(name);
            return;
        }
        Document metadata = Document.parse(Files.readString(metadataFile, StandardCharsets.UTF_8));
        String collection = metadata.getString("collectionName") != null ? metadata.getString("collectionName") : name;
        if (!collection.equals(name)) {
            throw new IllegalArgumentException(metadataFile + " describes collection " + collection + ", not " + name);
        }
        List<Document> indexes = new ArrayList<>();
        for (Document index : (List<Document>) metadata.get("indexes", List.class)) {
            if (!"_id_".equals(index.getString("name"))) {
                Document spec = new Document(index);
                spec.remove("ns");
                indexes.add(spec);
            }
        }
        if (indexes.isEmpty()) {
            db.createCollection(name);
        } else {
            db.runCommand(new Document("createIndexes", name).append("indexes", indexes));
        }
    }

    private static MongoDump.CollectionDump loadDocuments(MongoCollection<RawBsonDocument> collection, String name,
            Path bsonFile) throws IOException {
        long documents = 0;
        long bytes = 0;
        if (!Files.exists(bsonFile)) {
            return new MongoDump.CollectionDump(name, 0, 0);
        }
        List<RawBsonDocument> chunk = new ArrayList<>(CHUNK);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(bsonFile), 1 << 16)) {
            RawBsonDocument document;
            while ((document = next(in, bsonFile)) != null) {
                chunk.add(document);
                documents++;
                bytes += document.getByteBuffer().remaining();
                if (chunk.size() == CHUNK) {
                    collection.insertMany(chunk);
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            collection.insertMany(chunk);
        }
        return new MongoDump.CollectionDump(name, documents, bytes);
    }

    /** The next document of a concatenated-BSON stream, null at its end. */
    static RawBsonDocument next(InputStream in, Path file) throws IOException {
        byte[] head = in.readNBytes(4);
        if (head.length == 0) {
            return null;
        }
        if (head.length < 4) {
            throw new EOFException(file + " ends inside a document's length");
        }
        int length = (head[0] & 0xff) | (head[1] & 0xff) << 8 | (head[2] & 0xff) << 16 | (head[3] & 0xff) << 24;
        if (length < 5 || length > 16 * 1024 * 1024 + 16 * 1024) {
            throw new IOException(file + " holds a document of impossible length " + length);
        }
        byte[] document = new byte[length];
        System.arraycopy(head, 0, document, 0, 4);
        new DataInputStream(in).readFully(document, 4, length - 4);
        return new RawBsonDocument(document);
    }
}
