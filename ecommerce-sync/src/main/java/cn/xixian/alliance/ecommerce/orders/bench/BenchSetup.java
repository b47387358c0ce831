package cn.xixian.alliance.ecommerce.orders.bench;

import cn.xixian.alliance.core.bench.BenchComponent;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.NewRedOrder;
import cn.xixian.alliance.core.redorder.PriceRule;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.catalog.NewSkuMapping;
import cn.xixian.alliance.ecommerce.catalog.SkuCatalog;
import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.Receiver;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The bench's county: households with ACTIVE contracts enough for the generated orders, the demo SKUs, the orders. */
@BenchComponent
class BenchSetup {

    static final String STORE = "BENCH-01";
    static final int SEASON = 2026;
    static final String[] SKUS = {"YLX-SP-5KG", "YLX-G1-5KG", "YLX-G2-10KG"};
    static final Grade[] GRADES = {Grade.SPECIAL, Grade.GRADE_1, Grade.GRADE_2};
    static final int[] BOX_KG = {5, 5, 10};
    private static final Receiver[] RECEIVERS = {
        new Receiver("张伟", "13800000001", "北京市", "北京市", "朝阳区", "建国路88号SOHO现代城"),
        new Receiver("王芳", "13900000002", "上海市", "上海市", "浦东新区", "世纪大道100号"),
        new Receiver("李娜", "13700000003", "广东省", "深圳市", "南山区", "科技园南区"),
        new Receiver("刘洋", "13600000004", "山西省", "太原市", "小店区", "长风街8号"),
        new Receiver("陈静", "13500000005", "山西省", "临汾市", "隰县", "龙泉镇新街12号")};

    record Supply(int households, int contracts, int lines, double soldKg) {
    }

    record Booked(long contracts, double bookedKg, long parcels) {
    }

    private final MemberService members;
    private final HouseholdService households;
    private final RedOrderService redOrders;
    private final SkuCatalog catalog;
    private final TransportRequestService transport;

    BenchSetup(MemberService members, HouseholdService households, RedOrderService redOrders, SkuCatalog catalog,
            TransportRequestService transport) {
        this.transport = transport;
        this.members = members;
        this.households = households;
        this.redOrders = redOrders;
        this.catalog = catalog;
    }

    /** Generic orders of 1–3 lines (1–3 boxes each), the same for the same seed. */
    static List<IncomingOrder> generate(int count, long seed) {
        Random random = new Random(seed);
        Instant base = Instant.parse("2026-11-11T00:00:00Z");
        List<IncomingOrder> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int lineCount = 1 + random.nextInt(3);
            List<IncomingLine> lines = new ArrayList<>(lineCount);
            for (int l = 0; l < lineCount; l++) {
                int sku = random.nextInt(SKUS.length);
                lines.add(new IncomingLine(String.valueOf(l + 1), SKUS[sku], "隰县玉露香梨 " + SKUS[sku],
                        1 + random.nextInt(3), new BigDecimal("79.90"), false));
            }
            Instant modified = base.plusSeconds(i);
            orders.add(new IncomingOrder(STORE, "B" + i, OrderFormat.GENERIC, SaleStatus.PAID, "PAID", modified,
                    modified, RECEIVERS[random.nextInt(RECEIVERS.length)], null, lines, "bench", null));
        }
        return orders;
    }

    Supply prepare(List<IncomingOrder> orders, int householdCount) {
        Map<Grade, Double> needed = new EnumMap<>(Grade.class);
        int lines = 0;
        for (IncomingOrder order : orders) {
            for (IncomingLine line : order.lines()) {
                int sku = List.of(SKUS).indexOf(line.sku());
                needed.merge(GRADES[sku], (double) BOX_KG[sku] * line.quantity(), Double::sum);
                lines++;
            }
        }
        for (int i = 0; i < SKUS.length; i++) {
            catalog.create(new NewSkuMapping(SKUS[i], null, GRADES[i], null, null, BigDecimal.valueOf(BOX_KG[i]), null));
        }
        String village = members.create(new MemberRequest("BENCH-VIL", "基准村", MemberKind.VILLAGE, 36.69, 110.94,
                null, null, null)).id();
        String coop = members.create(new MemberRequest("BENCH-COOP", "基准合作社", MemberKind.COOPERATIVE, 36.70,
                110.95, village, null, null)).id();
        for (int h = 0; h < householdCount; h++) {
            String household = households.create(new HouseholdRequest("BENCH-HH-" + h, "农户" + h, village, coop, 4.0,
                    h % 3 == 0, false, null, null, null)).id();
            List<NewRedOrder.LineRequest> contract = new ArrayList<>();
            needed.forEach((grade, kg) -> contract.add(new NewRedOrder.LineRequest(grade,
                    BigDecimal.valueOf(kg * 1.02 / householdCount + 50).setScale(0, RoundingMode.CEILING),
                    new BigDecimal("6.00"), null)));
            redOrders.create(new NewRedOrder(household, null, null, SEASON, PriceRule.FLOOR, contract));
        }
        return new Supply(householdCount, householdCount, lines, needed.values().stream().mapToDouble(d -> d).sum());
    }

    /** What the route booked, read from the contracts (after the clock stopped). */
    Booked booked() {
        double bookedKg = 0;
        long contracts = 0;
        for (int page = 0; ; page++) {
            PageResponse<RedOrder> found = redOrders.search(new RedOrderService.Filter(null, null, SEASON, null),
                    Pages.of(page, 500, "_id"));
            for (RedOrder contract : found.items()) {
                double kg = contract.lines().stream().mapToDouble(l -> l.bookedKg().doubleValue()).sum();
                bookedKg += kg;
                contracts += kg > 0 ? 1 : 0;
            }
            if ((long) (page + 1) * 500 >= found.total()) {
                break;
            }
        }
        return new Booked(contracts, bookedKg, transport.search(null, "SALES", Pages.of(0, 1)).total());
    }
}
