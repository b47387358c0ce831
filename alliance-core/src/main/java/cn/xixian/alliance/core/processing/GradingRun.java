package cn.xixian.alliance.core.processing;

import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded grading run; each output is a graded lot with its own id, traceable both ways. */
public record GradingRun(
        String id,
        String processorId,
        LocalDate date,
        GradingRunStatus status,
        List<Input> inputs,
        List<Output> outputs,
        BigDecimal inputKg,
        BigDecimal outputKg,
        BigDecimal lossKg,
        String externalRef,
        String notes,
        Instant createdAt,
        String createdBy) {

    public record Input(String harvestLotId, String householdId, String cooperativeId, BigDecimal weightKg) {
    }

    public record Output(String gradedLotId, Grade grade, BigDecimal weightKg, String packageType, Integer boxCount) {
    }
}
