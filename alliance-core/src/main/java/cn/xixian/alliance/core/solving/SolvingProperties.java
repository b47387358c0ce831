package cn.xixian.alliance.core.solving;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alliance.solving.*}: the limits of every planner's solves ({@link SolveRunner}).
 *
 * @param maxQueued          solves of one planner queued or running at once; one more is refused (409) with the reason
 * @param eventsTimeout      an event stream ends after this at the latest (the page then polls or subscribes again)
 * @param maxSubscribers     event streams open on one plan at once; one more is refused (409)
 */
@ConfigurationProperties("alliance.solving")
public record SolvingProperties(
        @DefaultValue("4") int maxQueued,
        @DefaultValue("10m") Duration eventsTimeout,
        @DefaultValue("16") int maxSubscribers) {

    public SolvingProperties {
        if (maxQueued < 1 || maxSubscribers < 1 || eventsTimeout == null || eventsTimeout.isZero()
                || eventsTimeout.isNegative()) {
            throw new IllegalArgumentException("alliance.solving: max-queued and max-subscribers must be at least 1 and"
                    + " events-timeout positive, not " + maxQueued + ", " + maxSubscribers + ", " + eventsTimeout);
        }
    }

    public static SolvingProperties defaults() {
        return new SolvingProperties(4, Duration.ofMinutes(10), 16);
    }
}
