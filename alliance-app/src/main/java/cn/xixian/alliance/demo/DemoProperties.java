package cn.xixian.alliance.demo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.demo.*} (defaults in application.yaml). {@code enabled} unset means: load on the
 * embedded default, never on a real MongoDB. Counts default to the alliance's published figures.
 * {@code scale=county} adds a season of real size ({@link DemoCountyVolume}), {@code seasons} that
 * many past seasons of it.
 */
@Validated
@ConfigurationProperties("alliance.demo")
record DemoProperties(
        Boolean enabled,
        long seed,
        @DecimalMin("0") @DecimalMax("1") double povertyShare,
        @Min(1) int households,
        @Min(1) int technicians,
        @NotNull Scale scale,
        @Min(0) @Max(10) int seasons,
        @Min(0) int countyHarvestLots,
        @Min(0) int countyStoreOrders) {

    enum Scale { SMALL, COUNTY }
}
