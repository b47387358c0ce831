package cn.xixian.alliance.core.redorder.batch;

import cn.xixian.alliance.core.batch.LiveJobs;
import cn.xixian.alliance.core.batch.TriggerableJob;
import cn.xixian.alliance.core.redorder.RedOrderProperties;
import cn.xixian.alliance.core.redorder.persistence.ContractIdReader;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderJobStore;
import cn.xixian.alliance.core.redorder.persistence.SeasonIncomeDocument;
import cn.xixian.alliance.core.redorder.persistence.SeasonReportDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The season report: (1) each settled or closed contract of the season is written as one income row keyed by
 * season and contract (writing it again replaces it), (2) the rows are summed per household into the season's
 * report document, which replaces the previous one. Both steps can run again any number of times with the same
 * result, so a restart from the last committed chunk is safe.
 */
@Configuration(proxyBeanMethods = false)
public class SeasonReportJobConfiguration {

    public static final String JOB = "seasonReportJob";
    public static final String ROWS_STEP = "collectSeasonIncome";

    @Bean
    Job seasonReportJob(JobRepository jobs, Step collectSeasonIncome, Step summariseSeason, LiveJobs live) {
        return new JobBuilder(JOB, jobs).listener(live).start(collectSeasonIncome).next(summariseSeason).build();
    }

    @Bean
    Step collectSeasonIncome(JobRepository jobs, PlatformTransactionManager tx, ContractIdReader seasonIncomeReader,
            ItemWriter<String> seasonIncomeWriter, RedOrderProperties properties) {
        return new StepBuilder(ROWS_STEP, jobs).<String, String>chunk(properties.jobs().chunkSize(), tx)
                .reader(seasonIncomeReader).writer(seasonIncomeWriter).build();
    }

    @Bean
    @StepScope
    ContractIdReader seasonIncomeReader(RedOrderJobStore store, @Value("#{jobParameters['season']}") Long season,
            RedOrderProperties properties) {
        return store.settledContracts(season.intValue(), properties.jobs().chunkSize());
    }

    @Bean
    ItemWriter<String> seasonIncomeWriter(RedOrderJobStore store) {
        return chunk -> {
            for (RedOrderDocument o : store.contracts(List.copyOf(chunk.getItems()))) {
                var s = o.settlement();
                long grams = s.lines().stream().mapToLong(RedOrderDocument.SettledLine::deliveredGrams).sum();
                store.saveIncome(new SeasonIncomeDocument(SeasonIncomeDocument.key(o.season(), o.id()), o.season(), o.id(),
                        o.householdId(), o.householdCode(), o.householdName(), o.cooperativeId(), o.povertyRegistered(),
                        grams, s.grossFen(), s.advancesFen(), s.netFen()));
            }
        };
    }

    @Bean
    Step summariseSeason(JobRepository jobs, PlatformTransactionManager tx, RedOrderJobStore store) {
        return new StepBuilder("summariseSeason", jobs).tasklet((contribution, context) -> {
            int season = ((Long) context.getStepContext().getJobParameters().get("season")).intValue();
            Map<String, SeasonReportDocument.Row> rows = new LinkedHashMap<>();
            for (SeasonIncomeDocument c : store.incomes(season)) {
                rows.merge(c.householdId(), new SeasonReportDocument.Row(c.householdId(), c.householdCode(),
                        c.householdName(), c.cooperativeId(), c.povertyRegistered(), 1, c.deliveredGrams(), c.grossFen(),
                        c.advancesFen(), c.netFen()), SeasonReportJobConfiguration::add);
            }
            List<SeasonReportDocument.Row> households = new ArrayList<>(rows.values());
            households.sort(Comparator.comparing(SeasonReportDocument.Row::householdCode,
                    Comparator.nullsLast(Comparator.naturalOrder())));
            store.saveReport(new SeasonReportDocument(season, Instant.now(), households));
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    private static SeasonReportDocument.Row add(SeasonReportDocument.Row a, SeasonReportDocument.Row b) {
        return new SeasonReportDocument.Row(a.householdId(), a.householdCode(), a.householdName(), a.cooperativeId(),
                a.povertyRegistered(), a.contracts() + b.contracts(), a.deliveredGrams() + b.deliveredGrams(),
                a.grossFen() + b.grossFen(), a.advancesFen() + b.advancesFen(), a.netFen() + b.netFen());
    }

    @Bean
    TriggerableJob seasonReportTrigger() {
        return new TriggerableJob() {
            @Override
            public String jobName() {
                return JOB;
            }

            @Override
            public JobParameters parameters(Map<String, String> request) {
                return SeasonParameters.of(request);
            }

            @Override
            public boolean snapshot() {
                return true; // a same-day re-run after more settlements reports them
            }
        };
    }
}
