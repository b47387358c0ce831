package cn.xixian.alliance.core.harvest;

import cn.xixian.alliance.core.web.FieldError;
import java.time.Instant;
import java.util.List;

/**
 * An import's status: {@code QUEUED, RUNNING, COMPLETED, FAILED}. {@code totalRows} is the file's
 * data lines counted at upload (for an .xlsx once converted), for a progress bar: {@code read / totalRows}. {@code written} counts new lots,
 * {@code duplicates} rows whose lot was already stored, {@code skipped} bad rows (listed in
 * {@code errors} by 1-based line number, header = 1; the first {@value HarvestImportService#ERRORS_SHOWN}).
 */
public record HarvestImport(
        String id,
        String status,
        String cooperativeId,
        String fileName,
        Long totalRows,
        long read,
        long written,
        long duplicates,
        long skipped,
        Long errorCount,
        List<FieldError> errors,
        String failure,
        Instant createdAt,
        Instant finishedAt) {
}
