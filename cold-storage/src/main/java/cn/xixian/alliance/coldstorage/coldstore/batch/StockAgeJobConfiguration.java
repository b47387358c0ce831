package cn.xixian.alliance.coldstorage.coldstore.batch;

import cn.xixian.alliance.coldstorage.coldstore.ColdStorageProperties;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.SellFirstItem;
import cn.xixian.alliance.coldstorage.coldstore.SellFirstService;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.core.batch.LiveJobs;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly stock-age job: (1) forget any earlier list of the same {@code asOf} date, (2) read every lot
 * in stock oldest first and write those older than their grade's {@code max-days} to that date's sell-first
 * list. Lines are keyed by (asOf, chamber, lot), so a restarted chunk rewrites the same lines, and a fresh
 * run of the same date rebuilds the same list from the same stock.
 */
@Configuration(proxyBeanMethods = false)
public class StockAgeJobConfiguration {

    public static final String JOB = "stockAgeJob";

    public static JobParameters parameters(LocalDate asOf) {
        return new JobParametersBuilder().addLocalDate("asOf", asOf).toJobParameters();
    }

    @Bean
    Job stockAgeJob(JobRepository jobs, Step clearSellFirst, Step flagOldStock, LiveJobs live) {
        return new JobBuilder(JOB, jobs).listener(live).start(clearSellFirst).next(flagOldStock).build();
    }

    @Bean
    Step clearSellFirst(JobRepository jobs, PlatformTransactionManager tx, SellFirstService sellFirst) {
        return new StepBuilder("clearSellFirst", jobs).tasklet((contribution, context) -> {
            LocalDate asOf = (LocalDate) context.getStepContext().getJobParameters().get("asOf");
            sellFirst.clear(asOf);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    Step flagOldStock(JobRepository jobs, PlatformTransactionManager tx, StockAgeReader stockAgeReader,
            ItemProcessor<AgedLot, SellFirstItem> stockAgeProcessor, SellFirstService sellFirst,
            ColdStorageProperties properties) {
        int chunkSize = java.util.Objects.requireNonNull(properties.stockAge().chunkSize(),
                "alliance.cold-storage.stock-age.chunk-size is required");
        ItemWriter<SellFirstItem> writer = chunk -> sellFirst.save(List.copyOf(chunk.getItems()));
        return new StepBuilder("flagOldStock", jobs).<AgedLot, SellFirstItem>chunk(chunkSize, tx)
                .reader(stockAgeReader).processor(stockAgeProcessor).writer(writer).build();
    }

    @Bean
    @StepScope
    StockAgeReader stockAgeReader(ColdStoreService stores, StockService stock) {
        return new StockAgeReader(stores, stock);
    }

    /** Null (filtered out) for lots still young enough. */
    @Bean
    @StepScope
    ItemProcessor<AgedLot, SellFirstItem> stockAgeProcessor(ColdStorageProperties properties,
            @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        return aged -> {
            int age = (int) ChronoUnit.DAYS.between(aged.lot().storedOn(), asOf);
            int max = properties.stockAge().maxDays().get(aged.lot().grade());
            return age <= max ? null : new SellFirstItem(asOf, aged.chamber().storeId(), aged.chamber().storeCode(),
                    aged.lot().chamberId(), aged.chamber().chamberCode(), aged.lot().lotRef(), aged.lot().grade(),
                    aged.lot().cooperativeId(), aged.lot().grams(), aged.lot().storedOn(), age, max);
        };
    }
}
