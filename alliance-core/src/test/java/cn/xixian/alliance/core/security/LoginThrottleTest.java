package cn.xixian.alliance.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Issue 16 item 8: guessing a password costs the server no bcrypt once a login is locked. */
class LoginThrottleTest {

    /** Counts the expensive checks; bcrypt at its cheapest cost, so the test is quick. */
    private final AtomicInteger bcrypts = new AtomicInteger();
    private final PasswordEncoder encoder = new PasswordEncoder() {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String hash) {
            bcrypts.incrementAndGet();
            return bcrypt.matches(raw, hash);
        }
    };
    private final Map<String, String> hashes = Map.of("coordinator", encoder.encode("right"),
            "coop-001", encoder.encode("coop-pw"));
    private final UserDetailsService users = name -> {
        if (!hashes.containsKey(name)) {
            throw new UsernameNotFoundException(name);
        }
        return new AllianceUser(name, hashes.get(name), Set.of(Role.COORDINATOR), null);
    };
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final AuthenticationProvider provider = provider();

    private AuthenticationProvider provider() {
        DaoAuthenticationProvider fullCheck = new DaoAuthenticationProvider(users);
        fullCheck.setPasswordEncoder(encoder);
        return new LoginThrottle(new VerifiedCredentials(fullCheck, users, () -> clock.millis()),
                new LoginLockoutProperties(10, Duration.ofMinutes(15), 100), clock);
    }

    private boolean signIn(String user, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        try {
            return provider.authenticate(token).isAuthenticated();
        } catch (AuthenticationException e) {
            return false;
        }
    }

    @Test
    void fiftyWrongPasswordsLockTheLoginWithoutABcryptEach() {
        for (int i = 0; i < 50; i++) {
            assertThat(signIn("coordinator", "guess-" + i, "203.0.113.7")).isFalse();
            clock.advance(Duration.ofSeconds(2));
        }

        assertThat(bcrypts.get()).as("password checks of 50 guesses").isLessThanOrEqualTo(10);
        int before = bcrypts.get();
        assertThat(signIn("coordinator", "right", "198.51.100.1")).as("locked, from any address").isFalse();
        assertThat(bcrypts.get()).isEqualTo(before);

        assertThat(signIn("coop-001", "coop-pw", "203.0.113.7")).as("another user, same address").isTrue();

        clock.advance(Duration.ofMinutes(15));
        assertThat(signIn("coordinator", "right", "203.0.113.7")).as("after the lock period").isTrue();
    }

    @Test
    void failuresBackOffBeforeTheLockAndASuccessClearsThem() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("coordinator", "guess-" + i, "203.0.113.7")).isFalse();
        }
        int before = bcrypts.get();
        assertThat(signIn("coordinator", "right", "203.0.113.7")).as("within the back-off").isFalse();
        assertThat(bcrypts.get()).isEqualTo(before);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("coordinator", "right", "203.0.113.7")).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn("coordinator", "guess-" + i, "203.0.113.7")).isFalse();
        }
        assertThat(signIn("coordinator", "right", "203.0.113.7")).as("count started again after the success").isTrue();
    }

    @Test
    void oneAddressGuessingManyLoginsIsLocked() {
        for (int i = 0; i < 100; i++) {
            signIn("user-" + i, "guess", "203.0.113.9");
        }
        int before = bcrypts.get();
        assertThat(signIn("coop-001", "coop-pw", "203.0.113.9")).isFalse();
        assertThat(bcrypts.get()).isEqualTo(before);
        assertThat(signIn("coop-001", "coop-pw", "198.51.100.1")).as("from elsewhere").isTrue();
    }

    @Test
    void theLockedAnswerIsASignInFailure() {
        for (int i = 0; i < 10; i++) {
            signIn("coordinator", "guess-" + i, "203.0.113.7");
        }
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("coordinator", "right")))
                .isInstanceOf(org.springframework.security.authentication.LockedException.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
