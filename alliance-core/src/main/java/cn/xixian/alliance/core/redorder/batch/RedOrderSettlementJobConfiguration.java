package cn.xixian.alliance.core.redorder.batch;

import cn.xixian.alliance.core.batch.LiveJobs;
import cn.xixian.alliance.core.batch.TriggerableJob;
import cn.xixian.alliance.core.redorder.RedOrderProperties;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.redorder.persistence.ContractIdReader;
import cn.xixian.alliance.core.redorder.persistence.RedOrderJobStore;
import java.util.Map;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Year-end settlement of a season: every contract of the season with a delivery is settled if it is still ACTIVE.
 * Restartable and idempotent: settling is the atomic ACTIVE → SETTLED transition, so a contract a failed run
 * already settled is met again on restart and counted as {@code alreadySettled}, never settled twice.
 * Contracts whose advances exceed the gross (they need a reason) or that miss a market price stay ACTIVE and are
 * counted as {@code needsAttention}.
 */
@Configuration(proxyBeanMethods = false)
public class RedOrderSettlementJobConfiguration {

    public static final String JOB = "redOrderSettlementJob";
    public static final String STEP = "settleRedOrders";

    @Bean
    Job redOrderSettlementJob(JobRepository jobs, Step settleRedOrders, LiveJobs live) {
        return new JobBuilder(JOB, jobs).listener(live).start(settleRedOrders).build();
    }

    @Bean
    Step settleRedOrders(JobRepository jobs, PlatformTransactionManager tx, ContractIdReader settlementReader,
            ItemWriter<String> settlementWriter, RedOrderProperties properties) {
        return new StepBuilder(STEP, jobs).<String, String>chunk(properties.jobs().chunkSize(), tx)
                .reader(settlementReader).writer(settlementWriter).build();
    }

    @Bean
    @StepScope
    ContractIdReader settlementReader(RedOrderJobStore store, @Value("#{jobParameters['season']}") Long season,
            RedOrderProperties properties) {
        return store.deliveredContracts(season.intValue(), properties.jobs().chunkSize());
    }

    /** Counts go straight into the step's context as each contract is settled: they tally effects, which stay. */
    @Bean
    @StepScope
    ItemWriter<String> settlementWriter(RedOrderService orders, @Value("#{stepExecution}") StepExecution step) {
        String by = JOB + " #" + step.getJobExecution().getJobInstance().getInstanceId();
        return chunk -> {
            for (String id : chunk) {
                RedOrderService.YearEndOutcome outcome = orders.settleAtYearEnd(id, by);
                String key = switch (outcome) {
                    case SETTLED -> "settled";
                    case ALREADY_SETTLED -> "alreadySettled";
                    case NEEDS_ATTENTION -> "needsAttention";
                };
                step.getExecutionContext().putLong(key, step.getExecutionContext().getLong(key, 0) + 1);
            }
        };
    }

    @Bean
    TriggerableJob redOrderSettlementTrigger() {
        return new TriggerableJob() {
            @Override
            public String jobName() {
                return JOB;
            }

            @Override
            public JobParameters parameters(Map<String, String> request) {
                return SeasonParameters.of(request);
            }
        };
    }
}
