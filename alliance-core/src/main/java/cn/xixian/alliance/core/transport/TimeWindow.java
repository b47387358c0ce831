package cn.xixian.alliance.core.transport;

import java.time.Duration;
import java.time.Instant;

/** The interval in which a van may start serving a stop. */
public record TimeWindow(Instant start, Instant end) {

    public boolean isValid() {
        return start != null && end != null && !end.isBefore(start);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
