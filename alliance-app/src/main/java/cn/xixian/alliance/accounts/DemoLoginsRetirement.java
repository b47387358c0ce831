package cn.xixian.alliance.accounts;

import cn.xixian.alliance.core.security.UserAccountService;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * With demo data off ({@code alliance.demo.enabled=false}) on a data directory that holds the demo county, the
 * demo's logins that still have the password {@code demo} are removed and the demo stores' known webhook secrets
 * forgotten, before the bootstrap coordinator is considered. Each distinct password hash is checked once (the demo
 * logins share one), so this costs a bcrypt or two, not one per login.
 */
@Component
@Order(0)
@ConditionalOnWebApplication
class DemoLoginsRetirement implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginsRetirement.class);

    private final Environment environment;
    private final UserAccountService users;
    private final PasswordEncoder passwords;
    private final OnlineStores stores;

    DemoLoginsRetirement(Environment environment, UserAccountService users, PasswordEncoder passwords,
            OnlineStores stores) {
        this.environment = environment;
        this.users = users;
        this.passwords = passwords;
        this.stores = stores;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoLogins.demoOn(environment)) {
            retire();
        }
    }

    void retire() {
        Map<String, Boolean> demoHash = new HashMap<>();
        int removed = 0;
        for (UserAccountService.Account account : users.list()) {
            if (!DemoLogins.isDemoUsername(account.username())) {
                continue;
            }
            String hash = users.loadUserByUsername(account.username()).getPassword();
            if (demoHash.computeIfAbsent(hash, h -> passwords.matches(DemoLogins.PASSWORD, h))
                    && users.delete(account.username())) {
                removed++;
            }
        }
        int secrets = 0;
        for (String code : DemoLogins.STORES) {
            secrets += stores.retireSecret(code, DemoLogins.storeSecret(code)) ? 1 : 0;
        }
        if (removed > 0 || secrets > 0) {
            log.warn("Demo data is off: removed {} demo login(s) with the password 'demo' and forgot {} demo store "
                    + "secret(s)", removed, secrets);
        }
    }
}
