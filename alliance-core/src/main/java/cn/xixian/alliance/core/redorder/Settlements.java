package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument.Line;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument.SettledLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The year-end arithmetic, in whole grams and fen so that it is exact:
 * <ul>
 * <li>per grade, the kilograms up to the contracted kg are paid at the contract price (see {@link PriceRule});
 * kilograms delivered above the contracted kg are accepted (a harvest lot is never split) but carry no
 * guarantee: they are paid at the season's market price for the grade;</li>
 * <li>each line's amount is rounded half-up to the fen once; gross is the sum of the lines;</li>
 * <li>net = gross − advances. When advances exceed gross, net is 0.00 (the household never owes the
 * alliance money through a red order) and the shortfall is kept as {@code unrecoveredAdvances} beside the
 * reason the settler had to give.</li>
 * </ul>
 */
final class Settlements {

    private Settlements() {
    }

    /** The outcome; {@code missingPrices} lists the grades a needed market price was missing for. */
    record Outcome(List<SettledLine> lines, long grossFen, long advancesFen, long netFen, long unrecoveredFen,
            List<String> missingPrices) {

        boolean advancesExceedGross() {
            return unrecoveredFen > 0;
        }
    }

    static Outcome compute(PriceRule rule, List<Line> lines, Map<String, Long> deliveredGrams,
            Map<String, Long> marketFenPerKg, long advancesFen) {
        List<SettledLine> settled = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long gross = 0;
        for (Line line : lines) {
            long delivered = deliveredGrams.getOrDefault(line.grade(), 0L);
            long priced = Math.min(delivered, line.contractedGrams());
            long excess = delivered - priced;
            Long market = marketFenPerKg.get(line.grade());
            Long price = switch (rule) {
                case FLOOR -> market == null ? line.floorFenPerKg() : Math.max(line.floorFenPerKg(), market);
                case MARKET_PLUS_PREMIUM -> market == null ? null : market + line.premiumFenPerKg();
            };
            Long excessPrice = excess > 0 ? market : null;
            if ((price == null && priced > 0) || (excess > 0 && market == null)) {
                missing.add(line.grade());
            }
            long amount = (price == null ? 0 : Yuan.value(priced, price))
                    + (excessPrice == null ? 0 : Yuan.value(excess, excessPrice));
            gross += amount;
            settled.add(new SettledLine(line.grade(), delivered, priced, price, excess, excessPrice, amount));
        }
        long net = Math.max(0, gross - advancesFen);
        return new Outcome(settled, gross, advancesFen, net, Math.max(0, advancesFen - gross), missing);
    }
}
