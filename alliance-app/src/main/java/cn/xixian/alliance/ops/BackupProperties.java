package cn.xixian.alliance.ops;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.backup.*} (defaults in application.yaml): when the nightly backup runs ({@code cron}, Spring's
 * six fields, in {@code zone}; "-" switches it off), where the backups go ({@code dir}, one
 * {@code <timestamp>/} folder each) and how many of them are kept ({@code keep}, the newest).
 */
@Validated
@ConfigurationProperties("alliance.backup")
public record BackupProperties(@NotBlank String cron, @NotNull ZoneId zone, @NotNull Path dir, @Min(1) int keep) {
}
