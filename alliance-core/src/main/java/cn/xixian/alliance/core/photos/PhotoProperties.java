package cn.xixian.alliance.core.photos;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code alliance.photos.*}: the largest photo accepted and how many one stop or visit may have. */
@Validated
@ConfigurationProperties("alliance.photos")
public record PhotoProperties(@NotNull DataSize maxSize, @Min(1) @Max(20) int maxPerItem) {
}
