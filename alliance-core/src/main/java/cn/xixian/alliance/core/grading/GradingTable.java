package cn.xixian.alliance.core.grading;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The county's grading table for Yuluxiang pears ({@code alliance.grading.thresholds}): a lot is of
 * the best grade whose minimum single-fruit weight and minimum sugar content (°Brix) it reaches;
 * below every threshold it is {@link Grade#OFF_GRADE}.
 */
@ConfigurationProperties("alliance.grading")
public class GradingTable {

    /** Defaults follow the usual Yuluxiang practice: big, sweet fruit for the gift boxes. */
    private static final Map<Grade, Threshold> DEFAULTS = Map.of(
            Grade.SPECIAL, new Threshold(new BigDecimal("300"), new BigDecimal("13.0")),
            Grade.GRADE_1, new Threshold(new BigDecimal("250"), new BigDecimal("12.0")),
            Grade.GRADE_2, new Threshold(new BigDecimal("200"), new BigDecimal("11.0")));

    private final List<Map.Entry<Grade, Threshold>> bestFirst;

    @ConstructorBinding
    public GradingTable(Map<Grade, Threshold> thresholds) {
        Map<Grade, Threshold> table = thresholds == null || thresholds.isEmpty() ? DEFAULTS : thresholds;
        this.bestFirst = table.entrySet().stream()
                .filter(e -> e.getKey() != Grade.OFF_GRADE)
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(Grade::ordinal)))
                .toList();
    }

    public Grade grade(BigDecimal avgFruitWeightG, BigDecimal brix) {
        for (Map.Entry<Grade, Threshold> entry : bestFirst) {
            Threshold t = entry.getValue();
            if (avgFruitWeightG.compareTo(t.minFruitWeightG()) >= 0 && brix.compareTo(t.minBrix()) >= 0) {
                return entry.getKey();
            }
        }
        return Grade.OFF_GRADE;
    }

    public Map<Grade, Threshold> thresholds() {
        return bestFirst.stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Minimum single-fruit weight in grams and minimum soluble sugar in °Brix for a grade. */
    public record Threshold(BigDecimal minFruitWeightG, BigDecimal minBrix) {
    }
}
