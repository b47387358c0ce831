package cn.xixian.alliance.core;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** A village, two cooperatives with a household each, and their logins (password "pw"). */
@Component
public class TestFixtures {

    private final MemberService members;
    private final HouseholdService households;
    private final UserAccountService users;
    private final MongoTemplate mongo;

    public Member village;
    public Member coopA;
    public Member coopB;
    public Household householdA;
    public Household householdB;

    TestFixtures(MemberService members, HouseholdService households, UserAccountService users, MongoTemplate mongo) {
        this.members = members;
        this.households = households;
        this.users = users;
        this.mongo = mongo;
    }

    public TestFixtures reset() {
        mongo.getDb().listCollectionNames().forEach(name -> {
            if (!name.startsWith("system.")) {
                mongo.getCollection(name).deleteMany(new org.bson.Document());
            }
        });
        village = members.create(new MemberRequest("VIL-01", "城南村", MemberKind.VILLAGE, 36.69, 110.94, null, null, null));
        coopA = members.create(new MemberRequest("COOP-001", "玉露香梨专业合作社", MemberKind.COOPERATIVE, 36.70, 110.95,
                village.id(), null, null));
        coopB = members.create(new MemberRequest("COOP-002", "黄土坡合作社", MemberKind.COOPERATIVE, 36.71, 110.96,
                village.id(), null, null));
        householdA = households.create(new HouseholdRequest("HH-0001", "张三", village.id(), coopA.id(), 5.5, true,
                false, null, null, null));
        householdB = households.create(new HouseholdRequest("HH-0002", "李四", village.id(), coopB.id(), 3.0, false,
                false, null, null, null));
        String hash = users.hash("pw");
        users.save("coordinator", hash, Set.of(Role.COORDINATOR), null);
        users.save("coop-a", hash, Set.of(Role.COOPERATIVE), coopA.id());
        users.save("coop-b", hash, Set.of(Role.COOPERATIVE), coopB.id());
        users.save("dispatcher", hash, Set.of(Role.DISPATCHER), null);
        return this;
    }

    /** A store-integration login, "store" / "pw". */
    public void storeLogin() {
        users.save("store", users.hash("pw"), Set.of(Role.STORE_INTEGRATION), null);
    }
}
