package cn.xixian.alliance.ecommerce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.ecommerce.*}: the sales module's settings, bound once and checked at start (a missing or
 * nonsensical value stops the app with the key's name). The defaults live in {@code application.yaml} only.
 * Store secrets ({@code alliance.ecommerce.stores.<CODE>.secret}) are looked up per store by {@code OnlineStores}.
 */
@Validated
@ConfigurationProperties("alliance.ecommerce")
public record EcommerceProperties(
        @Valid @NotNull Recovery recovery,
        @Valid @NotNull Parcels parcels,
        @Valid @NotNull Webhook webhook,
        @Valid @NotNull Poll poll,
        @Valid @NotNull Csv csv) {

    /** Intake batches a crash left short of DONE: first look after {@code delay}, then every {@code interval}. */
    public record Recovery(@NotNull Duration delay, @NotNull Duration interval, @NotNull Duration lease) {
    }

    /** Where parcels leave from and go to (member codes, with a place for when the member is unknown). */
    public record Parcels(@NotNull @DecimalMin("0.001") BigDecimal maxLoadKg, @Valid @NotNull Place shipFrom,
            @Valid @NotNull Place postHub) {
    }

    /** A member by code, and the place to use when the register does not know it. */
    public record Place(@NotBlank String member, @NotBlank String name,
            @DecimalMin("-90") @DecimalMax("90") double lat, @DecimalMin("-180") @DecimalMax("180") double lon) {
    }

    /** Bodies above {@code maxBody} are refused unread (413). */
    public record Webhook(@NotNull DataSize maxBody) {
    }

    /** The store pollers: windows of at most {@code maxWindow}, read {@code lag} behind now. */
    public record Poll(@NotNull Duration lag, @NotNull Duration initialLookback, @NotNull Duration maxWindow,
            @Positive int maxPages, @NotNull Duration timeout) {
    }

    /** The back-office export folder. */
    public record Csv(boolean enabled, @NotBlank String baseDir, @NotNull Duration delay,
            @NotNull Duration readLockCheckInterval, @Positive int chunkSize) {
    }
}
