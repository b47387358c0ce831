package cn.xixian.alliance.core.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccessRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAccountService users;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    @Test
    void aCooperativeLoginWithoutACooperativeReachesNothing() throws Exception {
        // written past the service's own check, as a hand-edited or legacy record would be
        mongo.save(new cn.xixian.alliance.core.security.persistence.UserAccountDocument("stray",
                users.hash("pw"), Set.of(Role.COOPERATIVE), null));
        mvc.perform(get("/api/v1/harvest-lots").with(httpBasic("stray", "pw"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/households").with(httpBasic("stray", "pw"))).andExpect(status().isForbidden());
    }

    @Test
    void aCooperativeLoginMustNameItsCooperative() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.save("x", "h", Set.of(Role.COOPERATIVE), null))
                .isInstanceOf(cn.xixian.alliance.core.web.InvalidInputException.class);
    }

    @Test
    void rolesOutsideTheRegisterAreRefused() throws Exception {
        fixtures.storeLogin();
        mvc.perform(get("/api/v1/members").with(httpBasic("store", "pw"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/households").with(httpBasic("dispatcher", "pw"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/members").with(httpBasic("dispatcher", "pw"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members").with(httpBasic("coordinator", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/members")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    /** A browser session may call the API, but its writes need the CSRF token a page carries. */
    @Test
    void sessionWritesNeedTheCsrfTokenBasicWritesDoNot() throws Exception {
        MockHttpSession session = new MockHttpSession();
        var principal = users.loadUserByUsername("coordinator");
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities())));
        String village = """
                {"code": "VIL-%s", "name": "新村", "kind": "VILLAGE", "lat": 36.7, "lon": 110.9}""";
        mvc.perform(get("/api/v1/members").session(session)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/members").session(session).contentType(MediaType.APPLICATION_JSON)
                .content(village.formatted("A"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/members").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(village.formatted("B"))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/members").with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content(village.formatted("C"))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON)
                .content(village.formatted("D"))).andExpect(status().isUnauthorized());
        // a session that never signed in (a visit to the login page) changes nothing: still 401
        MockHttpSession anonymous = new MockHttpSession();
        mvc.perform(post("/api/v1/members").session(anonymous).contentType(MediaType.APPLICATION_JSON)
                .content(village.formatted("E"))).andExpect(status().isUnauthorized());
    }

    /** Issue 16 item 15: a signed-in session's write needs the token also when it carries an Authorization header. */
    @Test
    void aSessionWriteWithAnAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
        MockHttpSession session = new MockHttpSession();
        var principal = users.loadUserByUsername("coordinator");
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities())));
        String village = """
                {"code": "VIL-%s", "name": "新村", "kind": "VILLAGE", "lat": 36.7, "lon": 110.9}""";
        mvc.perform(post("/api/v1/members").session(session).header("Authorization", "Bearer x")
                .contentType(MediaType.APPLICATION_JSON).content(village.formatted("F"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/members").session(session).header("Origin", "http://localhost")
                .contentType(MediaType.APPLICATION_JSON).content(village.formatted("G"))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/members").session(session).header("Origin", "http://evil.example")
                .contentType(MediaType.APPLICATION_JSON).content(village.formatted("H"))).andExpect(status().isForbidden());
    }

    /** Basic credentials a browser cached must not let another site write in the user's name. */
    @Test
    void aCrossSiteBrowserWriteNeedsTheCsrfTokenEvenWithBasicCredentials() throws Exception {
        String village = """
                {"code": "VIL-X", "name": "新村", "kind": "VILLAGE", "lat": 36.7, "lon": 110.9}""";
        mvc.perform(post("/api/v1/members").with(httpBasic("coordinator", "pw")).header("Sec-Fetch-Site", "cross-site")
                        .contentType(MediaType.APPLICATION_JSON).content(village))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("missing or invalid CSRF token"));
        mvc.perform(post("/api/v1/members").with(httpBasic("coordinator", "pw")).header("Sec-Fetch-Site", "same-origin")
                .contentType(MediaType.APPLICATION_JSON).content(village)).andExpect(status().isCreated());
    }
}
