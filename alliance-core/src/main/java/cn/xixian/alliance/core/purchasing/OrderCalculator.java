package cn.xixian.alliance.core.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * The arithmetic of a bulk order, exact: quantity × price is computed without rounding and rounded half-up
 * to the fen once per household (and once per line for the line's own figures); weights are rounded to the
 * gram once per village. Totals are sums of the households' rounded amounts.
 */
final class OrderCalculator {

    private OrderCalculator() {
    }

    record Result(List<PurchaseOrder.Line> lines, List<PurchaseOrder.HouseholdShare> households,
            List<PurchaseOrder.VillageDelivery> villages, BigDecimal groupTotal, BigDecimal retailTotal,
            BigDecimal savingTotal) {
    }

    static String key(String item, String unit) {
        return item.strip() + "\u0000" + unit.strip();
    }

    static Result compute(List<PurchaseOrderRequest.Line> specs, List<InputNeed> needs) {
        Map<String, PurchaseOrderRequest.Line> byKey = specs.stream()
                .collect(Collectors.toMap(l -> key(l.item(), l.unit()), l -> l));
        List<PurchaseOrder.Line> lines = new ArrayList<>();
        for (PurchaseOrderRequest.Line spec : specs) {
            BigDecimal quantity = needs.stream().filter(n -> key(n.item(), n.unit()).equals(key(spec.item(), spec.unit())))
                    .map(InputNeed::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (quantity.signum() == 0) {
                continue;
            }
            BigDecimal group = fen(quantity.multiply(spec.groupPricePerUnit()));
            BigDecimal retail = fen(quantity.multiply(spec.retailPricePerUnit()));
            lines.add(new PurchaseOrder.Line(spec.item(), spec.unit(), spec.unitWeightKg(), plain(quantity),
                    grams(quantity.multiply(spec.unitWeightKg())), spec.groupPricePerUnit(), spec.retailPricePerUnit(),
                    group, retail, retail.subtract(group)));
        }
        Map<String, List<InputNeed>> perHousehold = needs.stream()
                .collect(Collectors.groupingBy(InputNeed::householdId, TreeMap::new, Collectors.toList()));
        List<PurchaseOrder.HouseholdShare> households = new ArrayList<>();
        perHousehold.forEach((householdId, own) -> {
            BigDecimal group = fen(sum(own, n -> byKey.get(key(n.item(), n.unit())).groupPricePerUnit()));
            BigDecimal retail = fen(sum(own, n -> byKey.get(key(n.item(), n.unit())).retailPricePerUnit()));
            households.add(new PurchaseOrder.HouseholdShare(householdId, own.get(0).villageId(),
                    own.stream().map(InputNeed::id).sorted().toList(), group, retail, retail.subtract(group)));
        });
        Map<String, List<InputNeed>> perVillage = needs.stream()
                .collect(Collectors.groupingBy(InputNeed::villageId, TreeMap::new, Collectors.toList()));
        List<PurchaseOrder.VillageDelivery> villages = new ArrayList<>();
        perVillage.forEach((villageId, own) -> villages.add(new PurchaseOrder.VillageDelivery(villageId,
                grams(sum(own, n -> byKey.get(key(n.item(), n.unit())).unitWeightKg())),
                own.stream().map(InputNeed::wantedBy).min(Comparator.naturalOrder()).orElse(LocalDate.now()), null)));
        BinaryOperator<BigDecimal> add = BigDecimal::add;
        BigDecimal groupTotal = households.stream().map(PurchaseOrder.HouseholdShare::groupAmount).reduce(fen0(), add);
        BigDecimal retailTotal = households.stream().map(PurchaseOrder.HouseholdShare::retailAmount).reduce(fen0(), add);
        return new Result(lines, households, villages, groupTotal, retailTotal, retailTotal.subtract(groupTotal));
    }

    /** Σ quantity × per-unit value, unrounded. */
    private static BigDecimal sum(List<InputNeed> needs, java.util.function.Function<InputNeed, BigDecimal> perUnit) {
        return needs.stream().map(n -> n.quantity().multiply(perUnit.apply(n))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal fen0() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** Kilograms rounded to the gram, shown without trailing zeros. */
    private static BigDecimal grams(BigDecimal kg) {
        return plain(kg.setScale(3, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros and never in exponent form (10, not 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
