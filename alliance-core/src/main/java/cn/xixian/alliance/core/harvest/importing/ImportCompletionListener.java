package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.batch.JobProgress;
import cn.xixian.alliance.core.harvest.persistence.HarvestImportDocument;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
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
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return; // stopped for a shutdown: it resumes at the next start, still RUNNING to its users
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String failure = execution.getAllFailureExceptions().stream().map(ImportCompletionListener::rootMessage)
                    .distinct().collect(Collectors.joining("; "));
            update(params, new Update().set("status", "FAILED").set("failure", failure));
            return;
        }
        long read = progress.of(execution, HarvestImportJobConfiguration.ROWS_STEP).read();
        ImportTally tally = ImportTally.counted(mongo, importId, read);
        update(params, new Update().set("status", "COMPLETED").set("finishedAt", Instant.now())
                .set("read", read).set("written", tally.written()).set("skipped", tally.skipped())
                .set("duplicates", tally.duplicates()));
        ImportFiles.deleteQuietly(Path.of(params.getString("uploadedFile")));
        ImportFiles.deleteQuietly(Path.of(params.getString("rowsFile")));
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
}
