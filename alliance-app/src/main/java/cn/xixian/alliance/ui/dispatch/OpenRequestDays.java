package cn.xixian.alliance.ui.dispatch;

import cn.xixian.alliance.core.transport.TransportRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which day a new dispatch plan is for by default: today when open (NEW) requests are due today, else the next
 * day with open requests, else the last one. So one click plans real work even when the loads waiting are for
 * another day (as in the demo county, whose season day is in September).
 */
record OpenRequestDays(LocalDate suggested, long openOnSuggested, long openInAll) {

    static OpenRequestDays of(Collection<TransportRequest> open, ZoneId zone, LocalDate today) {
        TreeMap<LocalDate, Long> days = open.stream()
                .filter(r -> r.pickupWindow() != null && r.pickupWindow().start() != null)
                .collect(Collectors.groupingBy(r -> LocalDate.ofInstant(r.pickupWindow().start(), zone), TreeMap::new,
                        Collectors.counting()));
        LocalDate day = days.containsKey(today) ? today
                : days.ceilingKey(today) != null ? days.ceilingKey(today)
                : days.isEmpty() ? today : days.lastKey();
        return new OpenRequestDays(day, days.getOrDefault(day, 0L), open.size());
    }
}
