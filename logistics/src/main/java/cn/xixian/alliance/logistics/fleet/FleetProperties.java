package cn.xixian.alliance.logistics.fleet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.logistics.fleet.*}: the county's time zone (shifts are local times) and the default home
 * depot of a van, the county urban-rural delivery centre in 隰县城. Defaults in {@code application.yaml} only.
 */
@Validated
@ConfigurationProperties("alliance.logistics.fleet")
record FleetProperties(
        @NotNull ZoneId zone,
        @NotBlank String depotName,
        @DecimalMin("-90") @DecimalMax("90") double depotLat,
        @DecimalMin("-180") @DecimalMax("180") double depotLon) {
}
