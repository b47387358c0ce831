package cn.xixian.alliance.core.processing;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.processing.persistence.ProcessingStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * What the season's grading runs yielded per grade, by cooperative and by ISO week. A run mixes lots of several
 * cooperatives: each cooperative is credited the run's outputs in proportion to the kilograms it put in.
 */
@Service
public class GradingYields {

    private final ProcessingStore store;

    GradingYields(ProcessingStore store) {
        this.store = store;
    }

    /** Kilograms per grade (and waste) of one cooperative or one week. */
    public record Yield(String key, Map<Grade, BigDecimal> kg, BigDecimal lossKg) {
    }

    public record Yields(int season, int runs, List<Yield> byCooperative, List<Yield> byWeek) {
    }

    public Yields season(int season) {
        List<GradingRun> runs = store.completeRuns(LocalDate.of(season, 1, 1), LocalDate.of(season + 1, 1, 1));
        Map<String, double[]> byCooperative = new TreeMap<>();
        Map<String, double[]> byWeek = new TreeMap<>();
        for (GradingRun run : runs) {
            double[] out = new double[Grade.values().length + 1];
            run.outputs().forEach(o -> out[o.grade().ordinal()] += o.weightKg().doubleValue());
            out[Grade.values().length] = run.lossKg().doubleValue();
            add(byWeek, week(run.date()), out, 1.0);
            double total = run.inputKg().doubleValue();
            for (GradingRun.Input in : run.inputs()) {
                add(byCooperative, in.cooperativeId(), out, total == 0 ? 0 : in.weightKg().doubleValue() / total);
            }
        }
        return new Yields(season, runs.size(), yields(byCooperative), yields(byWeek));
    }

    static String week(LocalDate date) {
        return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void add(Map<String, double[]> sums, String key, double[] kg, double share) {
        double[] sum = sums.computeIfAbsent(key, k -> new double[kg.length]);
        for (int i = 0; i < kg.length; i++) {
            sum[i] += kg[i] * share;
        }
    }

    private static List<Yield> yields(Map<String, double[]> sums) {
        return sums.entrySet().stream().map(e -> {
            Map<Grade, BigDecimal> kg = new EnumMap<>(Grade.class);
            for (Grade g : Grade.values()) {
                kg.put(g, round(e.getValue()[g.ordinal()]));
            }
            return new Yield(e.getKey(), kg, round(e.getValue()[Grade.values().length]));
        }).toList();
    }

    private static BigDecimal round(double kg) {
        return BigDecimal.valueOf(kg).setScale(1, RoundingMode.HALF_UP);
    }
}
