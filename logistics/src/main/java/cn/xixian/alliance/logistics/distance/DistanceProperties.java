package cn.xixian.alliance.logistics.distance;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.logistics.distance.*}: how the default matrix turns straight lines into road trips. Defaults in
 * {@code application.yaml} only.
 */
@Validated
@ConfigurationProperties("alliance.logistics.distance")
public record DistanceProperties(@DecimalMin("1.0") double roadFactor, @Positive double averageSpeedKmh) {
}
