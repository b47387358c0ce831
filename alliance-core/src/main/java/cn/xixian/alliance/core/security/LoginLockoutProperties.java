package cn.xixian.alliance.core.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.security.login-lockout}: after {@code failures} wrong passwords in a row a login is
 * locked for {@code duration}; a client address is locked after {@code addressFailures} (many users
 * guessed from one place). Before a login's lock, each failure from the fifth on makes its next
 * attempt wait a little longer (1 s, 2 s, 4 s, ...). While locked an attempt is refused without checking
 * the password, so guessing costs the server no bcrypt.
 */
@Validated
@ConfigurationProperties("alliance.security.login-lockout")
public record LoginLockoutProperties(@Min(1) int failures, @NotNull Duration duration, @Min(1) int addressFailures) {
}
