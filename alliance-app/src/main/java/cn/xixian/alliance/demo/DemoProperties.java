package cn.xixian.alliance.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alliance.demo.*}. {@code enabled} unset means: load on the embedded default, never on a
 * real MongoDB. Counts default to the alliance's published figures.
 */
@ConfigurationProperties("alliance.demo")
record DemoProperties(
        Boolean enabled,
        @DefaultValue("2026") long seed,
        @DefaultValue("0.35") double povertyShare,
        @DefaultValue("1000") int households,
        @DefaultValue("100") int technicians) {
}
