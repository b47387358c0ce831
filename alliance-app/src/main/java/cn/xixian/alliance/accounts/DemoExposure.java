package cn.xixian.alliance.accounts;

import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the demo's known passwords on this machine: while demo data is on, the server listens on the loopback
 * address only, unless {@code server.address} is set (an explicit choice to serve other machines); and demo data
 * together with a bootstrap password (an operator setting up a real system) stops the start, naming both settings.
 */
@Component
@ConditionalOnWebApplication
class DemoExposure implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(DemoExposure.class);

    private final Environment environment;

    DemoExposure(Environment environment) {
        this.environment = environment;
        if (DemoLogins.demoOn(environment) && !environment.getProperty(DemoLogins.BOOTSTRAP_PASSWORD, "").isBlank()) {
            throw new IllegalStateException("Demo data (alliance.demo.enabled, on by default without a MongoDB URI) and "
                    + DemoLogins.BOOTSTRAP_PASSWORD + " are both set. The demo's logins have the published password "
                    + "'demo'; for a real installation start with --alliance.demo.enabled=false and the bootstrap "
                    + "password, or drop the bootstrap password to try the demo.");
        }
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (!DemoLogins.demoOn(environment)) {
            return;
        }
        if (environment.containsProperty("server.address")) {
            log.warn("Demo data is on (logins with the password 'demo') and server.address={} serves them to other "
                    + "machines, as configured", environment.getProperty("server.address"));
            return;
        }
        factory.setAddress(InetAddress.getLoopbackAddress());
        log.warn("Demo data is on (logins with the password 'demo'): serving on {} only, reachable from this machine "
                + "(http://localhost:{}/). Set server.address (e.g. 0.0.0.0) to serve other machines, or start with "
                + "alliance.demo.enabled=false.", InetAddress.getLoopbackAddress().getHostAddress(),
                environment.getProperty("server.port", "8080"));
    }
}
