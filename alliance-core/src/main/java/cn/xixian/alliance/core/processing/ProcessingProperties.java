package cn.xixian.alliance.core.processing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.processing.*} (defaults in application.yaml): how far a grading run's inputs may be from its
 * outputs + loss ({@code balance-tolerance-kg}, 0 = to the gram). The processing page reads it from here too.
 */
@Validated
@ConfigurationProperties("alliance.processing")
public record ProcessingProperties(
        @NotNull @PositiveOrZero @DecimalMax("1000") BigDecimal balanceToleranceKg) {
}
