package cn.xixian.alliance.logistics.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.logistics.LogisticsFixtures;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class FleetApiTest {

    static final String VAN = """
            {"code": "党员先锋号-01", "plate": "晋L·A1234", "capacityKg": 3500, "refrigerated": true}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    LogisticsFixtures fixtures;
    @Autowired
    FleetService fleet;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "pw")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aDispatcherRegistersAVanAtTheCountyDepotAndADuplicateCodeIsAConflict() throws Exception {
        String body = send(post("/api/v1/vans"), "dispatcher", VAN)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/vans/")))
                .andExpect(jsonPath("$.code").value("党员先锋号-01"))
                .andExpect(jsonPath("$.capacityKg").value(3500))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.depot.lat").value(36.693))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/vans/" + id).with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.plate").value("晋L·A1234"));
        mvc.perform(get("/api/v1/vans").param("refrigerated", "true").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));

        send(post("/api/v1/vans"), "coordinator", VAN.replace("A1234", "B5678")).andExpect(status().isConflict());
        send(post("/api/v1/vans"), "coordinator", VAN.replace("-01", "-02")).andExpect(status().isConflict());
        assertThat(fleet.vans()).hasSize(1);
    }

    @Test
    void badVansNameEveryBadField() throws Exception {
        send(post("/api/v1/vans"), "dispatcher", """
                {"code": "bad code!", "plate": "ABC", "capacityKg": 0, "depot": {"name": "x", "lat": 95, "lon": 0}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "plate", "capacityKg",
                        "depot")));
        send(post("/api/v1/vans"), "dispatcher", VAN.replace("3500", "-5"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("capacityKg"));
    }

    @Test
    void driversNameVansTheyMayDriveAndBadShiftsOrUnknownVansAreRefused() throws Exception {
        Van van = fleet.createVan(new VanRequest("党员先锋号-01", "晋L·A1234", new java.math.BigDecimal("2000"), false,
                null, null));
        String driver = """
                {"code": "DRV-01", "name": "王建国", "phone": "13512345678", "licenceClass": "C1",
                 "shiftStart": "07:00", "shiftEnd": "17:00", "maxShiftHours": 9, "vanIds": ["党员先锋号-01"],
                 "partyMember": true}""";
        send(post("/api/v1/drivers"), "dispatcher", driver)
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.vanIds[0]").value(van.id()))
                .andExpect(jsonPath("$.shiftStart").value("07:00:00"));
        mvc.perform(get("/api/v1/drivers").param("vanId", van.id()).with(httpBasic("dispatcher", "pw")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].name").value("王建国"));
        assertThat(fleet.driversFor(van.id())).extracting(Driver::code).containsExactly("DRV-01");
        send(post("/api/v1/drivers"), "dispatcher", driver).andExpect(status().isConflict());

        send(post("/api/v1/drivers"), "dispatcher", """
                {"code": "DRV-02", "name": "李秀英", "phone": "13512345679", "licenceClass": "Z9",
                 "shiftStart": "17:00", "shiftEnd": "07:00", "vanIds": ["党员先锋号-01", "no-such-van"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("licenceClass", "shiftEnd",
                        "vanIds[1]")));
        send(post("/api/v1/drivers"), "dispatcher", driver.replace("DRV-01", "DRV-03").replace("\"maxShiftHours\": 9",
                "\"maxShiftHours\": 12"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("maxShiftHours"));
    }

    @Test
    void cooperativeUsersMayNotWriteTheFleet() throws Exception {
        send(post("/api/v1/vans"), "coop", VAN).andExpect(status().isForbidden());
        send(post("/api/v1/drivers"), "coop", "{}").andExpect(status().isForbidden());
        assertThat(fleet.vans()).isEmpty();
    }

    @Test
    void aBrokenDownVanLeavesTheActiveFleetOnce() {
        Van van = fleet.createVan(new VanRequest("党员先锋号-07", "晋L·C7777", new java.math.BigDecimal("1500"), true,
                null, null));
        Van broken = fleet.markBrokenDown(van.code());
        assertThat(broken.active()).isFalse();
        assertThat(broken.brokenDownAt()).isNotNull();
        assertThat(fleet.activeVans()).isEmpty();
        assertThat(fleet.markBrokenDown(van.id()).brokenDownAt()).isEqualTo(broken.brokenDownAt());
        assertThat(fleet.markInService(van.id()).active()).isTrue();
    }
}
