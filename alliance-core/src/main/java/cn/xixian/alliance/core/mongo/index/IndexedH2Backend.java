package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with real secondary indexes (see {@link SecondaryIndex}), kept in
 * maps of the same MVStore as the documents. The store does not commit on its own in the
 * background: the owner commits after each write command ({@link #commit()}), so a document and
 * its index keys reach the file in the same commit. A data file from before these indexes has no
 * index maps; opening it builds them from the documents.
 */
public class IndexedH2Backend extends H2Backend {

    /** The backend's own map names (its on-disk format). */
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    /** How often a commit also compacts the file (see {@link #commit()}). */
    private static final long COMPACT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int COMPACT_FILL_RATE_PERCENT = 50;
    private static final int COMPACT_WRITE_BYTES = 16 << 20;

    private final AtomicLong lastCompaction = new AtomicLong(System.nanoTime());

    public IndexedH2Backend(MVStore store) {
        super(store);
    }

    /**
     * Commits; and at most every 30 s also rewrites chunks that are less than half full. MVStore compacts in its
     * background thread, which is off here (commits are ours), so without this the file only grows.
     */
    @Override
    public void commit() {
        super.commit();
        long now = System.nanoTime();
        long last = lastCompaction.get();
        if (now - last > COMPACT_EVERY_NANOS && lastCompaction.compareAndSet(last, now)
                && getMvStore().compact(COMPACT_FILL_RATE_PERCENT, COMPACT_WRITE_BYTES)) {
            super.commit();
        }
    }

    /** Opens (or creates) the store in {@code file}, without background commits. */
    public static IndexedH2Backend open(Path file) {
        return new IndexedH2Backend(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    private static final class Database extends H2Database {

        private MVStore store;

        Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
            this.store = store;
            initializeNamespacesAndIndexes();
        }

        /** The parent constructor opens the collections before this class has its store: deferred to ours. */
        @Override
        protected void initializeNamespacesAndIndexes() {
            if (store != null) {
                super.initializeNamespacesAndIndexes();
            }
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = store.openMap(DATA_PREFIX + namespace);
            MVMap<String, Object> meta = store.openMap(META_PREFIX + namespace);
            return new IndexedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<String, Object> meta = store.openMap(META_PREFIX + namespace);
            IndexEntries entries = new MvStoreIndexEntries(store, namespace + "._index_" + indexName, meta, indexName,
                    SecondaryIndex.orderOf(keys), keys.size());
            return new SecondaryIndex<>(indexName, keys, sparse, entries);
        }

        /**
         * A compound unique index also gets a secondary index on the same fields ({@link SecondaryIndex#prefixKeysOf}),
         * so that a query on its leading fields (a cooperative's lots of the unique cooperative + reference) is
         * planned on it: the backend's unique index answers only a query on all of its fields.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            Index<Object> unique = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
            if (keys.size() > 1) {
                MongoCollection<Object> collection = resolveCollection(collectionName, false);
                if (collection != null) {
                    collection.addIndex(openOrCreateSecondaryIndex(collectionName, SecondaryIndex.prefixKeysOf(indexName),
                            keys, sparse));
                }
            }
            return unique;
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                Oplog oplog) {
            Document reply = IndexedDatabases.handle(this, name -> resolveCollection(name, false), command, query,
                    resolver, oplog);
            return reply != null ? reply : super.handleCommand(channel, command, query, resolver, oplog);
        }
    }
}
