package cn.xixian.alliance.core.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Members per kind and households (poverty-registered apart) in all and per cooperative. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryCountApiTest {

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

    @Test
    void countsMembersPerKindAndHouseholdsPerCooperative() throws Exception {
        households.create(new HouseholdRequest("HH-0003", "王五", fixtures.village.id(), fixtures.coopA.id(), 2.0, true,
                false, null, null, null));
        households.create(new HouseholdRequest("HH-0004", "赵六", fixtures.village.id(), fixtures.coopA.id(), 2.0, false,
                false, null, null, null));
        String coopA = fixtures.coopA.id();
        mvc.perform(get("/api/v1/registry/counts").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.membersByKind.VILLAGE").value(1))
                .andExpect(jsonPath("$.membersByKind.COOPERATIVE").value(2))
                .andExpect(jsonPath("$.membersByKind.PROCESSOR").value(0))
                .andExpect(jsonPath("$.households").value(4))
                .andExpect(jsonPath("$.povertyRegisteredHouseholds").value(2))
                .andExpect(jsonPath("$.householdsByCooperative." + coopA + ".households").value(3))
                .andExpect(jsonPath("$.householdsByCooperative." + coopA + ".povertyRegistered").value(2))
                .andExpect(jsonPath("$.householdsByCooperative." + fixtures.coopB.id() + ".povertyRegistered").value(0));
        mvc.perform(get("/api/v1/registry/counts").with(httpBasic("coop-a", "pw"))).andExpect(status().isForbidden());
    }
}
