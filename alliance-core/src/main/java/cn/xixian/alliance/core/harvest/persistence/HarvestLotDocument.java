package cn.xixian.alliance.core.harvest.persistence;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.units.Weights;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored harvest lot. Weight is kept as whole grams so sums are exact and cheap; the measured
 * fruit weight and °Brix are kept as given (one decimal is plenty) for re-grading later.
 */
@Document(HarvestLotDocument.COLLECTION)
public class HarvestLotDocument {

    public static final String COLLECTION = "harvest_lots";

    @Id
    private String id;
    private String cooperativeId;
    private String householdId;
    private String orchardCode;
    private LocalDate pickDate;
    private long weightGrams;
    private Grade grade;
    private Double avgFruitWeightG;
    private Double brix;
    private String notes;
    private String externalRef;
    private String importId;
    private Instant createdAt;
    private String createdBy;

    protected HarvestLotDocument() {
    }

    public HarvestLotDocument(String id, String cooperativeId, String householdId, String orchardCode,
            LocalDate pickDate, long weightGrams, Grade grade, Double avgFruitWeightG, Double brix, String notes,
            String externalRef, String importId, Instant createdAt, String createdBy) {
        this.id = id;
        this.cooperativeId = cooperativeId;
        this.householdId = householdId;
        this.orchardCode = orchardCode;
        this.pickDate = pickDate;
        this.weightGrams = weightGrams;
        this.grade = grade;
        this.avgFruitWeightG = avgFruitWeightG;
        this.brix = brix;
        this.notes = notes;
        this.externalRef = externalRef;
        this.importId = importId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public HarvestLot toHarvestLot() {
        return new HarvestLot(id, cooperativeId, householdId, orchardCode, pickDate,
                Weights.kg(weightGrams),
                grade, avgFruitWeightG == null ? null : BigDecimal.valueOf(avgFruitWeightG),
                brix == null ? null : BigDecimal.valueOf(brix), notes, externalRef, importId, createdAt, createdBy);
    }

    public String getId() {
        return id;
    }

    public String getCooperativeId() {
        return cooperativeId;
    }
}
