package cn.xixian.alliance.core.harvest.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An uploaded harvest file and what became of it; counts are final once the import completed. */
@Document(HarvestImportDocument.COLLECTION)
public class HarvestImportDocument {

    public static final String COLLECTION = "harvest_imports";

    @Id
    private String id;
    private String cooperativeId;
    private String fileName;
    private String format;
    private String fileDigest;
    private String createdBy;
    private Instant createdAt;
    private String status;
    private Long jobInstanceId;
    private Instant finishedAt;
    private String failure;
    private Long read;
    private Long written;
    private Long duplicates;
    private Long skipped;
    private Long totalRows;

    protected HarvestImportDocument() {
    }

    public HarvestImportDocument(String id, String cooperativeId, String fileName, String format, String fileDigest,
            String createdBy, Instant createdAt, Long totalRows) {
        this.totalRows = totalRows;
        this.id = id;
        this.cooperativeId = cooperativeId;
        this.fileName = fileName;
        this.format = format;
        this.fileDigest = fileDigest;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = "QUEUED";
    }

    public String getId() { return id; }
    public String getCooperativeId() { return cooperativeId; }
    public String getFileName() { return fileName; }
    public String getFormat() { return format; }
    public String getFileDigest() { return fileDigest; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getStatus() { return status; }
    public Long getJobInstanceId() { return jobInstanceId; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getFailure() { return failure; }
    public Long getRead() { return read; }
    public Long getWritten() { return written; }
    public Long getDuplicates() { return duplicates; }
    public Long getSkipped() { return skipped; }
    public Long getTotalRows() { return totalRows; }
}
