package cn.xixian.alliance.core.processing;

import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A graded (and possibly packed) lot that came out of a grading run. */
public record GradedLot(
        String id,
        String runId,
        String processorId,
        LocalDate date,
        Grade grade,
        BigDecimal weightKg,
        String packageType,
        Integer boxCount) {
}
