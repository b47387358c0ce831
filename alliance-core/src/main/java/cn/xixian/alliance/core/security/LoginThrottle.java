package cn.xixian.alliance.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in throttling for the form login and HTTP Basic alike (both reach the password check through
 * this provider): counts wrong passwords per username and per client address, backs off, then locks.
 * A refused attempt is answered at once (the sign-in's 401), never by a bcrypt; a right password
 * clears the user's count. Counts live in this process (one app instance is assumed).
 */
class LoginThrottle implements AuthenticationProvider {

    private static final int FREE_FAILURES = 4;
    private static final int MAX_ENTRIES = 100_000;

    private final AuthenticationProvider next;
    private final LoginLockoutProperties settings;
    private final Clock clock;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    /** Wrong passwords since the last success or lock, and until when attempts are refused. */
    private record Failures(int count, Instant blockedUntil) {
    }

    LoginThrottle(AuthenticationProvider next, LoginLockoutProperties settings, Clock clock) {
        this.next = next;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName() == null ? "" : authentication.getName().toLowerCase(Locale.ROOT);
        String address = addressOf(authentication);
        Instant now = clock.instant();
        if (blocked(users.get(user), now) || (address != null && blocked(addresses.get(address), now))) {
            throw new LockedException("too many failed sign-ins; try again later");
        }
        try {
            Authentication result = next.authenticate(authentication);
            users.remove(user);
            return result;
        } catch (AuthenticationException e) {
            failed(users, user, settings.failures(), true, now);
            if (address != null) {
                failed(addresses, address, settings.addressFailures(), false, now);
            }
            throw e;
        }
    }

    private static boolean blocked(Failures failures, Instant now) {
        return failures != null && failures.blockedUntil() != null && now.isBefore(failures.blockedUntil());
    }

    private void failed(Map<String, Failures> counts, String key, int lockAfter, boolean backOff, Instant now) {
        if (counts.size() >= MAX_ENTRIES) {
            counts.values().removeIf(f -> !blocked(f, now));
        }
        counts.compute(key, (k, old) -> {
            int count = (old == null ? 0 : old.count()) + 1; // a lock starts the count again
            if (count >= lockAfter) {
                return new Failures(0, now.plus(settings.duration()));
            }
            if (backOff && count > FREE_FAILURES) {
                Duration wait = Duration.ofSeconds(1L << Math.min(20, count - FREE_FAILURES - 1));
                return new Failures(count, now.plus(wait.compareTo(settings.duration()) < 0 ? wait : settings.duration()));
            }
            return new Failures(count, null);
        });
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return next.supports(authentication);
    }
}
