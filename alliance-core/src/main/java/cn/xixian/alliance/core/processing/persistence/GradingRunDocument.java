package cn.xixian.alliance.core.processing.persistence;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.processing.GradingRun;
import cn.xixian.alliance.core.processing.GradingRunStatus;
import cn.xixian.alliance.core.units.Weights;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored grading run; weights in whole grams so the balance check and sums are exact. */
@Document(GradingRunDocument.COLLECTION)
public class GradingRunDocument {

    public static final String COLLECTION = "grading_runs";

    @Id
    private String id;
    private String processorId;
    private LocalDate date;
    private GradingRunStatus status;
    private List<Input> inputs;
    private List<Output> outputs;
    private long lossGrams;
    private String externalRef;
    private String notes;
    private Instant createdAt;
    private String createdBy;

    public record Input(String harvestLotId, String householdId, String cooperativeId, long grams) {
    }

    public record Output(String gradedLotId, Grade grade, long grams, String packageType, Integer boxCount) {
    }

    protected GradingRunDocument() {
    }

    public GradingRunDocument(String id, String processorId, LocalDate date, List<Input> inputs, List<Output> outputs,
            long lossGrams, String externalRef, String notes, Instant createdAt, String createdBy) {
        this.id = id;
        this.processorId = processorId;
        this.date = date;
        this.status = GradingRunStatus.RESERVING;
        this.inputs = inputs;
        this.outputs = outputs;
        this.lossGrams = lossGrams;
        this.externalRef = externalRef;
        this.notes = notes;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public GradingRun toRun() {
        long in = inputs.stream().mapToLong(Input::grams).sum();
        long out = outputs.stream().mapToLong(Output::grams).sum();
        return new GradingRun(id, processorId, date, status,
                inputs.stream().map(i -> new GradingRun.Input(i.harvestLotId(), i.householdId(), i.cooperativeId(),
                        Weights.kg(i.grams()))).toList(),
                outputs.stream().map(o -> new GradingRun.Output(o.gradedLotId(), o.grade(), Weights.kg(o.grams()),
                        o.packageType(), o.boxCount())).toList(),
                Weights.kg(in), Weights.kg(out), Weights.kg(lossGrams), externalRef, notes, createdAt, createdBy);
    }

    public String getId() {
        return id;
    }

    public List<Input> getInputs() {
        return inputs;
    }

    public List<Output> getOutputs() {
        return outputs;
    }

    public String getProcessorId() {
        return processorId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setStatus(GradingRunStatus status) {
        this.status = status;
    }
}
