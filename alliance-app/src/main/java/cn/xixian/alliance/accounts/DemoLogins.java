package cn.xixian.alliance.accounts;

import java.util.List;
import org.springframework.core.env.Environment;

/**
 * What the demo county brings that anyone could use: logins with the password {@code demo} and store webhook
 * secrets {@code demo-secret-<code>}, all published in the README. Whether demo data is on is decided as the
 * demo loader decides it: {@code alliance.demo.enabled}, or unset on the embedded default (no MongoDB URI).
 */
final class DemoLogins {

    static final String PASSWORD = "demo";
    static final List<String> STORES = List.of("TAOBAO-01", "JD-01", "P832-01", "WEB-01");
    static final String BOOTSTRAP_PASSWORD = "alliance.security.bootstrap-password";

    private DemoLogins() {
    }

    static boolean demoOn(Environment environment) {
        Boolean enabled = environment.getProperty("alliance.demo.enabled", Boolean.class);
        return enabled != null ? enabled : environment.getProperty("spring.data.mongodb.uri", "").isBlank();
    }

    static boolean isDemoUsername(String username) {
        return username.equals("coordinator") || username.equals("dispatcher") || username.equals("store")
                || username.matches("coop-\\d{3}");
    }

    static String storeSecret(String code) {
        return "demo-secret-" + code;
    }
}
