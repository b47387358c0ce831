package cn.xixian.alliance.core.redorder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.redorder.*}, checked at start; the defaults live in {@code application.yaml} only.
 * {@code lot-claim-grace}: how long a harvest lot claimed by a delivery that did not finish stays reserved
 * before another delivery may take it.
 */
@Validated
@ConfigurationProperties("alliance.redorder")
public record RedOrderProperties(@Valid @NotNull Booking booking, @Valid @NotNull Jobs jobs,
        @NotNull Duration lotClaimGrace) {

    /** Which open contracts sales are booked against first. */
    public record Booking(@NotNull BookingPolicy policy) {
    }

    /** Contracts per chunk of the settlement and season-report jobs. */
    public record Jobs(@Positive int chunkSize) {
    }
}
