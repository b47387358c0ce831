package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.batch.JobProgress;
import cn.xixian.alliance.core.harvest.persistence.HarvestImportDocument;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import cn.xixian.alliance.core.harvest.persistence.ImportErrorDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.JobParameters;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the import's record in step with its job and, once it has completed, counts what it
 * stored from the data itself (so a crash and restart cannot skew the figures) and removes the files.
 */
@Component
class ImportCompletionListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportCompletionListener.class);

    private final MongoTemplate mongo;
    private final JobProgress progress;

    ImportCompletionListener(MongoTemplate mongo, JobProgress progress) {
        this.mongo = mongo;
        this.progress = progress;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        update(execution.getJobParameters(), new Update().set("status", "RUNNING")
                .set("jobInstanceId", execution.getJobInstance().getInstanceId()).unset("failure"));
    }

    @Override
    public void afterJob(JobExecution execution) {
        JobParameters params = execution.getJobParameters();
        String importId = params.getString("importId");
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String failure = execution.getAllFailureExceptions().stream().map(ImportCompletionListener::rootMessage)
                    .distinct().collect(Collectors.joining("; "));
            update(params, new Update().set("status", "FAILED").set("failure", failure));
            return;
        }
        long read = progress.counts(execution, HarvestImportJobConfiguration.ROWS_STEP).read();
        long written = mongo.count(Query.query(Criteria.where("importId").is(importId)), HarvestLotDocument.COLLECTION);
        long skipped = mongo.findDistinct(Query.query(Criteria.where("importId").is(importId)), "row",
                ImportErrorDocument.COLLECTION, Long.class).size();
        update(params, new Update().set("status", "COMPLETED").set("finishedAt", Instant.now())
                .set("read", read).set("written", written).set("skipped", skipped)
                .set("duplicates", Math.max(0, read - written - skipped)));
        deleteQuietly(Path.of(params.getString("uploadedFile")));
        deleteQuietly(Path.of(params.getString("rowsFile")));
    }

    private void update(JobParameters params, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(params.getString("importId"))), update,
                HarvestImportDocument.class);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", file, e.getMessage());
        }
    }
}
