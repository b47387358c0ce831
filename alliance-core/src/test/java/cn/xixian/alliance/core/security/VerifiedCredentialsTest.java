package cn.xixian.alliance.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTest {

    /** Counts the expensive checks; "hash" is the password reversed, which is enough here. */
    private final AtomicInteger fullChecks = new AtomicInteger();
    private final PasswordEncoder encoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return new StringBuilder(raw).reverse().toString();
        }

        @Override
        public boolean matches(CharSequence raw, String hash) {
            fullChecks.incrementAndGet();
            return encode(raw).equals(hash);
        }
    };
    private final Map<String, String> hashes = new HashMap<>(Map.of("coop-001", "omed"));
    private final UserDetailsService users = name -> {
        if (!hashes.containsKey(name)) {
            throw new UsernameNotFoundException(name);
        }
        return new AllianceUser(name, hashes.get(name), Set.of(Role.COOPERATIVE), "coop-id");
    };
    private Clock clock = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    private VerifiedCredentials provider() {
        DaoAuthenticationProvider fullCheck = new DaoAuthenticationProvider(users);
        fullCheck.setPasswordEncoder(encoder);
        return new VerifiedCredentials(fullCheck, users, () -> clock.millis());
    }

    private static UsernamePasswordAuthenticationToken basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void aVerifiedPasswordSkipsTheFullCheckUntilItExpires() {
        VerifiedCredentials provider = provider();
        assertThat(provider.authenticate(basic("coop-001", "demo")).isAuthenticated()).isTrue();
        assertThat(provider.authenticate(basic("coop-001", "demo")).getPrincipal()).isInstanceOf(AllianceUser.class);
        assertThat(fullChecks).hasValue(1);

        clock = Clock.offset(clock, VerifiedCredentials.TTL.plusSeconds(1));
        provider.authenticate(basic("coop-001", "demo"));
        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndRefused() {
        VerifiedCredentials provider = provider();
        provider.authenticate(basic("coop-001", "demo"));
        assertThatThrownBy(() -> provider.authenticate(basic("coop-001", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(basic("coop-001", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(fullChecks).hasValue(3);
    }

    @Test
    void aChangedPasswordEndsTheShortcutAtOnce() {
        VerifiedCredentials provider = provider();
        provider.authenticate(basic("coop-001", "demo"));
        hashes.put("coop-001", "terces-wen");
        assertThatThrownBy(() -> provider.authenticate(basic("coop-001", "demo"))).isInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(basic("coop-001", "new-secret")).isAuthenticated()).isTrue();
    }
}
