package cn.xixian.alliance.logistics;

import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** An empty database with the logins the logistics tests use (password "pw"). */
@Component
public class LogisticsFixtures {

    private final UserAccountService users;
    private final MongoTemplate mongo;

    LogisticsFixtures(UserAccountService users, MongoTemplate mongo) {
        this.users = users;
        this.mongo = mongo;
    }

    public LogisticsFixtures reset() {
        mongo.getDb().listCollectionNames().forEach(name -> {
            if (!name.startsWith("system.")) {
                mongo.getCollection(name).deleteMany(new org.bson.Document());
            }
        });
        String hash = users.hash("pw");
        users.save("coordinator", hash, Set.of(Role.COORDINATOR), null);
        users.save("dispatcher", hash, Set.of(Role.DISPATCHER), null);
        users.save("coop", hash, Set.of(Role.COOPERATIVE), "some-cooperative");
        return this;
    }
}
