package cn.xixian.alliance.core.harvest.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.batch.JobRunner;
import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import cn.xixian.alliance.core.harvest.HarvestLotRules;
import cn.xixian.alliance.core.harvest.persistence.HarvestImportDocument;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotBulkInserts;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A {@code kill -9} in the middle of an import leaves: the job repository committed up to some
 * chunk and still says STARTED; MongoDB may already hold the chunk after it; the upload is still
 * in the data directory. This test builds exactly that state and starts the app's recovery.
 */
@SpringBootTest(properties = {"alliance.harvest.import.chunk-size=10", "alliance.batch.resume-on-start=false"})
class ImportCrashRecoveryTest {

    @Autowired
    JobRepository jobRepository;
    @Autowired
    JobExplorer jobExplorer;
    @Autowired
    JobRunner jobRunner;
    @Autowired
    HarvestImportService imports;
    @Autowired
    HarvestLotRules rules;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestFixtures fixtures;
    @Value("${alliance.data-dir}")
    Path dataDir;

    @Test
    void anImportCutOffMidChunkResumesFromItsLastCommitAndStoresEveryRowOnce() throws Exception {
        fixtures.reset();
        String importId = "crashed-" + System.nanoTime();
        Path uploaded = ImportFiles.uploaded(dataDir, importId, "csv");
        Files.createDirectories(uploaded.getParent());
        Files.writeString(uploaded, ImportTestSupport.csv("K", 100, List.of(fixtures.householdA.id())));
        mongo.insert(new HarvestImportDocument(importId, fixtures.coopA.id(), "k.csv", "csv", "0".repeat(64),
                "coop-a", Instant.now(), 100L));
        JobParameters params = HarvestImportJobConfiguration.parameters(importId, fixtures.coopA.id(), uploaded,
                uploaded, "0".repeat(64), "coop-a");

        JobExecution crashed = leftRunningAfter(50, params);
        storeRows(importId, uploaded, 60); // the chunk in flight had reached MongoDB before the kill

        jobRunner.resumeInterrupted();
        HarvestImport done = ImportTestSupport.await(imports, importId);

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.read()).isEqualTo(100);
        assertThat(done.written()).isEqualTo(100);
        assertThat(mongo.getCollection(HarvestLotDocument.COLLECTION).countDocuments(new Document("importId", importId)))
                .isEqualTo(100);
        JobExecution resumed = jobExplorer.getLastJobExecution(crashed.getJobInstance());
        assertThat(resumed.getId()).isNotEqualTo(crashed.getId());
        assertThat(resumed.getStepExecutions()).filteredOn(s -> s.getStepName().equals(HarvestImportJobConfiguration.ROWS_STEP))
                .singleElement().satisfies(s -> assertThat(s.getReadCount()).as("rows read after resuming").isEqualTo(50));
        assertThat(jobExplorer.getJobExecution(crashed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        // The upload is deleted just after the import is marked COMPLETED (in that order, so a crash in between
        // never leaves a completed job without its file): give the listener a moment to finish.
        await("upload deleted").atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(uploaded).doesNotExist());
    }

    /** The job repository as a crash after {@code committedRows} rows leaves it. */
    private JobExecution leftRunningAfter(int committedRows, JobParameters params) throws Exception {
        JobExecution execution = jobRepository.createJobExecution(HarvestImportJobConfiguration.JOB, params);
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        StepExecution prepare = execution.createStepExecution("prepareHarvestFile");
        prepare.setStatus(BatchStatus.COMPLETED);
        prepare.setStartTime(LocalDateTime.now());
        prepare.setEndTime(LocalDateTime.now());
        jobRepository.add(prepare);
        StepExecution rows = execution.createStepExecution(HarvestImportJobConfiguration.ROWS_STEP);
        rows.setStatus(BatchStatus.STARTED);
        rows.setStartTime(LocalDateTime.now());
        rows.setReadCount(committedRows);
        rows.setWriteCount(committedRows);
        rows.getExecutionContext().putInt("harvestCsvReader.read.count", committedRows);
        jobRepository.add(rows);
        return execution;
    }

    private void storeRows(String importId, Path file, int count) throws Exception {
        HarvestCsvReader reader = new HarvestCsvReader(file, 65_536);
        reader.open(new ExecutionContext());
        HarvestRowProcessor processor = new HarvestRowProcessor(rules, importId, fixtures.coopA.id(), "0".repeat(64),
                "coop-a", Set.of(fixtures.householdA.id()));
        List<RowOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            outcomes.add(processor.process(reader.read()));
        }
        reader.close();
        new HarvestLotWriter(new HarvestLotBulkInserts(mongo)).write(new Chunk<>(outcomes));
        assertThat(mongo.getCollection(HarvestLotDocument.COLLECTION).countDocuments()).isEqualTo(count);
    }
}
