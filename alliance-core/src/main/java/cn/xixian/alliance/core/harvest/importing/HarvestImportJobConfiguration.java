package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.batch.LiveJobs;
import cn.xixian.alliance.core.harvest.HarvestLotRules;
import cn.xixian.alliance.core.harvest.HarvestProperties;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotBulkInserts;
import cn.xixian.alliance.core.harvest.persistence.ImportJobRecords;
import cn.xixian.alliance.core.registry.HouseholdService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The harvest import: (1) an .xlsx is turned into CSV once, (2) rows are read, checked and stored
 * in chunks. The reader's position commits with each chunk in the job repository; the writer is
 * idempotent, so the chunk a crash interrupted is simply written again on restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({HarvestProperties.class, ImportLimits.class})
public class HarvestImportJobConfiguration {

    public static final String JOB = "harvestImportJob";
    public static final String ROWS_STEP = "importHarvestRows";

    /** The parameters that identify one import's job; also what a restart runs with again. */
    public static JobParameters parameters(String importId, String cooperativeId, Path uploaded, Path rowsCsv,
            String fileDigest, String createdBy) {
        return new JobParametersBuilder()
                .addString("importId", importId)
                .addString("cooperativeId", cooperativeId)
                .addString("uploadedFile", uploaded.toAbsolutePath().toString())
                .addString("rowsFile", rowsCsv.toAbsolutePath().toString())
                .addString("fileDigest", fileDigest)
                .addString("createdBy", createdBy)
                .toJobParameters();
    }

    @Bean
    Job harvestImportJob(JobRepository jobs, Step prepareHarvestFile, Step importHarvestRows, LiveJobs live,
            ImportCompletionListener completion) {
        return new JobBuilder(JOB, jobs)
                .listener(live)
                .listener(completion)
                .start(prepareHarvestFile)
                .next(importHarvestRows)
                .build();
    }

    @Bean
    Step prepareHarvestFile(JobRepository jobs, PlatformTransactionManager tx, ImportJobRecords records,
            ImportLimits limits) {
        return new StepBuilder("prepareHarvestFile", jobs)
                .tasklet((contribution, context) -> {
                    var params = context.getStepContext().getJobParameters();
                    Path uploaded = Path.of((String) params.get("uploadedFile"));
                    Path rows = Path.of((String) params.get("rowsFile"));
                    if (!uploaded.equals(rows) && !Files.exists(rows)) {
                        XlsxToCsv.convert(uploaded, rows, limits);
                        records.totalRows((String) params.get("importId"), ImportFiles.dataLines(rows));
                    }
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    @Bean
    Step importHarvestRows(JobRepository jobs, PlatformTransactionManager tx, HarvestCsvReader harvestCsvReader,
            HarvestRowProcessor harvestRowProcessor, HarvestLotWriter harvestLotWriter,
            HarvestProperties settings) {
        return new StepBuilder(ROWS_STEP, jobs)
                .<ImportRow, RowOutcome>chunk(settings.imports().chunkSize(), tx)
                .reader(harvestCsvReader)
                .processor(harvestRowProcessor)
                .writer(harvestLotWriter)
                .build();
    }

    @Bean
    @StepScope
    HarvestCsvReader harvestCsvReader(@Value("#{jobParameters['rowsFile']}") String rowsFile, ImportLimits limits) {
        return new HarvestCsvReader(Path.of(rowsFile), limits.maxRowChars());
    }

    @Bean
    @StepScope
    HarvestRowProcessor harvestRowProcessor(HarvestLotRules rules, HouseholdService households,
            @Value("#{jobParameters['importId']}") String importId,
            @Value("#{jobParameters['cooperativeId']}") String cooperativeId,
            @Value("#{jobParameters['fileDigest']}") String fileDigest,
            @Value("#{jobParameters['createdBy']}") String createdBy) {
        return new HarvestRowProcessor(rules, importId, cooperativeId, fileDigest, createdBy,
                households.idsOfCooperative(cooperativeId));
    }

    @Bean
    @StepScope
    HarvestLotWriter harvestLotWriter(HarvestLotBulkInserts inserts) {
        return new HarvestLotWriter(inserts);
    }
}
