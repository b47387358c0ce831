package cn.xixian.alliance.ui.trace;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * What the printed label says: grade(s), weight, where the fruit grew (households, villages, cooperatives, the first
 * few of each so the label stays small) and when it was picked, graded, stored and ordered. Empty and null parts are left off.
 */
record TraceLabel(String traceId, List<String> grades, BigDecimal weightKg, Few households, Few villages,
        Few cooperatives, String picked, String graded, String stored, String ordered) {

    /** The first {@code max} names, and how many more there are. */
    record Few(List<String> shown, int more) {
        static Few of(Collection<String> names, int max) {
            List<String> shown = names.stream().limit(max).toList();
            return new Few(shown, names.size() - shown.size());
        }

        public boolean isEmpty() {
            return shown.isEmpty();
        }
    }
}
