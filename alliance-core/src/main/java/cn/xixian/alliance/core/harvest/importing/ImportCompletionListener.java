package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.batch.JobProgress;
import cn.xixian.alliance.core.harvest.persistence.ImportJobRecords;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.JobParameters;
import org.springframework.stereotype.Component;

/**
 * Keeps the import's record in step with its job and, once it has completed, counts what it
 * stored from the data itself (so a crash and restart cannot skew the figures) and removes the files.
 */
@Component
class ImportCompletionListener implements JobExecutionListener {

    private final ImportJobRecords records;
    private final JobProgress progress;

    ImportCompletionListener(ImportJobRecords records, JobProgress progress) {
        this.records = records;
        this.progress = progress;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        records.running(execution.getJobParameters().getString("importId"), execution.getJobInstance().getInstanceId());
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
            records.failed(importId, failure);
            return;
        }
        long read = progress.of(execution, HarvestImportJobConfiguration.ROWS_STEP).read();
        ImportTally tally = ImportTally.counted(records, importId, read);
        records.completed(importId, Instant.now(), read, tally.written(), tally.skipped(), tally.duplicates());
        ImportFiles.deleteQuietly(Path.of(params.getString("uploadedFile")));
        ImportFiles.deleteQuietly(Path.of(params.getString("rowsFile")));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
