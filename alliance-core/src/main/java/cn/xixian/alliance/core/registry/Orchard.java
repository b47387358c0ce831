package cn.xixian.alliance.core.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One plot of a household's pear orchard; lots and contracts trace back to it by code. */
public record Orchard(
        @NotBlank @Size(max = 40) String code,
        @NotNull @Positive Double areaMu,
        @DecimalMin("-90") @DecimalMax("90") Double lat,
        @DecimalMin("-180") @DecimalMax("180") Double lon) {
}
