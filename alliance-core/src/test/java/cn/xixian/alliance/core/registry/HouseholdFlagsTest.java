package cn.xixian.alliance.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The poverty and demo flags: coordinators only (the poverty flag moves a household's sales to the front). */
@SpringBootTest
@AutoConfigureMockMvc
class HouseholdFlagsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    HouseholdService households;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private String body(String flags) {
        return """
                {"code": "HH-0001", "name": "张三", "villageId": "VIL-01", "cooperativeId": "COOP-001", "orchardAreaMu": 6%s}"""
                .formatted(flags);
    }

    @Test
    void aCooperativeCannotSetEitherFlagAndTheStoredOneStays() throws Exception {
        String id = fixtures.householdA.id(); // poverty-registered, not a demo household
        mvc.perform(put("/api/v1/households/" + id).with(httpBasic("coop-a", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content(body(", \"povertyRegistered\": false"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/households/" + id).with(httpBasic("coop-a", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content(body(", \"demoHousehold\": true"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/households").with(httpBasic("coop-a", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content(body(", \"povertyRegistered\": true").replace("HH-0001", "HH-0009")))
                .andExpect(status().isForbidden());
        assertThat(households.find(id).orElseThrow().povertyRegistered()).isTrue();
        assertThat(households.find(id).orElseThrow().demoHousehold()).isFalse();
        assertThat(households.findByCode("HH-0009")).isEmpty();

        // other fields stay theirs: leaving the flags out (or sending the stored value) keeps them
        mvc.perform(put("/api/v1/households/" + id).with(httpBasic("coop-a", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content(body(", \"povertyRegistered\": true"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.povertyRegistered").value(true)).andExpect(jsonPath("$.orchardAreaMu").value(6.0));
        mvc.perform(post("/api/v1/households").with(httpBasic("coop-a", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content(body("").replace("HH-0001", "HH-0010"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.povertyRegistered").value(false));
    }

    @Test
    void theCoordinatorSetsBoth() throws Exception {
        String id = fixtures.householdA.id();
        mvc.perform(put("/api/v1/households/" + id).with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content(body(", \"povertyRegistered\": false, \"demoHousehold\": true"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.povertyRegistered").value(false)).andExpect(jsonPath("$.demoHousehold").value(true));
        mvc.perform(post("/api/v1/households").with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content(body(", \"povertyRegistered\": true").replace("HH-0001", "HH-0011")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.povertyRegistered").value(true));
        assertThat(households.find(id).orElseThrow().demoHousehold()).isTrue();
    }
}
