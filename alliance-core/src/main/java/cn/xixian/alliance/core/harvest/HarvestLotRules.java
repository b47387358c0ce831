package cn.xixian.alliance.core.harvest;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.grading.GradingTable;
import cn.xixian.alliance.core.web.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The one set of rules a harvest lot must pass, whether it comes from the API or an imported row:
 * field constraints, the household belongs to the cooperative, and a grade (given, or from the table).
 */
@Component
public class HarvestLotRules {

    private final Validator validator;
    private final GradingTable grading;

    HarvestLotRules(Validator validator, GradingTable grading) {
        this.validator = validator;
        this.grading = grading;
    }

    /** The grade the lot gets, or the errors that keep it out; errors sorted by field for stable reports. */
    public record Checked(Grade grade, List<FieldError> errors) {
    }

    public Checked check(HarvestLotRequest lot, Predicate<String> isHouseholdOfCooperative) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<HarvestLotRequest> v : validator.validate(lot)) {
            errors.add(FieldError.of(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (lot.householdId() != null && !lot.householdId().isBlank() && !isHouseholdOfCooperative.test(lot.householdId())) {
            errors.add(FieldError.of("householdId", "is not a household of this cooperative"));
        }
        Grade grade = lot.grade();
        if (grade == null) {
            if (lot.avgFruitWeightG() == null || lot.brix() == null) {
                errors.add(FieldError.of("grade", "is required unless avgFruitWeightG and brix are given"));
            } else if (errors.stream().noneMatch(e -> e.field().equals("avgFruitWeightG") || e.field().equals("brix"))) {
                grade = grading.grade(lot.avgFruitWeightG(), lot.brix());
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return new Checked(grade, errors);
    }
}
