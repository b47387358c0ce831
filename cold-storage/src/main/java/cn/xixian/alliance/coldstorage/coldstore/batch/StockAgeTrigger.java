package cn.xixian.alliance.coldstorage.coldstore.batch;

import cn.xixian.alliance.core.batch.JobRunner;
import cn.xixian.alliance.core.batch.JobStateException;
import cn.xixian.alliance.core.batch.TriggerableJob;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobParameters;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the stock-age job: nightly from {@code alliance.cold-storage.stock-age.cron} ("-" = never, as in
 * tests) for today's date in the county, or over HTTP with {@code asOf=YYYY-MM-DD}.
 */
@Component
class StockAgeTrigger implements TriggerableJob {

    private static final Logger log = LoggerFactory.getLogger(StockAgeTrigger.class);
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private final JobRunner runner;
    private final Clock clock;

    StockAgeTrigger(JobRunner runner, Optional<Clock> clock) {
        this.runner = runner;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public String jobName() {
        return StockAgeJobConfiguration.JOB;
    }

    @Override
    public JobParameters parameters(Map<String, String> request) {
        String asOf = request.get("asOf");
        if (asOf == null || asOf.isBlank()) {
            throw new InvalidInputException("asOf", "is required (YYYY-MM-DD)");
        }
        try {
            return StockAgeJobConfiguration.parameters(LocalDate.parse(asOf.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "must be a date YYYY-MM-DD");
        }
    }

    @Scheduled(cron = "${alliance.cold-storage.stock-age.cron:-}", zone = "Asia/Shanghai")
    void nightly() {
        LocalDate today = LocalDate.now(clock.withZone(COUNTY));
        try {
            runner.start(jobName(), StockAgeJobConfiguration.parameters(today));
        } catch (JobStateException e) {
            log.info("Stock-age job for {} not started: {}", today, e.getMessage());
        }
    }
}
