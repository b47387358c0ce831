package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;

/** mongo-java-server's memory backend with real secondary indexes (see {@link SecondaryIndex}). */
public class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private static final class Database extends MemoryDatabase {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new IndexedMemoryCollection(this, collectionName, options, cursorRegistry);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return new SecondaryIndex<>(indexName, keys, sparse, new MemoryIndexEntries(SecondaryIndex.orderOf(keys)));
        }

        /**
         * A compound unique index also gets a secondary index on the same fields ({@link SecondaryIndex#prefixKeysOf}),
         * so that a query on its leading fields (a cooperative's lots of the unique cooperative + reference) is
         * planned on it: the backend's unique index answers only a query on all of its fields.
         */
        @Override
        protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            Index<Integer> unique = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
            if (keys.size() > 1) {
                MongoCollection<Integer> collection = resolveCollection(collectionName, false);
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
