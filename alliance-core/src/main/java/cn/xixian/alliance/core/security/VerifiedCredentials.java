package cn.xixian.alliance.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * HTTP Basic sends the password with every request, and bcrypt makes each check cost ~90 ms of CPU
 * on purpose. A credential that passed the full check is remembered for a few minutes (as a SHA-256
 * of the password with a per-process salt), so an API client's next calls cost a lookup instead.
 * The user is still loaded on every call, so a changed password, role or cooperative takes effect
 * at once; a wrong password always gets the full check.
 */
class VerifiedCredentials implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider fullCheck;
    private final UserDetailsService users;
    private final LongSupplier millis;
    private final byte[] salt = java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(String passwordHash, long expiresAtMillis) {
    }

    VerifiedCredentials(AuthenticationProvider fullCheck, UserDetailsService users, LongSupplier millis) {
        this.fullCheck = fullCheck;
        this.users = users;
        this.millis = millis;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return fullCheck.authenticate(authentication);
        }
        String key = username + '\u0000' + digest(credentials.toString());
        Verified seen = verified.get(key);
        if (seen != null && seen.expiresAtMillis() > millis.getAsLong()) {
            UserDetails user = users.loadUserByUsername(username);
            if (seen.passwordHash().equals(user.getPassword()) && user.isEnabled() && user.isAccountNonLocked()) {
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
        }
        Authentication result = fullCheck.authenticate(authentication);
        if (result.getPrincipal() instanceof UserDetails user) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Verified(user.getPassword(), millis.getAsLong() + TTL.toMillis()));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
