package cn.xixian.alliance.core.registry;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class RegistryApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String user, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "pw")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void coordinatorCreatesAMemberWithItsPartyBranchAndFindsItByNameOrCode() throws Exception {
        String station = """
                {"code": "STN-900", "name": "城南村农村电商服务站", "kind": "SERVICE_STATION", "lat": 36.70, "lon": 110.93,
                 "villageId": "VIL-01", "contact": {"person": "王建国", "phone": "13512345678"},
                 "partyBranch": {"name": "服务站党支部", "secretary": "李秀英", "members": ["张三", "李四"]}}""";
        send(post("/api/v1/members"), "coordinator", station)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.villageId").value(fixtures.village.id()))
                .andExpect(jsonPath("$.partyBranch.secretary").value("李秀英"));
        mvc.perform(get("/api/v1/members").param("q", "电商服务").with(httpBasic("coop-a", "pw")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].code").value("STN-900"));
        mvc.perform(get("/api/v1/members").param("kind", "COOPERATIVE").with(httpBasic("coop-a", "pw")))
                .andExpect(jsonPath("$.total").value(2));
        send(post("/api/v1/members"), "coordinator", station).andExpect(status().isConflict());
    }

    @Test
    void invalidMembersNameEveryBadField() throws Exception {
        send(post("/api/v1/members"), "coordinator", """
                {"code": "bad code!", "kind": "PLANET", "lat": 95, "lon": 110.9}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        send(post("/api/v1/members"), "coordinator", """
                {"code": "bad code!", "kind": "VILLAGE", "lat": 95, "contact": {"phone": "call me"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name", "lat", "lon", "contact.phone")));
        send(post("/api/v1/members"), "coordinator", """
                {"code": "C-9", "name": "x", "kind": "COOPERATIVE", "lat": 36.7, "lon": 110.9, "villageId": "nowhere"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("villageId"));
    }

    @Test
    void onlyCoordinatorsChangeTheRegister() throws Exception {
        String village = """
                {"code": "VIL-99", "name": "新村", "kind": "VILLAGE", "lat": 36.7, "lon": 110.9}""";
        send(post("/api/v1/members"), "coop-a", village).andExpect(status().isForbidden());
        send(put("/api/v1/members/" + fixtures.village.id()), "coordinator", """
                {"code": "VIL-01", "name": "城南新村", "kind": "VILLAGE", "lat": 36.7, "lon": 110.9}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("城南新村"));
        mvc.perform(get("/api/v1/members/nope").with(httpBasic("coordinator", "pw"))).andExpect(status().isNotFound());
    }

    @Test
    void householdsAreConfinedToTheCallersCooperative() throws Exception {
        String household = """
                {"code": "HH-0100", "name": "赵六", "villageId": "%s", "cooperativeId": "%s", "orchardAreaMu": 6.5,
                 "povertyRegistered": true, "orchards": [{"code": "HH-0100-1", "areaMu": 6.5}]}""";
        // the poverty flag is the coordinators' (HouseholdFlagsTest); without it the cooperative records its own
        send(post("/api/v1/households"), "coop-a", household.formatted(fixtures.village.id(), fixtures.coopA.id()))
                .andExpect(status().isForbidden());
        String unflagged = household.replace("\"povertyRegistered\": true, ", "");
        send(post("/api/v1/households"), "coop-a", unflagged.formatted(fixtures.village.id(), fixtures.coopA.id()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.povertyRegistered").value(false));
        send(post("/api/v1/households"), "coop-a", unflagged.formatted(fixtures.village.id(), fixtures.coopB.id()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/households").with(httpBasic("coop-a", "pw")))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/households/" + fixtures.householdB.id()).with(httpBasic("coop-a", "pw")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/households").param("povertyRegistered", "true").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.total").value(1));
        send(post("/api/v1/households"), "coordinator", """
                {"name": "", "villageId": "x", "cooperativeId": "y", "orchardAreaMu": -1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "orchardAreaMu")));
    }

    @Test
    void techniciansAndJointMeetingsAreKept() throws Exception {
        send(post("/api/v1/technicians"), "coordinator", """
                {"code": "TECH-001", "name": "郭志刚", "specialty": "整形修剪", "partyMember": true, "villageIds": ["%s"]}"""
                .formatted(fixtures.village.id()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNotEmpty());
        send(post("/api/v1/joint-meetings"), "coordinator", """
                {"date": "2026-03-01", "title": "第1次联席会议", "attendeeMemberIds": ["%s"],
                 "matters": [{"title": "统一采购有机肥", "ownerMemberId": "%s", "status": "AGREED"}]}"""
                .formatted(fixtures.coopA.id(), fixtures.coopA.id()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.matters[0].status").value("AGREED"));
        send(post("/api/v1/joint-meetings"), "coordinator", """
                {"date": "2026-03-01", "title": "x", "matters": [{"title": "y", "status": "MAYBE"}]}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("matters[0].status"));
        mvc.perform(get("/api/v1/joint-meetings").param("year", "2026").with(httpBasic("coop-a", "pw")))
                .andExpect(jsonPath("$.total").value(1));
    }
}
