package cn.xixian.alliance.core.technical;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Orchard;
import cn.xixian.alliance.core.registry.Technician;
import cn.xixian.alliance.core.registry.TechnicianService;
import java.util.List;
import org.hamcrest.Matchers;
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
class TechnicalApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    TechnicianService technicians;
    @Autowired
    HouseholdService households;

    Technician tech1;
    Technician tech2;
    Household householdC;
    String contract;
    @Autowired
    cn.xixian.alliance.core.redorder.RedOrderService redOrders;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        tech1 = technicians.create(new Technician(null, "TECH-001", "赵技术", null, "病虫害防治", true, List.of()));
        tech2 = technicians.create(new Technician(null, "TECH-002", "钱技术", null, "整形修剪", true, List.of()));
        householdC = households.create(new HouseholdRequest("HH-0003", "王五", fixtures.village.id(), fixtures.coopA.id(),
                4.0, true, true, tech1.id(), null, List.of(new Orchard("HH-0003-1", 4.0, 36.7, 110.95))));
        contract = redOrders.create(new cn.xixian.alliance.core.redorder.NewRedOrder(householdC.id(), null, null, 2026,
                cn.xixian.alliance.core.redorder.PriceRule.FLOOR, List.of(new cn.xixian.alliance.core.redorder.NewRedOrder
                        .LineRequest(cn.xixian.alliance.core.grading.Grade.GRADE_1, new java.math.BigDecimal("2000"),
                        new java.math.BigDecimal("6.00"), null)))).id();
    }

    private ResultActions post(String path, String user, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, "pw")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String training(String date, String technicians, String... households) {
        return """
                {"topic": "疏花疏果", "date": "%s", "technicianIds": [%s], "attendeeHouseholdIds": ["%s"]}"""
                .formatted(date, technicians, String.join("\", \"", households));
    }

    private String visit(Household household, String technician, String date, String orchard) {
        return visit(household, technician, date, orchard, contract);
    }

    private String visit(Household household, String technician, String date, String orchard, String redOrderId) {
        return """
                {"householdId": "%s", "technicianId": "%s", "date": "%s", "orchardCode": %s,
                 "findings": "梨木虱若虫密度偏高", "advice": "花后7天喷施阿维菌素", "redOrderId": %s}"""
                .formatted(household.id(), technician, date, orchard == null ? "null" : "\"" + orchard + "\"",
                        redOrderId == null ? "null" : "\"" + redOrderId + "\"");
    }

    @Test
    void trainingsAndVisitsAreCountedPerSeason() throws Exception {
        String t1 = "\"%s\"".formatted(tech1.id());
        String both = "\"%s\", \"%s\"".formatted(tech1.id(), tech2.id());
        post("/api/v1/trainings", "coordinator", training("2026-04-10", t1, fixtures.householdA.id(),
                fixtures.householdB.id())).andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.season").value(2026)).andExpect(jsonPath("$.attendeeCount").value(2));
        post("/api/v1/trainings", "coordinator", training("2026-05-10", both, fixtures.householdA.id(),
                fixtures.householdA.id())).andExpect(status().isCreated()).andExpect(jsonPath("$.attendeeCount").value(1));
        post("/api/v1/trainings", "coordinator", training("2025-05-10", t1, householdC.id()))
                .andExpect(status().isCreated());
        post("/api/v1/field-visits", "coordinator", visit(householdC, tech2.id(), "2026-06-01", "HH-0003-1"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.redOrderId").value(contract));
        post("/api/v1/field-visits", "coop-a", visit(householdC, tech1.id(), "2026-07-01", null))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/technical/seasons/2026").with(httpBasic("coop-a", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trainings").value(2))
                .andExpect(jsonPath("$.attendances").value(3))
                .andExpect(jsonPath("$.distinctAttendees").value(2))
                .andExpect(jsonPath("$.fieldVisits").value(2))
                .andExpect(jsonPath("$.visitedHouseholds").value(1))
                .andExpect(jsonPath("$.visitsOnRedOrders").value(2))
                .andExpect(jsonPath("$.householdsReached").value(3))
                .andExpect(jsonPath("$.techniciansActive").value(2));
        mvc.perform(get("/api/v1/trainings").param("season", "2026").param("householdId", fixtures.householdB.id())
                .with(httpBasic("coordinator", "pw"))).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/field-visits").with(httpBasic("coop-b", "pw"))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/field-visits").with(httpBasic("coop-a", "pw"))).andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void badReferencesAreNamedAndOtherCooperativesHouseholdsAreRefused() throws Exception {
        post("/api/v1/field-visits", "coop-b", visit(householdC, tech1.id(), "2026-06-01", null))
                .andExpect(status().isForbidden());
        post("/api/v1/field-visits", "coordinator", visit(householdC, "nobody", "2026-06-01", "HH-9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("technicianId", "orchardCode")));
        post("/api/v1/trainings", "coordinator", training("2026-04-10", "\"nobody\"", "ghost"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("technicianIds[0]",
                        "attendeeHouseholdIds[0]")));
        post("/api/v1/trainings", "coop-a", training("2026-04-10", "\"%s\"".formatted(tech1.id()),
                fixtures.householdA.id())).andExpect(status().isForbidden());
        post("/api/v1/trainings", "coordinator", "{\"topic\": \"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("topic", "date", "technicianIds")));
    }

    @Test
    void aVisitOnARedOrderIsRecordedOnTheContractAndOnlyAnActiveContractAcceptsIt() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(post("/api/v1/field-visits", "coop-a",
                visit(householdC, tech1.id(), "2026-06-01", null)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        org.assertj.core.api.Assertions.assertThat(redOrders.get(contract).history())
                .anyMatch(e -> e.event().equals("GUIDANCE_VISIT") && e.detail().contains(id));
        post("/api/v1/field-visits", "coordinator", visit(fixtures.householdA, tech1.id(), "2026-06-01", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("redOrderId"));
        post("/api/v1/field-visits", "coordinator", visit(householdC, tech1.id(), "2026-06-01", null, "nope"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("redOrderId"));
        redOrders.cancel(contract, "household moved away");
        post("/api/v1/field-visits", "coordinator", visit(householdC, tech1.id(), "2026-06-02", null))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/field-visits").param("redOrderId", contract).with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aVisitNamesItsHouseholdByIdOrCode() throws Exception {
        post("/api/v1/field-visits", "coop-a", visit(householdC, tech1.id(), "2026-06-01", "HH-0003-1")
                .replace(householdC.id(), "HH-0003")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.householdId").value(householdC.id()));
        post("/api/v1/field-visits", "coop-b", visit(householdC, tech1.id(), "2026-06-01", null)
                .replace(householdC.id(), "HH-0003")).andExpect(status().isForbidden());
        post("/api/v1/field-visits", "coordinator", visit(householdC, tech1.id(), "2026-06-01", null)
                .replace(householdC.id(), "HH-9999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("householdId"));
    }

    @Test
    void aCooperativeUserCannotListTrainingsOfAnotherCooperativesHousehold() throws Exception {
        post("/api/v1/trainings", "coordinator", training("2026-04-10", "\"%s\"".formatted(tech1.id()),
                fixtures.householdA.id(), fixtures.householdB.id())).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/trainings").param("householdId", fixtures.householdB.id())
                .with(httpBasic("coop-a", "pw"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/trainings").param("householdId", "HH-0002")
                .with(httpBasic("coop-a", "pw"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/trainings").param("householdId", fixtures.householdA.id())
                .with(httpBasic("coop-a", "pw"))).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/trainings").param("householdId", "HH-0002")
                .with(httpBasic("coop-b", "pw"))).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    }

    /** Issue 16 item 13: a cooperative sees its own households among a training's attendees, not others'. */
    @Test
    void aTrainingShowsACooperativeOnlyItsOwnAttendees() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(post("/api/v1/trainings", "coordinator", training("2026-04-10",
                "\"%s\"".formatted(tech1.id()), fixtures.householdA.id(), fixtures.householdB.id()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/trainings/" + id).with(httpBasic("coop-a", "pw"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.attendeeHouseholdIds").value(org.hamcrest.Matchers.contains(fixtures.householdA.id())))
                .andExpect(jsonPath("$.attendeeCount").value(2));
        mvc.perform(get("/api/v1/trainings").with(httpBasic("coop-b", "pw"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].attendeeHouseholdIds").value(
                        org.hamcrest.Matchers.contains(fixtures.householdB.id())));
        mvc.perform(get("/api/v1/trainings/" + id).with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.attendeeHouseholdIds.length()").value(2));
    }

    private long guidanceEntries(String visitId) {
        return redOrders.get(contract).history().stream()
                .filter(e -> e.event().equals("GUIDANCE_VISIT") && e.detail().contains(visitId)).count();
    }

    @Test
    void aRetriedVisitWithItsExternalRefAnswersWithTheFirstAndIsOnTheContractOnce() throws Exception {
        String json = visit(householdC, tech1.id(), "2026-06-01", null).replace("}", ", \"externalRef\": \"APP-7\"}");
        String first = com.jayway.jsonpath.JsonPath.read(post("/api/v1/field-visits", "coop-a", json)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.externalRef").value("APP-7"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        post("/api/v1/field-visits", "coop-a", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(first));
        mvc.perform(get("/api/v1/field-visits").param("householdId", householdC.id()).with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.total").value(1));
        org.assertj.core.api.Assertions.assertThat(guidanceEntries(first)).isEqualTo(1);
    }

    @Test
    void aVisitRefIsScopedToTheHouseholdsCooperative() {
        org.assertj.core.api.Assertions.assertThat(TechnicalService.visitIdOf("coop-1", tech1.id(), "APP-9"))
                .isNotEqualTo(TechnicalService.visitIdOf("coop-2", tech1.id(), "APP-9"));
    }

    @Test
    void aVisitCutOffAfterItsContractEntryIsStoredOnRetryWithoutASecondEntry() throws Exception {
        // The crash case: the contract already lists the visit (recorded first), the visit itself was never stored.
        String visitId = TechnicalService.visitIdOf(householdC.cooperativeId(), tech1.id(), "APP-8");
        redOrders.recordGuidanceVisit(contract, visitId, java.time.LocalDate.of(2026, 6, 1), tech1.id());
        redOrders.cancel(contract, "household moved away");
        post("/api/v1/field-visits", "coordinator", visit(householdC, tech1.id(), "2026-06-01", null)
                .replace("}", ", \"externalRef\": \"APP-8\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(visitId)).andExpect(jsonPath("$.redOrderId").value(contract));
        org.assertj.core.api.Assertions.assertThat(guidanceEntries(visitId)).isEqualTo(1);
        // A new visit on the cancelled contract is still refused, and nothing is stored for it.
        post("/api/v1/field-visits", "coordinator", visit(householdC, tech1.id(), "2026-06-02", null)
                .replace("}", ", \"externalRef\": \"APP-9\"}")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/field-visits").param("redOrderId", contract).with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.total").value(1));
    }
}
