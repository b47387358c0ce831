package cn.xixian.alliance.accounts;

import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A system started without demo data has no login at all. When it has none and
 * {@code alliance.security.bootstrap-password} is set (env ALLIANCE_SECURITY_BOOTSTRAP_PASSWORD),
 * a first {@code coordinator} is created with it; that coordinator then creates the others.
 */
@Component
@EnableConfigurationProperties(BootstrapProperties.class)
@Order(1)
@ConditionalOnWebApplication // logins matter only where something is served (not for the bench command)
class BootstrapCoordinator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapCoordinator.class);

    private final UserAccountService users;
    private final String password;

    BootstrapCoordinator(UserAccountService users, BootstrapProperties settings) {
        this.users = users;
        this.password = settings.isSet() ? settings.bootstrapPassword() : "";
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No logins exist. Set alliance.security.bootstrap-password to create the first coordinator.");
            return;
        }
        users.save("coordinator", users.hash(password), Set.of(Role.COORDINATOR), null);
        log.info("Created the first login, 'coordinator', from alliance.security.bootstrap-password");
    }
}
