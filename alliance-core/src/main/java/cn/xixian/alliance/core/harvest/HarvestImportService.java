package cn.xixian.alliance.core.harvest;

import cn.xixian.alliance.core.batch.JobProgress;
import cn.xixian.alliance.core.batch.JobRunner;
import cn.xixian.alliance.core.harvest.importing.HarvestImportJobConfiguration;
import cn.xixian.alliance.core.harvest.importing.ImportFiles;
import cn.xixian.alliance.core.harvest.persistence.HarvestImportDocument;
import cn.xixian.alliance.core.harvest.persistence.ImportErrorDocument;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of harvest lots from .csv or .xlsx as a Spring Batch job. The upload is kept under
 * the data directory until its job completes, so an import cut off by a crash can resume.
 */
@Service
public class HarvestImportService {

    public static final int ERRORS_SHOWN = 1000;

    private final MongoTemplate mongo;
    private final HarvestLotService lots;
    private final JobRunner jobs;
    private final JobProgress progress;
    private final CurrentUser currentUser;
    private final Path dataDir;

    HarvestImportService(MongoTemplate mongo, HarvestLotService lots, JobRunner jobs, JobProgress progress,
            CurrentUser currentUser,
            @Value("${alliance.data-dir:./data}") Path dataDir) {
        this.mongo = mongo;
        this.lots = lots;
        this.jobs = jobs;
        this.progress = progress;
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
        String digest = store(content, uploaded);
        try {
            ImportFiles.checkHeader(uploaded, format);
        } catch (InvalidInputException e) {
            deleteQuietly(uploaded);
            throw e;
        }
        mongo.insert(new HarvestImportDocument(id, cooperativeId, fileName, format, digest, currentUser.username(),
                Instant.now()));
        jobs.start(HarvestImportJobConfiguration.JOB, HarvestImportJobConfiguration.parameters(id, cooperativeId,
                uploaded, ImportFiles.rowsCsv(dataDir, id, format), digest, currentUser.username()));
        return get(id);
    }

    public HarvestImport get(String id) {
        HarvestImportDocument doc = mongo.findById(id, HarvestImportDocument.class);
        if (doc == null) {
            throw new NotFoundException("import", id);
        }
        currentUser.checkCooperative(doc.getCooperativeId());
        Query ofImport = Query.query(Criteria.where("importId").is(id));
        long errorCount = mongo.count(ofImport, ImportErrorDocument.COLLECTION);
        List<FieldError> errors = mongo.find(Query.query(Criteria.where("importId").is(id))
                        .with(Sort.by("row", "field")).limit(ERRORS_SHOWN), ImportErrorDocument.class)
                .stream().map(e -> new FieldError(e.row(), e.field(), e.message())).toList();
        if ("COMPLETED".equals(doc.getStatus())) {
            return view(doc, doc.getRead(), doc.getWritten(), doc.getDuplicates(), doc.getSkipped(), errorCount, errors);
        }
        // While it runs, figures come from the job's committed chunks: counting the lots themselves
        // would scan the collection on every poll. New and duplicate lots are told apart at the end.
        JobProgress.StepCounts counts = progress.counts(doc.getJobInstanceId(), HarvestImportJobConfiguration.ROWS_STEP);
        long skipped = mongo.findDistinct(ofImport, "row", ImportErrorDocument.COLLECTION, Long.class).size();
        return view(doc, counts.read(), Math.max(0, counts.written() - skipped), 0L, skipped, errorCount, errors);
    }

    /** Resumes an import that failed or was cut off, from its last committed chunk. */
    public HarvestImport restart(String id) {
        HarvestImportDocument doc = mongo.findById(id, HarvestImportDocument.class);
        if (doc == null) {
            throw new NotFoundException("import", id);
        }
        currentUser.checkCooperative(doc.getCooperativeId());
        if ("COMPLETED".equals(doc.getStatus())) {
            throw new ConflictException("the import has already completed");
        }
        if (doc.getJobInstanceId() == null) {
            throw new ConflictException("the import has not started yet");
        }
        jobs.restart(doc.getJobInstanceId());
        return get(id);
    }

    private static HarvestImport view(HarvestImportDocument doc, Long read, Long written, Long duplicates, Long skipped,
            long errorCount, List<FieldError> errors) {
        return new HarvestImport(doc.getId(), doc.getStatus(), doc.getCooperativeId(), doc.getFileName(),
                nz(read), nz(written), nz(duplicates), nz(skipped), errorCount, errors, doc.getFailure(),
                doc.getCreatedAt(), doc.getFinishedAt());
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

    /** Copies the upload into the data directory and returns its SHA-256. */
    private static String store(InputStream content, Path target) {
        try {
            Files.createDirectories(target.getParent());
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            try (InputStream in = new java.security.DigestInputStream(content, sha)) {
                Files.copy(in, target);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the uploaded file", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray upload in the data directory harms nothing
        }
    }
}
