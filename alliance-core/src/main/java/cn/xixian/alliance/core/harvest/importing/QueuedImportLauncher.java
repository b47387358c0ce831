package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.batch.BatchJobProperties;
import cn.xixian.alliance.core.batch.JobRunner;
import cn.xixian.alliance.core.harvest.persistence.HarvestImportDocument;
import cn.xixian.alliance.core.harvest.persistence.ImportJobRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An import recorded but never launched (the app stopped in between) is launched at start-up;
 * the ones whose job was launched, and then cut off, are resumed by the {@link JobRunner}.
 */
@Component
class QueuedImportLauncher {

    private static final Logger log = LoggerFactory.getLogger(QueuedImportLauncher.class);

    private final ImportJobRecords records;
    private final JobRunner jobs;
    private final JobExplorer explorer;
    private final Path dataDir;
    private final boolean resumeOnStart;

    QueuedImportLauncher(ImportJobRecords records, JobRunner jobs, JobExplorer explorer,
            @Value("${alliance.data-dir}") Path dataDir, BatchJobProperties batch) {
        this.records = records;
        this.jobs = jobs;
        this.explorer = explorer;
        this.dataDir = dataDir;
        this.resumeOnStart = batch.resumeOnStart();
    }

    @EventListener(ApplicationReadyEvent.class)
    void launchQueued() {
        if (!resumeOnStart) {
            return;
        }
        for (HarvestImportDocument doc : records.queuedNeverLaunched()) {
            Path uploaded = ImportFiles.uploaded(dataDir, doc.getId(), doc.getFormat());
            JobParameters params = HarvestImportJobConfiguration.parameters(doc.getId(), doc.getCooperativeId(), uploaded,
                    ImportFiles.rowsCsv(dataDir, doc.getId(), doc.getFormat()), doc.getFileDigest(), doc.getCreatedBy());
            if (Files.exists(uploaded) && explorer.getJobInstance(HarvestImportJobConfiguration.JOB, params) == null) {
                try {
                    jobs.start(HarvestImportJobConfiguration.JOB, params);
                } catch (RuntimeException e) {
                    log.error("Could not launch import {}; restart it by hand", doc.getId(), e);
                }
            }
        }
    }
}
