package cn.xixian.alliance.ecommerce.stores;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * How the alliance pulls a store's orders: the store's order API ({@code url}), how often, how many orders a page.
 * Polling runs only when {@code enabled} and a URL is set; a store may push by webhook and be polled as well (the
 * canonical route takes each order version once).
 */
public record PollSettings(
        @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String url,
        @Min(value = 1, message = "must be at least 1") @Max(value = 86400, message = "must be at most 86400")
        Integer intervalSeconds,
        @Min(value = 1, message = "must be at least 1") @Max(value = 500, message = "must be at most 500")
        Integer pageSize,
        boolean enabled) {

    public static final int DEFAULT_INTERVAL_SECONDS = 60;
    public static final int DEFAULT_PAGE_SIZE = 50;

    public PollSettings {
        intervalSeconds = intervalSeconds == null ? DEFAULT_INTERVAL_SECONDS : intervalSeconds;
        pageSize = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }

    /** Whether a poll route should run for the store. */
    public boolean active() {
        return enabled && url != null && !url.isBlank();
    }
}
