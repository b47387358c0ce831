package cn.xixian.alliance.core.security;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

/** Disable, enable, reset, and the own password change; never a password or hash in an answer. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAccountService users;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    @Test
    void aDisabledLoginGets401AtOnceAlsoWithRememberedCredentialsAndALiveSession() throws Exception {
        mvc.perform(get("/api/v1/households").with(httpBasic("coop-a", "pw"))).andExpect(status().isOk());
        MockHttpSession session = signedIn("coop-a");
        mvc.perform(get("/api/v1/households").session(session)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/users/coop-a/disable").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.disabled").value(true))
                .andExpect(content().string(not(containsString("password\""))));
        mvc.perform(get("/api/v1/households").with(httpBasic("coop-a", "pw"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/households").session(session)).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/users/coop-a/enable").with(httpBasic("coordinator", "pw"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/households").with(httpBasic("coop-a", "pw"))).andExpect(status().isOk());
    }

    @Test
    void onlyCoordinatorsAdministerAndNobodyDisablesThemselves() throws Exception {
        mvc.perform(post("/api/v1/users/coop-b/disable").with(httpBasic("coop-a", "pw"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/coop-b/password-reset").with(httpBasic("coop-a", "pw")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/coordinator/disable").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/users/nobody/disable").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isNotFound());
    }

    @Test
    void afterAResetTheOldPasswordFailsAndTheNewOneMustBeChangedFirst() throws Exception {
        String answer = mvc.perform(post("/api/v1/users/coop-a/password-reset").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String temporary = json.readTree(answer).get("temporaryPassword").asText();

        mvc.perform(get("/api/v1/households").with(httpBasic("coop-a", "pw"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/households").with(httpBasic("coop-a", temporary)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
        mvc.perform(post("/api/v1/households").with(httpBasic("coop-a", temporary)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));

        mvc.perform(post("/api/v1/users/me/password").with(httpBasic("coop-a", temporary))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"currentPassword": "wrong-one", "newPassword": "orchard-2027"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        mvc.perform(post("/api/v1/users/me/password").with(httpBasic("coop-a", temporary))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"currentPassword": "%s", "newPassword": "orchard-2027"}""".formatted(temporary)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/households").with(httpBasic("coop-a", temporary))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/households").with(httpBasic("coop-a", "orchard-2027"))).andExpect(status().isOk());
    }

    @Test
    void aResetSessionMayOnlyChangeItsPassword() throws Exception {
        MockHttpSession session = signedIn("coop-a");
        mvc.perform(post("/api/v1/users/coop-a/password-reset").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/households").session(session))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
    }

    /** A form-login session as the browser holds it. */
    private MockHttpSession signedIn(String username) {
        AllianceUser user = (AllianceUser) users.loadUserByUsername(username);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }
}
