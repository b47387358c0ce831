package cn.xixian.alliance.core.grading.web;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.grading.GradingTable;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The grading table in force, for forms that grade as the clerk types. */
@RestController
class GradingController {

    private final GradingTable table;

    GradingController(GradingTable table) {
        this.table = table;
    }

    record GradeRow(Grade grade, String nameZh, Object minFruitWeightG, Object minBrix) {
    }

    @GetMapping("/api/v1/grading-table")
    List<GradeRow> table() {
        var thresholds = table.thresholds();
        return Arrays.stream(Grade.values()).map(g -> {
            var t = thresholds.get(g);
            return new GradeRow(g, g.zh(), t == null ? null : t.minFruitWeightG(), t == null ? null : t.minBrix());
        }).toList();
    }
}
