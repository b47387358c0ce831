package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.grading.Grade;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code alliance.cold-storage.*}. Grades left out of a map keep the defaults below.
 * <p>Temperatures: Yuluxiang pears keep best just above their freezing point (about −1.8 °C); −1…0 °C
 * slows ripening and core browning over months. Special and grade-1 fruit is held longest (gift boxes
 * sold until spring), so it needs the narrow optimum; grade-2 fruit is sold within weeks and tolerates
 * up to 2 °C; off-grade fruit waits days for the processors, so any chamber up to 4 °C will do. No
 * grade goes below −1 °C: freezing injury.
 * <p>Stock age: fruit older than {@code max-days} for its grade is listed to sell first — about five
 * months for the premium grades in ordinary (not CA) cold storage, four for grade 2, two for off-grade.
 */
@ConfigurationProperties("alliance.cold-storage")
public record ColdStorageProperties(Map<Grade, TemperatureRange> gradeTemperatures, StockAge stockAge,
        Double temperatureToleranceC) {

    /** How far (°C) a keeper's reading may be from a chamber's set-point before the page raises an alert. */
    @Override
    public Double temperatureToleranceC() {
        return java.util.Objects.requireNonNull(temperatureToleranceC,
                "alliance.cold-storage.temperature-tolerance-c is required");
    }

    public ColdStorageProperties {
        gradeTemperatures = withDefaults(gradeTemperatures, Map.of(
                Grade.SPECIAL, new TemperatureRange(-1.0, 0.5),
                Grade.GRADE_1, new TemperatureRange(-1.0, 0.5),
                Grade.GRADE_2, new TemperatureRange(-1.0, 2.0),
                Grade.OFF_GRADE, new TemperatureRange(-1.0, 4.0)));
        stockAge = stockAge == null ? new StockAge(null, null, null) : stockAge;
    }

    /** Inclusive °C bounds of a chamber set-point that suits a grade. */
    public record TemperatureRange(double minC, double maxC) {

        public boolean contains(double tempC) {
            return tempC >= minC && tempC <= maxC;
        }
    }

    /**
     * The nightly stock-age job: its cron ("-" = off), lots per chunk ({@code chunk-size}, set in application.yaml)
     * and the age in days after which a grade sells first.
     */
    public record StockAge(String cron, Integer chunkSize, Map<Grade, Integer> maxDays) {

        public StockAge {
            if (chunkSize != null && chunkSize < 1) {
                throw new IllegalArgumentException("alliance.cold-storage.stock-age.chunk-size must be at least 1");
            }
            cron = cron == null || cron.isBlank() ? "-" : cron;
            maxDays = withDefaults(maxDays, Map.of(Grade.SPECIAL, 150, Grade.GRADE_1, 150, Grade.GRADE_2, 120,
                    Grade.OFF_GRADE, 60));
        }
    }

    private static <V> Map<Grade, V> withDefaults(Map<Grade, V> given, Map<Grade, V> defaults) {
        Map<Grade, V> merged = new EnumMap<>(defaults);
        if (given != null) {
            merged.putAll(given);
        }
        return Map.copyOf(merged);
    }
}
