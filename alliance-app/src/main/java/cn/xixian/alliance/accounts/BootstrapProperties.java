package cn.xixian.alliance.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code alliance.security.bootstrap-password}: when set (usually from the environment variable
 * {@code ALLIANCE_SECURITY_BOOTSTRAP_PASSWORD}) and no login exists yet, the first {@code coordinator} gets it.
 * Unset by design (no default): a password must never ship in the configuration.
 */
@ConfigurationProperties("alliance.security")
record BootstrapProperties(String bootstrapPassword) {

    boolean isSet() {
        return bootstrapPassword != null && !bootstrapPassword.isBlank();
    }
}
