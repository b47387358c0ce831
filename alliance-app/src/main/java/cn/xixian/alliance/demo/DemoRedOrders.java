package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.AdvanceRequest;
import cn.xixian.alliance.core.redorder.MarketPriceService;
import cn.xixian.alliance.core.redorder.MarketPrices;
import cn.xixian.alliance.core.redorder.NewRedOrder;
import cn.xixian.alliance.core.redorder.PriceRule;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The 2026 season of red orders (红色订单): every poverty-registered household and about a third of the others
 * hold an ACTIVE contract (kg per grade from the orchard area, floor prices of 6–9 yuan/kg, some on market price
 * plus premium), many with fertiliser and fruit bags advanced in spring, so the sales channels can book against
 * them. Also the season's market prices.
 */
@Component
class DemoRedOrders implements DemoStep {

    static final int SEASON = 2026;

    private final RedOrderService orders;
    private final HouseholdService households;
    private final MarketPriceService prices;

    DemoRedOrders(RedOrderService orders, HouseholdService households, MarketPriceService prices) {
        this.orders = orders;
        this.households = households;
        this.prices = prices;
    }

    @Override
    public String name() {
        return "red-orders-" + SEASON;
    }

    @Override
    public void load(DemoProperties properties) {
        prices.put(SEASON, new MarketPrices.Request(Map.of(Grade.SPECIAL, new BigDecimal("9.20"),
                Grade.GRADE_1, new BigDecimal("7.60"), Grade.GRADE_2, new BigDecimal("6.10"),
                Grade.OFF_GRADE, new BigDecimal("2.80"))));
        Random random = new Random(properties.seed() + 3);
        for (int page = 0; ; page++) {
            PageResponse<Household> batch = households.search(
                    new HouseholdService.Filter(null, null, null, null, null), Pages.of(page, 500, "code", "_id"));
            for (Household h : batch.items()) {
                if (h.povertyRegistered() || random.nextInt(3) == 0) {
                    sign(h, random);
                }
            }
            if ((long) (page + 1) * 500 >= batch.total()) {
                return;
            }
        }
    }

    private void sign(Household h, Random random) {
        boolean market = random.nextInt(5) == 0;
        // ~1,500 kg per mu contracted of a 2,000–3,000 kg yield; a quarter special, 45 % grade 1, the rest grade 2
        double kg = Math.max(1.0, h.orchardAreaMu()) * (1200 + random.nextInt(600));
        List<NewRedOrder.LineRequest> lines = new ArrayList<>();
        lines.add(line(Grade.SPECIAL, kg * 0.25, 850, random, market));
        lines.add(line(Grade.GRADE_1, kg * 0.45, 700, random, market));
        lines.add(line(Grade.GRADE_2, kg * 0.30, 600, random, market));
        String orchard = h.orchards() == null || h.orchards().isEmpty() ? null : h.orchards().get(0).code();
        RedOrder order = orders.create(new NewRedOrder(h.id(), null, orchard, SEASON,
                market ? PriceRule.MARKET_PLUS_PREMIUM : PriceRule.FLOOR, lines));
        if (random.nextInt(10) < 6) {
            orders.addAdvance(order.id(), new AdvanceRequest("复合肥 compound fertiliser",
                    BigDecimal.valueOf(200 + random.nextInt(600)).setScale(2), LocalDate.of(SEASON, 3, 1 + random.nextInt(20))));
        }
        if (random.nextInt(10) < 4) {
            orders.addAdvance(order.id(), new AdvanceRequest("果袋 fruit bags",
                    BigDecimal.valueOf(8000 + random.nextInt(22000), 2), LocalDate.of(SEASON, 4, 20 + random.nextInt(10))));
        }
    }

    /** {@code fenFloor}: the grade's base floor price in fen; up to +0.50 yuan on top, or a 0.20–0.60 premium. */
    private static NewRedOrder.LineRequest line(Grade grade, double kg, int fenFloor, Random random, boolean market) {
        BigDecimal contracted = BigDecimal.valueOf(Math.max(50, Math.round(kg / 50) * 50));
        return market
                ? new NewRedOrder.LineRequest(grade, contracted, null, BigDecimal.valueOf(20 + random.nextInt(41), 2))
                : new NewRedOrder.LineRequest(grade, contracted, BigDecimal.valueOf(fenFloor + 10L * random.nextInt(6), 2), null);
    }
}
