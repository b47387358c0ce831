package cn.xixian.alliance.core.redorder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument.Line;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementsTest {

    private static final List<Line> FLOOR_LINES = List.of(
            new Line("SPECIAL", 1_000_000, 850L, null),   // 1000 kg at 8.50
            new Line("GRADE_1", 2_000_000, 680L, null));  // 2000 kg at 6.80

    @Test
    void floorPaysDeliveredKgAtTheFloorWithFenPrecision() {
        // 812.345 kg × 8.50 = 6904.93325 → 6904.93; 1999.999 kg × 6.80 = 13599.9932 → 13599.99
        var o = Settlements.compute(PriceRule.FLOOR, FLOOR_LINES,
                Map.of("SPECIAL", 812_345L, "GRADE_1", 1_999_999L), Map.of(), 30_000);
        assertThat(o.lines()).extracting(l -> l.amountFen()).containsExactly(690_493L, 1_359_999L);
        assertThat(Yuan.yuan(o.grossFen())).hasToString("20504.92");
        assertThat(Yuan.yuan(o.netFen())).hasToString("20204.92");
        assertThat(o.unrecoveredFen()).isZero();
        assertThat(o.missingPrices()).isEmpty();
    }

    @Test
    void halfAFenRoundsUp() {
        // 0.001 kg × 5.00 = 0.005 yuan → 0.01
        var o = Settlements.compute(PriceRule.FLOOR, List.of(new Line("GRADE_2", 1000, 500L, null)),
                Map.of("GRADE_2", 1L), Map.of(), 0);
        assertThat(Yuan.yuan(o.grossFen())).hasToString("0.01");
    }

    @Test
    void aFloorIsAFloorTheHigherMarketPriceIsPaid() {
        var o = Settlements.compute(PriceRule.FLOOR, FLOOR_LINES, Map.of("SPECIAL", 100_000L, "GRADE_1", 100_000L),
                Map.of("SPECIAL", 900L, "GRADE_1", 600L), 0);
        // SPECIAL: market 9.00 > floor 8.50 → 900.00; GRADE_1: floor 6.80 > market 6.00 → 680.00
        assertThat(o.lines()).extracting(l -> l.priceFenPerKg()).containsExactly(900L, 680L);
        assertThat(Yuan.yuan(o.grossFen())).hasToString("1580.00");
    }

    @Test
    void marketPlusPremiumAndKgAboveTheContractAtTheMarketPrice() {
        var lines = List.of(new Line("GRADE_1", 100_000, null, 55L)); // 100 kg, premium 0.55
        var o = Settlements.compute(PriceRule.MARKET_PLUS_PREMIUM, lines, Map.of("GRADE_1", 120_500L),
                Map.of("GRADE_1", 712L), 0);
        // 100 kg × (7.12 + 0.55) = 767.00; excess 20.5 kg × 7.12 = 145.96
        var line = o.lines().get(0);
        assertThat(line.pricedGrams()).isEqualTo(100_000);
        assertThat(line.excessGrams()).isEqualTo(20_500);
        assertThat(Yuan.yuan(o.grossFen())).hasToString("912.96");
    }

    @Test
    void marketPricesMissingAreReported() {
        var lines = List.of(new Line("GRADE_1", 100_000, null, 55L));
        var o = Settlements.compute(PriceRule.MARKET_PLUS_PREMIUM, lines, Map.of("GRADE_1", 1_000L), Map.of(), 0);
        assertThat(o.missingPrices()).containsExactly("GRADE_1");
        var floor = Settlements.compute(PriceRule.FLOOR, FLOOR_LINES, Map.of("GRADE_1", 2_000_001L), Map.of(), 0);
        assertThat(floor.missingPrices()).containsExactly("GRADE_1"); // 1 g above the contract needs a market price
    }

    @Test
    void advancesAboveGrossLeaveNetAtZeroAndTheShortfallOnRecord() {
        var o = Settlements.compute(PriceRule.FLOOR, FLOOR_LINES, Map.of("GRADE_1", 10_000L), Map.of(), 12_345);
        // 10 kg × 6.80 = 68.00 gross; advances 123.45
        assertThat(Yuan.yuan(o.grossFen())).hasToString("68.00");
        assertThat(Yuan.yuan(o.netFen())).hasToString("0.00");
        assertThat(Yuan.yuan(o.unrecoveredFen())).hasToString("55.45");
        assertThat(o.advancesExceedGross()).isTrue();
    }
}
