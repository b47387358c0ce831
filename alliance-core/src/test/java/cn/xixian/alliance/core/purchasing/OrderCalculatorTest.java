package cn.xixian.alliance.core.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCalculatorTest {

    private static InputNeed need(String id, String household, String village, String item, String qty, String unit) {
        return new InputNeed(id, household, "C1", village, 2027, item, new BigDecimal(qty), unit,
                LocalDate.of(2027, 3, id.equals("n3") ? 1 : 10), null, NeedStatus.ORDERED, "o1", null, null);
    }

    @Test
    void savingsAreExactToTheFenPerHouseholdAndAddUpToTheTotal() {
        List<PurchaseOrderRequest.Line> lines = List.of(
                new PurchaseOrderRequest.Line("复合肥", "袋", new BigDecimal("40"), new BigDecimal("138.50"), new BigDecimal("165.00")),
                new PurchaseOrderRequest.Line("农药", "瓶", new BigDecimal("0.5"), new BigDecimal("27.35"), new BigDecimal("32.68")));
        List<InputNeed> needs = List.of(need("n1", "H1", "V1", "复合肥", "3", "袋"), need("n2", "H1", "V1", "农药", "2.5", "瓶"),
                need("n3", "H2", "V2", "复合肥", "7", "袋"));

        OrderCalculator.Result r = OrderCalculator.compute(lines, needs);

        // H1: 3 × 138.50 + 2.5 × 27.35 = 483.875 → 483.88 at group price; 495.00 + 81.70 = 576.70 at retail.
        PurchaseOrder.HouseholdShare h1 = r.households().get(0);
        assertThat(h1.householdId()).isEqualTo("H1");
        assertThat(h1.groupAmount()).isEqualTo(new BigDecimal("483.88"));
        assertThat(h1.retailAmount()).isEqualTo(new BigDecimal("576.70"));
        assertThat(h1.saving()).isEqualTo(new BigDecimal("92.82"));
        assertThat(h1.needIds()).containsExactly("n1", "n2");
        PurchaseOrder.HouseholdShare h2 = r.households().get(1);
        assertThat(h2.saving()).isEqualTo(new BigDecimal("185.50"));
        assertThat(r.groupTotal()).isEqualTo(new BigDecimal("1453.38"));
        assertThat(r.retailTotal()).isEqualTo(new BigDecimal("1731.70"));
        assertThat(r.savingTotal()).isEqualTo(new BigDecimal("278.32")).isEqualTo(h1.saving().add(h2.saving()));

        assertThat(r.lines()).extracting(PurchaseOrder.Line::item, PurchaseOrder.Line::quantity, PurchaseOrder.Line::saving)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("复合肥", new BigDecimal("10"), new BigDecimal("265.00")),
                        org.assertj.core.groups.Tuple.tuple("农药", new BigDecimal("2.5"), new BigDecimal("13.32")));
        // Weight per village: 3 × 40 + 2.5 × 0.5 = 121.25 kg; 7 × 40 = 280 kg; earliest wanted-by date per village.
        assertThat(r.villages()).extracting(PurchaseOrder.VillageDelivery::villageId, PurchaseOrder.VillageDelivery::weightKg,
                PurchaseOrder.VillageDelivery::wantedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("V1", new BigDecimal("121.25"), LocalDate.of(2027, 3, 10)),
                org.assertj.core.groups.Tuple.tuple("V2", new BigDecimal("280"), LocalDate.of(2027, 3, 1)));
    }
}
