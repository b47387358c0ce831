package cn.xixian.alliance.core.mongo.index;

import java.util.Arrays;

/**
 * One key of a secondary index: the document's (normalised) values for the index's fields, then
 * the document's position in its collection, so that equal values of many documents are distinct
 * keys. Bounds of a scan use {@link Bound} in place of values.
 */
final class IndexEntry {

    /** Scan bounds: below or above every value, never stored. */
    enum Bound { MIN, MAX }

    final Object[] values;
    final Object position;

    IndexEntry(Object[] values, Object position) {
        this.values = values;
        this.position = position;
    }

    @Override
    public String toString() {
        return Arrays.toString(values) + "@" + position;
    }
}
