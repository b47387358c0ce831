package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.registry.Household;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Contracts for tests: FLOOR lines as grade/kg/price triples. */
final class RedOrderTestSupport {

    private RedOrderTestSupport() {
    }

    static NewRedOrder floor(Household household, int season, Object... gradeKgPrice) {
        List<NewRedOrder.LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < gradeKgPrice.length; i += 3) {
            lines.add(new NewRedOrder.LineRequest((Grade) gradeKgPrice[i], new BigDecimal(gradeKgPrice[i + 1].toString()),
                    new BigDecimal(gradeKgPrice[i + 2].toString()), null));
        }
        return new NewRedOrder(household.id(), null, null, season, PriceRule.FLOOR, lines);
    }
}
