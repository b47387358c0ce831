package cn.xixian.alliance.coldstorage.planning.county;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.coldstore.GradeTemperatureRule;
import cn.xixian.alliance.coldstorage.planning.Shortfall;
import cn.xixian.alliance.coldstorage.planning.domain.Bin;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.units.Weights;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Hall's condition per set of grades: the fruit of any set of grades must fit in the chambers that suit at
 * least one of them. Checking every set (4 grades: 15 sets) names exactly what is short; a set is reported
 * only if none of its subsets already is, so one missing grade does not repeat in every combination.
 */
final class Shortfalls {

    private Shortfalls() {
    }

    static List<Shortfall> of(List<PlanItem> items, List<ChamberState> chambers, List<Bin> bins,
            GradeTemperatureRule rule) {
        Map<Grade, Long> need = new EnumMap<>(Grade.class);
        for (PlanItem item : items) {
            need.merge(item.grade(), item.grams(), Long::sum);
        }
        List<Grade> grades = new ArrayList<>(need.keySet());
        List<Integer> short1 = new ArrayList<>();
        List<Shortfall> result = new ArrayList<>();
        for (int mask = 1; mask < (1 << grades.size()); mask++) {
            final int set = mask;
            if (short1.stream().anyMatch(s -> (s & set) == s)) {
                continue;
            }
            long needed = 0;
            for (int g = 0; g < grades.size(); g++) {
                needed += (set & (1 << g)) != 0 ? need.get(grades.get(g)) : 0;
            }
            long available = 0;
            for (int b = 0; b < chambers.size(); b++) {
                for (int g = 0; g < grades.size(); g++) {
                    if ((set & (1 << g)) != 0 && rule.suits(grades.get(g), chambers.get(b).tempC())) {
                        available += bins.get(b).getCapacity();
                        break;
                    }
                }
            }
            if (needed > available) {
                short1.add(set);
                String names = java.util.stream.IntStream.range(0, grades.size()).filter(g -> (set & (1 << g)) != 0)
                        .mapToObj(g -> grades.get(g).name()).collect(Collectors.joining("+"));
                result.add(new Shortfall(names, Weights.kg(needed), Weights.kg(available)));
            }
        }
        return result;
    }
}
