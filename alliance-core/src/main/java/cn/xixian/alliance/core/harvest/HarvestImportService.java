package cn.xixian.alliance.core.harvest;

import cn.xixian.alliance.core.batch.JobProgress;
import cn.xixian.alliance.core.batch.JobRunner;
import cn.xixian.alliance.core.harvest.importing.HarvestImportJobConfiguration;
import cn.xixian.alliance.core.harvest.importing.ImportFiles;
import cn.xixian.alliance.core.harvest.importing.ImportTally;
import cn.xixian.alliance.core.harvest.persistence.HarvestImportDocument;
import cn.xixian.alliance.core.harvest.persistence.HarvestImportStore;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of harvest lots from .csv or .xlsx as a Spring Batch job. The upload is kept under
 * the data directory until its job completes, so an import cut off by a crash can resume.
 */
@Service
public class HarvestImportService {

    public static final int ERRORS_SHOWN = 1000;

    private final HarvestImportStore store;
    private final HarvestLotService lots;
    private final JobRunner jobs;
    private final JobProgress progress;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final Path dataDir;

    HarvestImportService(HarvestImportStore store, HarvestLotService lots, JobRunner jobs, JobProgress progress,
            MemberService members, CurrentUser currentUser,
            @Value("${alliance.data-dir}") Path dataDir) {
        this.store = store;
        this.lots = lots;
        this.jobs = jobs;
        this.progress = progress;
        this.members = members;
        this.currentUser = currentUser;
        this.dataDir = dataDir;
    }

    public HarvestImport start(String cooperativeRef, MultipartFile file) {
        HarvestLotService.CooperativeRef cooperative = lots.cooperativeOf(cooperativeRef);
        cooperative.error().ifPresent(e -> {
            throw new InvalidInputException(List.of(e));
        });
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required and must not be empty");
        }
        try (InputStream in = file.getInputStream()) {
            return start(cooperative.id(), file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    /** Starts an import of a file for a cooperative already resolved and checked (id, not code). */
    public HarvestImport start(String cooperativeId, String fileName, InputStream content) {
        String format = formatOf(fileName);
        String id = new ObjectId().toHexString();
        Path uploaded = ImportFiles.uploaded(dataDir, id, format);
        String digest = ImportFiles.store(content, uploaded);
        try {
            ImportFiles.checkHeader(uploaded, format);
        } catch (InvalidInputException e) {
            ImportFiles.deleteQuietly(uploaded);
            throw e;
        }
        Long totalRows = format.equals("csv") ? ImportFiles.dataLines(uploaded) : null;
        store.insert(new HarvestImportDocument(id, cooperativeId, fileName, format, digest, currentUser.username(),
                Instant.now(), totalRows));
        jobs.start(HarvestImportJobConfiguration.JOB, HarvestImportJobConfiguration.parameters(id, cooperativeId,
                uploaded, ImportFiles.rowsCsv(dataDir, id, format), digest, currentUser.username()));
        return get(id);
    }

    public HarvestImport get(String id) {
        HarvestImportDocument doc = find(id);
        return view(doc, store.errorCount(id), store.firstErrors(id, ERRORS_SHOWN));
    }

    /** The imports of a cooperative (a cooperative user: its own), newest first, without their error lists. */
    public PageResponse<HarvestImport> list(String cooperativeId, Pageable page) {
        String cooperative = currentUser.cooperativeScope(cooperativeId == null ? null : members.idOf(cooperativeId));
        return store.list(cooperative, page, doc -> view(doc, null, null));
    }

    /** Every bad row of an import, a page at a time, by row and field. */
    public PageResponse<FieldError> errors(String id, Pageable page) {
        find(id);
        return store.errors(id, page);
    }

    private HarvestImportDocument find(String id) {
        HarvestImportDocument doc = store.find(id).orElseThrow(() -> new NotFoundException("import", id));
        currentUser.checkCooperative(doc.getCooperativeId());
        return doc;
    }

    /** Resumes an import that failed or was cut off, from its last committed chunk. */
    public HarvestImport restart(String id) {
        HarvestImportDocument doc = find(id);
        if ("COMPLETED".equals(doc.getStatus())) {
            throw new ConflictException("the import has already completed");
        }
        if (doc.getJobInstanceId() == null) {
            throw new ConflictException("the import has not started yet");
        }
        jobs.restart(doc.getJobInstanceId());
        return get(id);
    }

    /**
     * Once completed, the counts stored with the import. While it runs, the tallies committed with its
     * last chunk: counting the lots themselves would scan the collection on every poll.
     */
    private HarvestImport view(HarvestImportDocument doc, Long errorCount, List<FieldError> errors) {
        long read;
        ImportTally tally;
        if ("COMPLETED".equals(doc.getStatus())) {
            read = nz(doc.getRead());
            tally = new ImportTally(nz(doc.getWritten()), nz(doc.getDuplicates()), nz(doc.getSkipped()));
        } else {
            JobProgress.StepProgress running = progress.of(doc.getJobInstanceId(), HarvestImportJobConfiguration.ROWS_STEP);
            read = running.read();
            tally = ImportTally.committed(running.context());
        }
        return new HarvestImport(doc.getId(), doc.getStatus(), doc.getCooperativeId(), doc.getFileName(),
                doc.getTotalRows(), read, tally.written(), tally.duplicates(), tally.skipped(),
                errorCount, errors, doc.getFailure(), doc.getCreatedAt(),
                doc.getFinishedAt());
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }

    private static String formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "csv";
        }
        if (name.endsWith(".xlsx")) {
            return "xlsx";
        }
        throw new InvalidInputException("file", "must be a .csv or .xlsx file");
    }

}
