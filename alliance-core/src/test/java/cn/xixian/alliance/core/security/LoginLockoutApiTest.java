package cn.xixian.alliance.core.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 16 item 8 through the sign-in itself: wrong passwords over HTTP Basic lock the login for the
 * form login too. Its own login and client address, so the lock touches no other test of the context.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginLockoutApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAccountService users;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        users.save("guessed-clerk", users.hash("right-password"), Set.of(Role.COORDINATOR), null);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void tenWrongPasswordsLockTheLoginForBasicAndFormAlikeAndOthersStillSignIn() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/users").with(httpBasic("guessed-clerk", "guess-" + i)).with(from("203.0.113.50")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/households").with(httpBasic("guessed-clerk", "right-password")).with(from("203.0.113.50")))
                .andExpect(status().isOk());
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/households").with(httpBasic("guessed-clerk", "guess-" + i)).with(from("203.0.113.51")));
        }

        mvc.perform(get("/api/v1/households").with(httpBasic("guessed-clerk", "right-password")).with(from("203.0.113.52")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login").param("username", "guessed-clerk").param("password", "right-password")
                        .with(csrf()).with(from("203.0.113.52")))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/households").with(httpBasic("coop-a", "pw")).with(from("203.0.113.51")))
                .andExpect(status().isOk());
    }
}
