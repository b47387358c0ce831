package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument.SettledLine;
import cn.xixian.alliance.core.units.Weights;
import java.util.List;
import java.util.Map;

/** Stored contracts (grams, fen) to what the API shows (kg, yuan). */
final class Views {

    private Views() {
    }

    static RedOrder redOrder(RedOrderDocument d) {
        List<RedOrder.Line> lines = d.lines().stream().map(l -> new RedOrder.Line(Grade.valueOf(l.grade()),
                Weights.kg(l.contractedGrams()), Yuan.yuanOrNull(l.floorFenPerKg()), Yuan.yuanOrNull(l.premiumFenPerKg()),
                kg(d.delivered(), l.grade()), kg(d.booked(), l.grade()), kg(d.available(), l.grade()))).toList();
        return new RedOrder(d.id(), d.householdId(), d.householdCode(), d.householdName(), d.cooperativeId(),
                d.povertyRegistered(), d.orchardCode(), d.season(), PriceRule.valueOf(d.priceRule()),
                RedOrderStatus.valueOf(d.status()), lines, advances(d),
                d.deliveries().stream().map(x -> new RedOrder.Delivery(x.harvestLotId(), Grade.valueOf(x.grade()),
                        Weights.kg(x.grams()), x.date(), x.by(), x.at())).toList(),
                d.history().stream().map(e -> new RedOrder.Event(e.event(), status(e.fromStatus()),
                        status(e.toStatus()), e.detail(), e.by(), e.at())).toList(),
                d.version(), d.createdAt(), d.createdBy());
    }

    /** The settled statement, or a provisional one computed from today's deliveries and {@code market} prices. */
    static Statement statement(RedOrderDocument d, Map<String, Long> market) {
        boolean provisional = d.settlement() == null;
        List<SettledLine> lines;
        long gross;
        long advances;
        long net;
        long unrecovered;
        if (provisional) {
            Settlements.Outcome o = Settlements.compute(PriceRule.valueOf(d.priceRule()), d.lines(), d.delivered(),
                    market, advancesFen(d));
            lines = o.lines();
            gross = o.grossFen();
            advances = o.advancesFen();
            net = o.netFen();
            unrecovered = o.unrecoveredFen();
        } else {
            var s = d.settlement();
            lines = s.lines();
            gross = s.grossFen();
            advances = s.advancesFen();
            net = s.netFen();
            unrecovered = s.unrecoveredAdvancesFen();
        }
        Map<String, Long> contracted = d.lines().stream().collect(java.util.stream.Collectors.toMap(
                RedOrderDocument.Line::grade, RedOrderDocument.Line::contractedGrams));
        List<Statement.Line> shown = lines.stream().map(l -> new Statement.Line(Grade.valueOf(l.grade()),
                Weights.kg(contracted.getOrDefault(l.grade(), 0L)), Weights.kg(l.deliveredGrams()),
                Weights.kg(l.pricedGrams()), Yuan.yuanOrNull(l.priceFenPerKg()), Weights.kg(l.excessGrams()),
                Yuan.yuanOrNull(l.excessPriceFenPerKg()), Yuan.yuan(l.amountFen()))).toList();
        long deliveredGrams = d.delivered().values().stream().mapToLong(Long::longValue).sum();
        return new Statement(d.id(), d.householdId(), d.householdCode(), d.householdName(), d.cooperativeId(),
                d.season(), PriceRule.valueOf(d.priceRule()), RedOrderStatus.valueOf(d.status()), provisional,
                Weights.kg(deliveredGrams), Yuan.yuan(gross), Yuan.yuan(advances), Yuan.yuan(net),
                Yuan.yuan(unrecovered), provisional ? null : d.settlement().reason(), shown, advances(d),
                d.villageId(), d.povertyRegistered());
    }

    static long advancesFen(RedOrderDocument d) {
        return d.advances().stream().mapToLong(RedOrderDocument.Advance::amountFen).sum();
    }

    private static List<RedOrder.Advance> advances(RedOrderDocument d) {
        return d.advances().stream().map(a -> new RedOrder.Advance(a.item(), Yuan.yuan(a.amountFen()), a.date(),
                a.by(), a.at())).toList();
    }

    private static java.math.BigDecimal kg(Map<String, Long> grams, String grade) {
        return Weights.kg(grams == null ? 0 : grams.getOrDefault(grade, 0L));
    }

    private static RedOrderStatus status(String s) {
        return s == null ? null : RedOrderStatus.valueOf(s);
    }
}
