package cn.xixian.alliance.ui.dashboard;

import cn.xixian.alliance.coldstorage.coldstore.StockLot;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.units.Weights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How long the fruit in the cold stores has been in store: tonnes per age bucket and grade, as of {@code asOf}.
 * A lot's age counts from the day it was first stored (kept across transfers). Bucket {@code i} holds ages up to
 * {@code upToDays[i]} days (the last one, without a bound, everything older).
 */
record FruitAge(LocalDate asOf, List<Integer> upToDays, Map<Grade, List<BigDecimal>> tonnesByGrade,
        BigDecimal totalTonnes) {

    static final List<Integer> BOUNDS = List.of(30, 60, 90, 180);

    static FruitAge of(Collection<List<StockLot>> lotsByChamber, LocalDate asOf) {
        int buckets = BOUNDS.size() + 1;
        Map<Grade, long[]> grams = new EnumMap<>(Grade.class);
        long total = 0;
        for (List<StockLot> lots : lotsByChamber) {
            for (StockLot lot : lots) {
                long days = Math.max(0, ChronoUnit.DAYS.between(lot.storedOn(), asOf));
                int bucket = 0;
                while (bucket < BOUNDS.size() && days > BOUNDS.get(bucket)) {
                    bucket++;
                }
                grams.computeIfAbsent(lot.grade(), g -> new long[buckets])[bucket] += lot.grams();
                total += lot.grams();
            }
        }
        Map<Grade, List<BigDecimal>> tonnes = new EnumMap<>(Grade.class);
        grams.forEach((grade, g) -> {
            List<BigDecimal> row = new ArrayList<>();
            for (long value : g) {
                row.add(DashboardFigures.tonnes(Weights.kg(value)));
            }
            tonnes.put(grade, row);
        });
        return new FruitAge(asOf, BOUNDS, tonnes, DashboardFigures.tonnes(Weights.kg(total)));
    }
}
