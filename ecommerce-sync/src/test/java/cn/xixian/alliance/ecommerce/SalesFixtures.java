package cn.xixian.alliance.ecommerce;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.NewRedOrder;
import cn.xixian.alliance.core.redorder.PriceRule;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import cn.xixian.alliance.ecommerce.catalog.NewSkuMapping;
import cn.xixian.alliance.ecommerce.catalog.SkuCatalog;
import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.Receiver;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * An empty database with logins (password "pw"), a village with a service station, two households with 2026
 * contracts (the poverty-registered one: 100 kg grade 1, 50 kg special; the other: 100 kg grade 1, 100 kg grade 2)
 * and the demo SKUs.
 */
@Component
public class SalesFixtures {

    public static final Receiver BEIJING = new Receiver("张三", "13800000000", "北京市", "北京市", "朝阳区", "建国路88号");
    public static final Receiver IN_COUNTY = new Receiver("李四", "13900000000", "山西省", "临汾市", "隰县",
            "城南村村委会旁");

    private final MongoTemplate mongo;
    private final MemberService members;
    private final HouseholdService households;
    private final RedOrderService redOrders;
    private final UserAccountService users;
    private final SkuCatalog catalog;

    public Member station;
    public Household poor;
    public Household other;
    public RedOrder poorContract;
    public RedOrder otherContract;

    SalesFixtures(MongoTemplate mongo, MemberService members, HouseholdService households, RedOrderService redOrders,
            UserAccountService users, SkuCatalog catalog) {
        this.mongo = mongo;
        this.members = members;
        this.households = households;
        this.redOrders = redOrders;
        this.users = users;
        this.catalog = catalog;
    }

    public SalesFixtures reset() {
        mongo.getDb().listCollectionNames().forEach(name -> {
            if (!name.startsWith("system.")) {
                mongo.getCollection(name).deleteMany(new org.bson.Document());
            }
        });
        Member village = members.create(new MemberRequest("VIL-01", "龙泉镇城南村", MemberKind.VILLAGE, 36.70, 110.95,
                null, null, null));
        Member coop = members.create(new MemberRequest("COOP-001", "城南村玉露香梨专业合作社", MemberKind.COOPERATIVE,
                36.70, 110.95, village.id(), null, null));
        members.create(new MemberRequest("PROC-01", "隰县果品加工厂1号", MemberKind.PROCESSOR, 36.68, 110.93, null, null, null));
        station = members.create(new MemberRequest("STN-001", "城南村农村电商服务站1号", MemberKind.SERVICE_STATION, 36.71,
                110.95, village.id(), null, null));
        poor = households.create(new HouseholdRequest("HH-0001", "王建国", village.id(), coop.id(), 3.0, true, false,
                null, null, null));
        other = households.create(new HouseholdRequest("HH-0002", "李秀英", village.id(), coop.id(), 3.0, false, false,
                null, null, null));
        poorContract = contract(poor, Grade.GRADE_1, "100", Grade.SPECIAL, "50");
        otherContract = contract(other, Grade.GRADE_1, "100", Grade.GRADE_2, "100");
        String hash = users.hash("pw");
        users.save("coordinator", hash, Set.of(Role.COORDINATOR), null);
        users.save("store", hash, Set.of(Role.STORE_INTEGRATION), null);
        users.save("coop-a", hash, Set.of(Role.COOPERATIVE), coop.id());
        sku("YLX-SP-5KG", Grade.SPECIAL, "5");
        sku("YLX-G1-5KG", Grade.GRADE_1, "5");
        sku("YLX-G2-10KG", Grade.GRADE_2, "10");
        return this;
    }

    /** A further household (not poverty-registered) contracting one grade, for tests that need many kilograms. */
    public RedOrder bigContract(String householdCode, Grade grade, String kg) {
        Household h = households.create(new HouseholdRequest(householdCode, "赵大户", poor.villageId(),
                poor.cooperativeId(), 30.0, false, false, null, null, null));
        return redOrders.create(new NewRedOrder(h.id(), null, null, 2026, PriceRule.FLOOR, List.of(
                new NewRedOrder.LineRequest(grade, new BigDecimal(kg), new BigDecimal("6.00"), null))));
    }

    public void sku(String sku, Grade grade, String boxKg) {
        catalog.create(new NewSkuMapping(sku, null, grade, 12, "75-80mm", new BigDecimal(boxKg), null));
    }

    private RedOrder contract(Household h, Grade g1, String kg1, Grade g2, String kg2) {
        return redOrders.create(new NewRedOrder(h.id(), null, null, 2026, PriceRule.FLOOR, List.of(
                new NewRedOrder.LineRequest(g1, new BigDecimal(kg1), new BigDecimal("6.00"), null),
                new NewRedOrder.LineRequest(g2, new BigDecimal(kg2), new BigDecimal("6.00"), null))));
    }

    /** Kilograms of a grade still available on a contract. */
    public BigDecimal available(RedOrder contract, Grade grade) {
        return redOrders.get(contract.id()).lines().stream().filter(l -> l.grade() == grade).findFirst().orElseThrow()
                .availableKg();
    }

    public static IncomingOrder order(String orderId, SaleStatus status, Instant modified, Receiver to,
            IncomingLine... lines) {
        return new IncomingOrder("P832-01", orderId, OrderFormat.GENERIC, status, status.name(), modified, modified, to,
                null, List.of(lines), "test", "{\"orderId\":\"" + orderId + "\"}");
    }

    public static IncomingLine line(String lineId, String sku, int quantity) {
        return new IncomingLine(lineId, sku, "玉露香梨 " + sku, quantity, new BigDecimal("79.90"), false);
    }
}
