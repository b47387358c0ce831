package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.RedOrderJobStore;
import cn.xixian.alliance.core.redorder.persistence.SeasonReportDocument.Row;
import cn.xixian.alliance.core.redorder.persistence.SeasonReportDocument;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.NotFoundException;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/** Reads the season reports the {@code seasonReportJob} writes; totals are summed here from the household rows. */
@Service
public class SeasonReportService {

    private final RedOrderJobStore store;

    SeasonReportService(RedOrderJobStore store) {
        this.store = store;
    }

    public SeasonReport get(int season) {
        SeasonReportDocument doc = store.report(season)
                .orElseThrow(() -> new NotFoundException("season report", season + " (run the seasonReportJob first)"));
        List<Row> poor = doc.households().stream().filter(Row::povertyRegistered).toList();
        List<Row> others = doc.households().stream().filter(Predicate.not(Row::povertyRegistered)).toList();
        return new SeasonReport(doc.season(), doc.generatedAt(), totals(doc.households()), totals(poor), totals(others),
                poor.stream().map(SeasonReportService::income).toList(),
                others.stream().map(SeasonReportService::income).toList());
    }

    private static SeasonReport.Totals totals(List<Row> rows) {
        return new SeasonReport.Totals(rows.size(), rows.stream().mapToLong(Row::contracts).sum(),
                Weights.kg(rows.stream().mapToLong(Row::deliveredGrams).sum()),
                Yuan.yuan(rows.stream().mapToLong(Row::grossFen).sum()),
                Yuan.yuan(rows.stream().mapToLong(Row::advancesFen).sum()),
                Yuan.yuan(rows.stream().mapToLong(Row::netFen).sum()));
    }

    private static SeasonReport.HouseholdIncome income(Row r) {
        return new SeasonReport.HouseholdIncome(r.householdId(), r.householdCode(), r.householdName(), r.cooperativeId(),
                r.contracts(), Weights.kg(r.deliveredGrams()), Yuan.yuan(r.grossFen()), Yuan.yuan(r.advancesFen()),
                Yuan.yuan(r.netFen()));
    }
}
