package cn.xixian.alliance.core.transport;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;

/** The interval in which a van may start serving a stop. */
public record TimeWindow(Instant start, Instant end) {

    @JsonIgnore
    public boolean isValid() {
        return start != null && end != null && !end.isBefore(start);
    }

    @JsonIgnore
    public Duration length() {
        return Duration.between(start, end);
    }
}
