package cn.xixian.alliance.core.processing.persistence;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.processing.GradedLot;
import cn.xixian.alliance.core.units.Weights;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A graded lot; {@code runId} is its one link upstream (the run names its input harvest lots). */
@Document(GradedLotDocument.COLLECTION)
public class GradedLotDocument {

    public static final String COLLECTION = "graded_lots";

    @Id
    private String id;
    private String runId;
    private String processorId;
    private LocalDate date;
    private Grade grade;
    private long grams;
    private String packageType;
    private Integer boxCount;

    protected GradedLotDocument() {
    }

    public GradedLotDocument(String id, String runId, String processorId, LocalDate date, Grade grade, long grams,
            String packageType, Integer boxCount) {
        this.id = id;
        this.runId = runId;
        this.processorId = processorId;
        this.date = date;
        this.grade = grade;
        this.grams = grams;
        this.packageType = packageType;
        this.boxCount = boxCount;
    }

    public GradedLot toGradedLot() {
        return new GradedLot(id, runId, processorId, date, grade, Weights.kg(grams), packageType, boxCount);
    }

    public String getRunId() {
        return runId;
    }
}
