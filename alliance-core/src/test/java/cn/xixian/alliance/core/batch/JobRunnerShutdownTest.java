package cn.xixian.alliance.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import cn.xixian.alliance.core.harvest.importing.ImportTestSupport;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** An orderly shutdown stops a running import at a chunk boundary; the next start resumes it. */
@SpringBootTest(properties = {"alliance.harvest.import.chunk-size=5", "alliance.batch.resume-on-start=false"})
@DirtiesContext
class JobRunnerShutdownTest {

    @Autowired
    JobRunner jobRunner;
    @Autowired
    JobExplorer explorer;
    @Autowired
    HarvestImportService imports;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aStoppedImportIsResumedAndCompletesWithEveryRowOnce() throws Exception {
        fixtures.reset();
        String csv = ImportTestSupport.csv("S", 3000, List.of(fixtures.householdA.id()));
        HarvestImport started = imports.start(fixtures.coopA.id(), "s.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        await("first rows read").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                .until(() -> imports.get(started.id()).read() > 0);

        jobRunner.stop(); // what the context does first when the app shuts down
        var instance = explorer.getJobInstances("harvestImportJob", 0, 1).get(0);
        assertThat(explorer.getLastJobExecution(instance).getStatus()).isEqualTo(BatchStatus.STOPPED);
        long storedAtStop = mongo.getCollection(HarvestLotDocument.COLLECTION).countDocuments();
        assertThat(storedAtStop).isLessThan(3000);

        jobRunner.start(); // what the next start of the app does
        jobRunner.resumeInterrupted();
        HarvestImport done = ImportTestSupport.await(imports, started.id());

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.read()).isEqualTo(3000);
        assertThat(done.written()).isEqualTo(3000);
        assertThat(mongo.getCollection(HarvestLotDocument.COLLECTION).countDocuments(new Document("importId", started.id())))
                .isEqualTo(3000);
    }
}
