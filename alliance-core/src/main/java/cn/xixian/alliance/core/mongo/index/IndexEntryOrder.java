package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.Comparator;
import java.util.List;

/**
 * The order of one index's keys: field by field in the server's own value order (the order the
 * server sorts by, so a scan in key order is a sort), descending fields reversed, the position last.
 */
final class IndexEntryOrder implements Comparator<IndexEntry> {

    private final boolean[] ascending;

    IndexEntryOrder(List<Boolean> ascending) {
        this.ascending = new boolean[ascending.size()];
        for (int i = 0; i < this.ascending.length; i++) {
            this.ascending[i] = ascending.get(i);
        }
    }

    @Override
    public int compare(IndexEntry a, IndexEntry b) {
        for (int i = 0; i < ascending.length; i++) {
            int c = component(a.values[i], b.values[i], ascending[i]);
            if (c != 0) {
                return c;
            }
        }
        return component(a.position, b.position, true);
    }

    private static int component(Object x, Object y, boolean ascending) {
        if (x instanceof IndexEntry.Bound || y instanceof IndexEntry.Bound) {
            if (x == y) {
                return 0;
            }
            return x == IndexEntry.Bound.MIN || y == IndexEntry.Bound.MAX ? -1 : 1;
        }
        int c = ValueComparator.asc().compare(x, y);
        return ascending ? c : -c;
    }
}
