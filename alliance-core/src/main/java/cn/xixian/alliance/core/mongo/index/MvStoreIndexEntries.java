package cn.xixian.alliance.core.mongo.index;

import java.nio.ByteBuffer;
import java.util.Iterator;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Index keys of the H2 backend: a map in the same MVStore as the documents, so a document and its
 * index keys are written by the same store commit. The map is named like the backend's own unique
 * index maps, so dropping the index or the database removes it.
 */
final class MvStoreIndexEntries implements IndexEntries {

    private final MVMap<IndexEntry, Boolean> entries;
    private final MVMap<String, Object> meta;
    private final String multikeyKey;

    MvStoreIndexEntries(MVStore store, String mapName, MVMap<String, Object> meta, String indexName,
            IndexEntryOrder order, int fields) {
        this.entries = store.openMap(mapName,
                new MVMap.Builder<IndexEntry, Boolean>().keyType(new EntryType(order, fields)));
        this.meta = meta;
        this.multikeyKey = "multikey." + indexName;
    }

    @Override
    public void add(IndexEntry entry) {
        entries.put(entry, Boolean.TRUE);
    }

    @Override
    public void remove(IndexEntry entry) {
        entries.remove(entry);
    }

    @Override
    public Iterator<IndexEntry> scan(IndexEntry from, IndexEntry to, boolean reverse) {
        Cursor<IndexEntry, Boolean> cursor = reverse ? entries.cursor(to, from, true) : entries.cursor(from, to, false);
        return cursor;
    }

    @Override
    public long size() {
        return entries.sizeAsLong();
    }

    @Override
    public void clear() {
        entries.clear();
        meta.remove(multikeyKey);
    }

    @Override
    public boolean multikey() {
        return Boolean.TRUE.equals(meta.get(multikeyKey));
    }

    @Override
    public void markMultikey() {
        if (!multikey()) {
            meta.put(multikeyKey, Boolean.TRUE);
        }
    }

    /** Keys stored as their values and position (each in H2's object encoding), ordered by the index's order. */
    private static final class EntryType extends BasicDataType<IndexEntry> {

        private static final ObjectDataType OBJECTS = new ObjectDataType();

        private final IndexEntryOrder order;
        private final int fields;

        EntryType(IndexEntryOrder order, int fields) {
            this.order = order;
            this.fields = fields;
        }

        @Override
        public int compare(IndexEntry a, IndexEntry b) {
            return order.compare(a, b);
        }

        @Override
        public int getMemory(IndexEntry entry) {
            return 24 + 32 * (entry.values.length + 1);
        }

        @Override
        public void write(WriteBuffer buffer, IndexEntry entry) {
            for (Object value : entry.values) {
                writeValue(buffer, value);
            }
            writeValue(buffer, entry.position);
        }

        private static void writeValue(WriteBuffer buffer, Object value) {
            if (value == null) {
                buffer.put((byte) 0);
            } else {
                buffer.put((byte) 1);
                OBJECTS.write(buffer, value);
            }
        }

        @Override
        public IndexEntry read(ByteBuffer buffer) {
            Object[] values = new Object[fields];
            for (int i = 0; i < fields; i++) {
                values[i] = readValue(buffer);
            }
            return new IndexEntry(values, readValue(buffer));
        }

        private static Object readValue(ByteBuffer buffer) {
            return buffer.get() == 0 ? null : OBJECTS.read(buffer);
        }

        @Override
        public IndexEntry[] createStorage(int size) {
            return new IndexEntry[size];
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
