package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A non-unique index (single field, compound, multikey over array fields) for the embedded
 * server, in place of the backend's {@code EmptyIndex}. It holds one key per document and value
 * (per array element for a multikey index); {@link IndexedQueries} plans the reads on it. The
 * backend's own query path never picks it ({@link #canHandle} is false): the collections
 * in this package ask {@link IndexedQueries} first.
 */
public final class SecondaryIndex<P> extends Index<P> {

    private final boolean sparseIndex;
    private final IndexEntries entries;
    private final List<Boolean> ascending;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, IndexEntries entries) {
        super(name, keys, sparse);
        this.sparseIndex = sparse;
        this.entries = entries;
        this.ascending = keys.stream().map(IndexKey::isAscending).toList();
    }

    /** The name of the secondary index kept beside a compound unique index (never listed: not in system.indexes). */
    static String prefixKeysOf(String uniqueIndexName) {
        return uniqueIndexName + "~prefix";
    }

    static IndexEntryOrder orderOf(List<IndexKey> keys) {
        return new IndexEntryOrder(keys.stream().map(IndexKey::isAscending).toList());
    }

    List<Boolean> ascending() {
        return ascending;
    }

    boolean multikey() {
        return entries.multikey();
    }

    Iterator<IndexEntry> scan(IndexEntry from, IndexEntry to, boolean reverse) {
        return entries.scan(from, to, reverse);
    }

    /**
     * Removal goes by position ({@link #removeEntries}), which the collection knows and this
     * method's signature does not give; the backend skips an index that reports itself sparse and
     * returns no position, so this one does.
     */
    @Override
    protected boolean isSparse() {
        return true;
    }

    @Override
    public Document toIndexDescription() {
        Document description = super.toIndexDescription();
        if (!sparseIndex) {
            description.remove("sparse");
        }
        return description;
    }

    @Override
    public P getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        getKeyValues(document); // refuses parallel arrays before the document is stored
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        for (Object[] values : keysOf(document)) {
            entries.add(new IndexEntry(values, position));
        }
    }

    void removeEntries(Document document, P position) {
        for (Object[] values : keysOf(document)) {
            entries.remove(new IndexEntry(values, position));
        }
    }

    @Override
    public P remove(Document document) {
        return null;
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        throw new UnsupportedOperationException("planned by IndexedQueries");
    }

    @Override
    public long getCount() {
        return entries.size();
    }

    @Override
    public boolean isEmpty() {
        return entries.size() == 0;
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        getKeyValues(newDocument);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            removeEntries(oldDocument, position);
            add(newDocument, position, collection);
        }
    }

    @Override
    public void drop() {
        entries.clear();
    }

    /**
     * The document's keys: one per combination of values (an array field gives one per element,
     * an empty array one null), none for a sparse index when the document has none of the fields.
     */
    private List<Object[]> keysOf(Document document) {
        boolean anyValue = false;
        boolean array = false;
        for (IndexKey key : getKeys()) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, key.getKey());
            anyValue |= !(value instanceof Missing);
            array |= value instanceof Collection;
        }
        if (sparseIndex && !anyValue) {
            return List.of();
        }
        if (array) {
            entries.markMultikey();
        }
        Set<KeyValue> keyValues = getKeyValues(document);
        List<Object[]> keys = new ArrayList<>(keyValues.size());
        for (KeyValue keyValue : keyValues) {
            keys.add(keyValue.stream().map(v -> v instanceof Missing ? null : v).toArray());
        }
        if (keys.isEmpty()) {
            Object[] values = new Object[getKeys().size()];
            for (int i = 0; i < values.length; i++) {
                Object value = Utils.getSubdocumentValueCollectionAware(document, getKeys().get(i).getKey());
                values[i] = value instanceof Collection || value instanceof Missing ? null
                        : new KeyValue(value).normalized().get(0);
            }
            keys.add(values);
        }
        return keys;
    }
}
