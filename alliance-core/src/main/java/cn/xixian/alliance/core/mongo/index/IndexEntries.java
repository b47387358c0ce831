package cn.xixian.alliance.core.mongo.index;

import java.util.Iterator;

/** Where an index keeps its keys: a sorted set in memory, or a map in the H2 store. */
interface IndexEntries {

    void add(IndexEntry entry);

    void remove(IndexEntry entry);

    /** The keys from {@code from} to {@code to} (bounds are never stored keys), in key order or reversed. */
    Iterator<IndexEntry> scan(IndexEntry from, IndexEntry to, boolean reverse);

    long size();

    void clear();

    boolean multikey();

    void markMultikey();
}
