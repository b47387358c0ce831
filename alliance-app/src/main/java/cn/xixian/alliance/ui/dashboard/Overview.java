package cn.xixian.alliance.ui.dashboard;

import cn.xixian.alliance.core.redorder.SeasonBook;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.RegistryCounts;
import cn.xixian.alliance.ecommerce.orders.SeasonSales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the dashboard renders at page load; the charts fetch their series themselves. */
public record Overview(RegistryCounts counts, List<MemberKind> kinds, List<CooperativeRow> cooperatives,
        StorageFigures storage, SeasonFigures season) {

    /** A cooperative with its village's name and its households (poverty-registered apart). */
    public record CooperativeRow(String code, String name, String village, long households, long povertyRegistered) {
    }

    /** Cold-store totals (tonnes) and the stock-age job's newest sell-first list. */
    public record StorageFigures(int stores, int chambers, BigDecimal capacityTonnes, BigDecimal stockTonnes,
            BigDecimal freeTonnes, int occupancyPercent, long sellFirstLots, LocalDate sellFirstAsOf) {
    }

    /**
     * The season's figures. {@code yuanTraded} = what settled red orders paid for produce + paid online-store orders;
     * {@code sales} is null when there is no season.
     */
    public record SeasonFigures(SeasonBook book, SeasonSales sales, BigDecimal yuanTraded, BigDecimal contractedTonnes) {
    }
}
