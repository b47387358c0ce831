package cn.xixian.alliance.logistics.distance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code alliance.logistics.distance.*}: how the default matrix turns straight lines into road trips. */
@ConfigurationProperties("alliance.logistics.distance")
public record DistanceProperties(@DefaultValue("1.35") double roadFactor, @DefaultValue("40") double averageSpeedKmh) {
}
