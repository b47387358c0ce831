package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** An empty database with a cooperative, a processor, logins (password "pw") and helpers to add cold stores. */
@Component
public class ColdStoreFixtures {

    private final MongoTemplate mongo;
    private final MemberService members;
    private final UserAccountService users;
    private final ColdStoreService stores;

    public Member coop;
    public Member processor;

    ColdStoreFixtures(MongoTemplate mongo, MemberService members, UserAccountService users, ColdStoreService stores) {
        this.mongo = mongo;
        this.members = members;
        this.users = users;
        this.stores = stores;
    }

    public ColdStoreFixtures reset() {
        mongo.getDb().listCollectionNames().forEach(name -> {
            if (!name.startsWith("system.")) {
                mongo.getCollection(name).deleteMany(new org.bson.Document());
            }
        });
        coop = members.create(new MemberRequest("COOP-001", "城南村玉露香梨专业合作社", MemberKind.COOPERATIVE, 36.70,
                110.95, null, null, null));
        processor = members.create(new MemberRequest("PROC-01", "隰县果品加工厂1号", MemberKind.PROCESSOR, 36.68, 110.93,
                null, null, null));
        String hash = users.hash("pw");
        users.save("coordinator", hash, Set.of(Role.COORDINATOR), null);
        users.save("coop-a", hash, Set.of(Role.COOPERATIVE), coop.id());
        return this;
    }

    /** A store of the processor with chambers of the given tonnes, all at 0 °C. */
    public ColdStore store(String code, String... tonnes) {
        List<ChamberRequest> chambers = new java.util.ArrayList<>();
        for (int i = 0; i < tonnes.length; i++) {
            chambers.add(new ChamberRequest("C" + (i + 1), new BigDecimal(tonnes[i]), 0.0, 90.0, new BigDecimal("0.80"),
                    new BigDecimal("6000.00"), null));
        }
        return stores.create(new ColdStoreRequest(code, code + "冷库", processor.id(), null, null, chambers));
    }
}
