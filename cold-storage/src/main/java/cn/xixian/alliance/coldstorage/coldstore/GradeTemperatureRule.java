package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.coldstorage.coldstore.ColdStorageProperties.TemperatureRange;
import cn.xixian.alliance.core.grading.Grade;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Which chamber set-points suit which grade ({@code alliance.cold-storage.grade-temperatures}). */
@Component
public class GradeTemperatureRule {

    private final Map<Grade, TemperatureRange> ranges;

    GradeTemperatureRule(ColdStorageProperties properties) {
        this.ranges = properties.gradeTemperatures();
    }

    public boolean suits(Grade grade, double tempC) {
        TemperatureRange range = ranges.get(grade);
        return range != null && range.contains(tempC);
    }

    public TemperatureRange range(Grade grade) {
        return ranges.get(grade);
    }

    /** The grades a chamber at this set-point may hold. */
    public Set<Grade> gradesFor(double tempC) {
        return ranges.entrySet().stream().filter(e -> e.getValue().contains(tempC)).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Map<Grade, TemperatureRange> ranges() {
        return ranges;
    }
}
