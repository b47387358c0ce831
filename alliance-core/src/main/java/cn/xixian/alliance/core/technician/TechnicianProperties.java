package cn.xixian.alliance.core.technician;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code alliance.technician.*}: how long after a visit a household is due again. */
@Validated
@ConfigurationProperties("alliance.technician")
public record TechnicianProperties(@NotNull Duration visitInterval) {
}
