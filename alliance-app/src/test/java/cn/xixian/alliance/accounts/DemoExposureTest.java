package cn.xixian.alliance.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.xixian.alliance.core.security.AllianceUser;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Issue 16 item 1: the demo's published passwords stay on this machine and out of a real installation. */
class DemoExposureTest {

    private static MockEnvironment environment(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        return environment;
    }

    private static InetAddress boundTo(MockEnvironment environment) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new DemoExposure(environment).customize(factory);
        return factory.getAddress();
    }

    @Test
    void theDemoOnAFreshDefaultServesOnlyThisMachine() {
        assertThat(boundTo(environment())).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(boundTo(environment("alliance.demo.enabled", "true", "spring.data.mongodb.uri", "mongodb://db/x")))
                .isEqualTo(InetAddress.getLoopbackAddress());
    }

    @Test
    void anExplicitServerAddressOrNoDemoLeavesTheAddressAlone() {
        assertThat(boundTo(environment("server.address", "0.0.0.0"))).isNull();
        assertThat(boundTo(environment("alliance.demo.enabled", "false"))).isNull();
        assertThat(boundTo(environment("spring.data.mongodb.uri", "mongodb://db/x"))).isNull();
    }

    @Test
    void demoDataWithABootstrapPasswordStopsTheStartNamingBothSettings() {
        assertThatThrownBy(() -> new DemoExposure(environment("alliance.security.bootstrap-password", "s3cret-pass")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alliance.demo.enabled").hasMessageContaining("alliance.security.bootstrap-password");
        assertThat(boundTo(environment("alliance.demo.enabled", "false", "alliance.security.bootstrap-password", "s3cret-pass")))
                .isNull();
    }

    @Test
    void demoOffRemovesTheDemoLoginsStillOnTheDemoPasswordAndForgetsTheDemoSecrets() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        String demo = bcrypt.encode("demo");
        String changed = bcrypt.encode("a-real-password");
        Map<String, String> hashes = Map.of("coordinator", demo, "coop-001", demo, "store", demo, "dispatcher", changed,
                "clerk", demo);
        UserAccountService users = mock(UserAccountService.class);
        when(users.list()).thenReturn(hashes.keySet().stream().sorted()
                .map(u -> new UserAccountService.Account(u, Set.of(Role.COORDINATOR), null)).toList());
        hashes.forEach((user, hash) -> when(users.loadUserByUsername(user))
                .thenReturn(new AllianceUser(user, hash, Set.of(Role.COORDINATOR), null)));
        when(users.delete(anyString())).thenReturn(true);
        OnlineStores stores = mock(OnlineStores.class);

        new DemoLoginsRetirement(environment("alliance.demo.enabled", "false"), users, bcrypt, stores).retire();

        for (String user : List.of("coordinator", "coop-001", "store")) {
            verify(users).delete(user);
        }
        verify(users, never()).delete("dispatcher"); // its password was changed: a real login now
        verify(users, never()).delete("clerk"); // not a demo login
        for (String code : List.of("TAOBAO-01", "JD-01", "P832-01", "WEB-01")) {
            verify(stores).retireSecret(code, "demo-secret-" + code);
        }
    }
}
