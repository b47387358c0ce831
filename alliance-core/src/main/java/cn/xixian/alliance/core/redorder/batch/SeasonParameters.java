package cn.xixian.alliance.core.redorder.batch;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;

/**
 * The parameters of the red-order jobs: {@code season} (required) and {@code asOf} (a date, today by default).
 * The same season and day name the same run: triggering it again restarts a failed run and is refused (409) for a
 * completed one; a later day runs it anew (contracts settled since are then included).
 */
public final class SeasonParameters {

    private SeasonParameters() {
    }

    public static JobParameters of(Map<String, String> request) {
        List<FieldError> errors = new ArrayList<>();
        Long season = null;
        LocalDate asOf = LocalDate.now();
        try {
            String value = request.get("season");
            if (value == null || value.isBlank()) {
                errors.add(FieldError.of("season", "is required"));
            } else {
                season = Long.parseLong(value.strip());
                if (season < 2000 || season > 2100) {
                    errors.add(FieldError.of("season", "must be a year between 2000 and 2100"));
                }
            }
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("season", "must be a year such as 2026"));
        }
        try {
            if (request.get("asOf") != null) {
                asOf = LocalDate.parse(request.get("asOf").strip());
            }
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("asOf", "must be a date YYYY-MM-DD"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new JobParametersBuilder().addLong("season", season).addLocalDate("asOf", asOf).toJobParameters();
    }
}
