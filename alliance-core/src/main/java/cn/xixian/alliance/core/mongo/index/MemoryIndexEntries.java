package cn.xixian.alliance.core.mongo.index;

import java.util.Iterator;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** Index keys of the memory backend. */
final class MemoryIndexEntries implements IndexEntries {

    private final ConcurrentSkipListSet<IndexEntry> entries;
    private volatile boolean multikey;

    MemoryIndexEntries(IndexEntryOrder order) {
        this.entries = new ConcurrentSkipListSet<>(order);
    }

    @Override
    public void add(IndexEntry entry) {
        entries.add(entry);
    }

    @Override
    public void remove(IndexEntry entry) {
        entries.remove(entry);
    }

    @Override
    public Iterator<IndexEntry> scan(IndexEntry from, IndexEntry to, boolean reverse) {
        NavigableSet<IndexEntry> range = entries.subSet(from, true, to, true);
        return reverse ? range.descendingIterator() : range.iterator();
    }

    @Override
    public long size() {
        return entries.size();
    }

    @Override
    public void clear() {
        entries.clear();
        multikey = false;
    }

    @Override
    public boolean multikey() {
        return multikey;
    }

    @Override
    public void markMultikey() {
        multikey = true;
    }
}
