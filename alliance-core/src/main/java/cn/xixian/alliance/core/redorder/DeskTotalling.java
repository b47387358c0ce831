package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.ContractQuery;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.units.Weights;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Adds up a filtered set of contracts for the desk. One indexed query read from a cursor: the expected payout is the
 * statements' net (settled, or provisional at the season's market prices), which the settlement rules compute and a
 * database aggregate cannot, so the sums are taken here, in grams and fen, while the contracts stream past.
 */
final class DeskTotalling {

    private DeskTotalling() {
    }

    static DeskTotals totals(RedOrderStore store, ContractQuery query, MarketPriceService prices) {
        long[] sums = new long[4]; // contracts, gross fen, advances fen, net fen
        Set<String> households = new HashSet<>();
        Set<String> poor = new HashSet<>();
        Map<Grade, Long> contracted = new EnumMap<>(Grade.class);
        Map<Grade, Long> delivered = new EnumMap<>(Grade.class);
        Map<Integer, Map<String, Long>> market = new HashMap<>();
        store.forEach(query, o -> {
            sums[0]++;
            households.add(o.householdId());
            if (o.povertyRegistered()) {
                poor.add(o.householdId());
            }
            o.lines().forEach(l -> contracted.merge(Grade.valueOf(l.grade()), l.contractedGrams(), Long::sum));
            if (o.delivered() != null) {
                o.delivered().forEach((g, grams) -> delivered.merge(Grade.valueOf(g), grams, Long::sum));
            }
            if (!RedOrderStatus.CANCELLED.name().equals(o.status())) {
                long[] money = money(o, market.computeIfAbsent(o.season(), prices::fenPerKg));
                sums[1] += money[0];
                sums[2] += money[1];
                sums[3] += money[2];
            }
        });
        return new DeskTotals(sums[0], households.size(), poor.size(), kg(contracted), kg(delivered),
                Yuan.yuan(sums[1]), Yuan.yuan(sums[2]), Yuan.yuan(sums[3]));
    }

    /** Gross, advances and net of one contract, in fen, as its statement shows them. */
    private static long[] money(RedOrderDocument o, Map<String, Long> market) {
        if (o.settlement() != null) {
            var s = o.settlement();
            return new long[] {s.grossFen(), s.advancesFen(), s.netFen()};
        }
        Settlements.Outcome out = Settlements.compute(PriceRule.valueOf(o.priceRule()), o.lines(), o.delivered(), market,
                Views.advancesFen(o));
        return new long[] {out.grossFen(), out.advancesFen(), out.netFen()};
    }

    private static Map<Grade, BigDecimal> kg(Map<Grade, Long> grams) {
        Map<Grade, BigDecimal> kg = new EnumMap<>(Grade.class);
        grams.forEach((g, v) -> kg.put(g, Weights.kg(v)));
        return kg;
    }
}
