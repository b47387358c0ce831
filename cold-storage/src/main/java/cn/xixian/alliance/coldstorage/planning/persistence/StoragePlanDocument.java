package cn.xixian.alliance.coldstorage.planning.persistence;

import cn.xixian.alliance.coldstorage.planning.ConstraintScore;
import cn.xixian.alliance.coldstorage.planning.PlanKind;
import cn.xixian.alliance.coldstorage.planning.PlanStatus;
import cn.xixian.alliance.coldstorage.planning.PlannedLot;
import cn.xixian.alliance.coldstorage.planning.Saving;
import cn.xixian.alliance.coldstorage.planning.ScorePoint;
import cn.xixian.alliance.coldstorage.planning.Shortfall;
import cn.xixian.alliance.coldstorage.planning.StoragePlan;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A storage plan as stored; the solver's model is rebuilt from the input, never stored. */
@Document(StoragePlanDocument.COLLECTION)
public class StoragePlanDocument {

    public static final String COLLECTION = "storage_plans";

    @Id
    private String id;
    private PlanKind kind;
    private PlanStatus status;
    private String score;
    private List<ConstraintScore> constraints = List.of();
    private List<PlannedLot> assignments = List.of();
    private List<PlannedLot> transfers = List.of();
    private List<Shortfall> shortfall = List.of();
    private Saving saving;
    private List<ScorePoint> progress = List.of();
    private Instant pickupFrom;
    private boolean publishing;
    private Instant createdAt;
    private Instant solvedAt;
    private Instant publishedAt;
    private String createdBy;
    private String note;

    public StoragePlan toPlan() {
        return new StoragePlan(id, kind, status, score, constraints, assignments, transfers, shortfall, saving, progress,
                createdAt, solvedAt, publishedAt, note);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PlanKind getKind() { return kind; }
    public void setKind(PlanKind kind) { this.kind = kind; }
    public PlanStatus getStatus() { return status; }
    public void setStatus(PlanStatus status) { this.status = status; }
    public String getScore() { return score; }
    public void setScore(String score) { this.score = score; }
    public List<ConstraintScore> getConstraints() { return constraints; }
    public void setConstraints(List<ConstraintScore> constraints) { this.constraints = constraints; }
    public List<PlannedLot> getAssignments() { return assignments; }
    public void setAssignments(List<PlannedLot> assignments) { this.assignments = assignments; }
    public List<PlannedLot> getTransfers() { return transfers; }
    public void setTransfers(List<PlannedLot> transfers) { this.transfers = transfers; }
    public List<Shortfall> getShortfall() { return shortfall; }
    public void setShortfall(List<Shortfall> shortfall) { this.shortfall = shortfall; }
    public Saving getSaving() { return saving; }
    public void setSaving(Saving saving) { this.saving = saving; }
    public List<ScorePoint> getProgress() { return progress; }
    public void setProgress(List<ScorePoint> progress) { this.progress = progress; }
    public Instant getPickupFrom() { return pickupFrom; }
    public void setPickupFrom(Instant pickupFrom) { this.pickupFrom = pickupFrom; }
    public boolean isPublishing() { return publishing; }
    public void setPublishing(boolean publishing) { this.publishing = publishing; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getSolvedAt() { return solvedAt; }
    public void setSolvedAt(Instant solvedAt) { this.solvedAt = solvedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
