package cn.xixian.alliance.core.redorder;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.xixian.alliance.core.redorder.batch.SeasonParameters;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class RedOrderApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JobExplorer jobExplorer;
    @Autowired
    TestFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "pw")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String contract(String user, String householdId) throws Exception {
        String body = send(post("/api/v1/red-orders"), user, """
                {"householdId": "%s", "season": 2026, "priceRule": "FLOOR",
                 "lines": [{"grade": "GRADE_1", "contractedKg": 2000, "floorPricePerKg": "6.00"}]}""".formatted(householdId))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/red-orders/")))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.lines[0].floorPricePerKg").value("6.00"))
                .andExpect(jsonPath("$.lines[0].contractedKg").value(2000))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aCooperativeRunsItsHouseholdsContractToSettlementWithMoneyAsStrings() throws Exception {
        String id = contract("coop-a", fixtures.householdA.id());
        send(post("/api/v1/red-orders/" + id + "/advances"), "coop-a", """
                {"item": "fertiliser", "amount": "300.00", "date": "2026-03-01"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.advances[0].amount").value("300.00"));
        send(post("/api/v1/red-orders/" + id + "/settle"), "coop-a", "")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("cannot settle before any delivery"));
        send(post("/api/v1/red-orders/" + id + "/deliveries"), "coop-a", """
                {"grade": "GRADE_1", "weightKg": 1000, "date": "2026-09-20"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.lines[0].deliveredKg").value(1000));
        send(post("/api/v1/red-orders/" + id + "/settle"), "coop-a", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SETTLED"))
                .andExpect(jsonPath("$.gross").value("6000.00"))
                .andExpect(jsonPath("$.net").value("5700.00"));
        mvc.perform(get("/api/v1/red-orders/" + id + "/statement").with(httpBasic("coop-a", "pw")))
                .andExpect(jsonPath("$.deliveredKg").value(1000))
                .andExpect(jsonPath("$.advances").value("300.00"))
                .andExpect(jsonPath("$.lines[0].amount").value("6000.00"));
        mvc.perform(get("/api/v1/households/" + fixtures.householdA.id() + "/statements").with(httpBasic("coop-a", "pw")))
                .andExpect(jsonPath("$[0].net").value("5700.00"));
        mvc.perform(get("/api/v1/red-orders").param("season", "2026").param("status", "SETTLED")
                .with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        send(post("/api/v1/red-orders/" + id + "/deliveries"), "coop-a", """
                {"grade": "GRADE_1", "weightKg": 1, "date": "2026-09-21"}""")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("SETTLED")));
    }

    @Test
    void retriedRequestsWithTheClientsKeysAnswerWithWhatTheFirstRecorded() throws Exception {
        String signing = """
                {"householdId": "%s", "season": 2026, "priceRule": "FLOOR", "externalRef": "ERP-7",
                 "lines": [{"grade": "GRADE_1", "contractedKg": 2000, "floorPricePerKg": "6.00"}]}""".formatted(fixtures.householdA.id());
        String id = JsonPath.read(send(post("/api/v1/red-orders"), "coop-a", signing).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        send(post("/api/v1/red-orders"), "coop-a", signing).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        String advance = """
                {"item": "fertiliser", "amount": "300.00", "date": "2026-03-01", "ref": "ADV-1"}""";
        send(post("/api/v1/red-orders/" + id + "/advances"), "coop-a", advance).andExpect(status().isOk());
        send(post("/api/v1/red-orders/" + id + "/advances"), "coop-a", advance).andExpect(status().isOk())
                .andExpect(jsonPath("$.advances.length()").value(1));
        String delivery = """
                {"grade": "GRADE_1", "weightKg": 120, "date": "2026-09-12", "ref": "SCALE-1"}""";
        send(post("/api/v1/red-orders/" + id + "/deliveries"), "coop-a", delivery).andExpect(status().isOk());
        send(post("/api/v1/red-orders/" + id + "/deliveries"), "coop-a", delivery).andExpect(status().isOk())
                .andExpect(jsonPath("$.deliveries.length()").value(1));
        send(post("/api/v1/red-orders/" + id + "/cancel"), "coop-a", "").andExpect(status().isConflict());
    }

    @Test
    void anotherCooperativesContractsAndStatementsAreForbidden() throws Exception {
        String id = contract("coordinator", fixtures.householdA.id());
        mvc.perform(get("/api/v1/red-orders/" + id).with(httpBasic("coop-b", "pw"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/red-orders/" + id + "/statement").with(httpBasic("coop-b", "pw")))
                .andExpect(status().isForbidden());
        send(post("/api/v1/red-orders/" + id + "/cancel"), "coop-b", "").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/households/" + fixtures.householdA.id() + "/statements").with(httpBasic("coop-b", "pw")))
                .andExpect(status().isForbidden());
        send(post("/api/v1/red-orders"), "coop-b", """
                {"householdId": "%s", "season": 2026, "priceRule": "FLOOR",
                 "lines": [{"grade": "GRADE_1", "contractedKg": 10, "floorPricePerKg": "6.00"}]}"""
                .formatted(fixtures.householdA.id())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/red-orders").param("cooperativeId", fixtures.coopA.id()).with(httpBasic("coop-b", "pw")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/red-orders").with(httpBasic("coop-b", "pw"))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/red-orders").with(httpBasic("dispatcher", "pw"))).andExpect(status().isForbidden());
    }

    @Test
    void badContractsAndDeliveriesNameTheirFields() throws Exception {
        send(post("/api/v1/red-orders"), "coordinator", """
                {"season": 1999, "lines": [{"contractedKg": -5, "floorPricePerKg": "6.001"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("householdId", "season", "priceRule",
                        "lines[0].grade", "lines[0].contractedKg", "lines[0].floorPricePerKg")));
        send(post("/api/v1/red-orders"), "coordinator", """
                {"householdId": "%s", "season": 2026, "priceRule": "MARKET_PLUS_PREMIUM",
                 "lines": [{"grade": "SPECIAL", "contractedKg": 10}, {"grade": "SPECIAL", "contractedKg": 5, "premiumPerKg": "0.50"}]}"""
                .formatted(fixtures.householdA.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("lines[0].premiumPerKg", "lines[1].grade")));
        String id = contract("coordinator", fixtures.householdA.id());
        send(post("/api/v1/red-orders/" + id + "/deliveries"), "coordinator", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("grade", "weightKg", "date")));
        send(post("/api/v1/red-orders/" + id + "/deliveries"), "coordinator", """
                {"harvestLotId": "nope"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("harvestLotId"));
        send(post("/api/v1/red-orders/" + id + "/advances"), "coordinator", """
                {"item": "", "amount": "12.345"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("item", "amount", "date")));
        mvc.perform(get("/api/v1/red-orders/000000000000000000000000").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isNotFound());
    }

    @Test
    void marketPricesDriveMarketPlusPremiumContracts() throws Exception {
        send(put("/api/v1/market-prices/2026"), "coop-a", """
                {"pricesPerKg": {"GRADE_1": "7.20"}}""").andExpect(status().isForbidden());
        send(put("/api/v1/market-prices/2026"), "coordinator", """
                {"pricesPerKg": {"GRADE_1": "7.20", "SPECIAL": "9.6"}}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.pricesPerKg.SPECIAL").value("9.60"));
        String body = send(post("/api/v1/red-orders"), "coop-a", """
                {"householdId": "HH-0001", "season": 2026, "priceRule": "MARKET_PLUS_PREMIUM",
                 "lines": [{"grade": "GRADE_1", "contractedKg": 100, "premiumPerKg": "0.35"}]}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        send(post("/api/v1/red-orders/" + id + "/deliveries"), "coop-a", """
                {"grade": "GRADE_1", "weightKg": 80.25, "date": "2026-09-20"}""").andExpect(status().isOk());
        mvc.perform(get("/api/v1/red-orders/" + id + "/statement").with(httpBasic("coop-a", "pw")))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.lines[0].pricePerKg").value("7.55"))
                .andExpect(jsonPath("$.gross").value("605.89")); // 80.25 × 7.55 = 605.8875
        mvc.perform(get("/api/v1/market-prices/2025").with(httpBasic("coop-a", "pw"))).andExpect(status().isNotFound());
    }

    @Autowired
    RedOrderBookings bookings;

    @Test
    void bookingsCanBeLookedUpByReference() throws Exception {
        contract("coordinator", fixtures.householdA.id());
        bookings.book("TAOBAO-01/9/0", cn.xixian.alliance.core.grading.Grade.GRADE_1, new java.math.BigDecimal("12.5"), 2026);
        mvc.perform(get("/api/v1/red-orders/bookings").param("ref", "TAOBAO-01/9/0").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bookings[0].householdId").value(fixtures.householdA.id()))
                .andExpect(jsonPath("$.bookings[0].weightKg").value(12.5));
        mvc.perform(get("/api/v1/red-orders/bookings").param("ref", "nope").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/red-orders/bookings").param("ref", "TAOBAO-01/9/0").with(httpBasic("coop-a", "pw")))
                .andExpect(status().isForbidden());
    }

    @Test
    void coordinatorsStartTriggerableJobsAndFollowThem() throws Exception {
        String location = send(post("/api/v1/jobs/seasonReportJob").param("season", "2026"), "coordinator", "")
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/v1/jobs/seasonReportJob/executions/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.status").isString())
                .andReturn().getResponse().getHeader("Location");
        awaitStatus(location, "COMPLETED");
        mvc.perform(get(location).with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.steps[*].name", containsInAnyOrder("collectSeasonIncome", "summariseSeason")));
        mvc.perform(get("/api/v1/red-orders/season-reports/2026").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.all.householdsReached").value(0))
                .andExpect(jsonPath("$.all.gross").value("0.00"));
        // a snapshot: the same season and day runs again (a new instance), reporting settlements made since
        String again = send(post("/api/v1/jobs/seasonReportJob").param("season", "2026"), "coordinator", "")
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(again).isNotEqualTo(location);
        awaitEnd(again);
        send(post("/api/v1/jobs/seasonReportJob"), "coordinator", "{\"season\": \"next\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("season"));
        send(post("/api/v1/jobs/harvestImportJob"), "coordinator", "").andExpect(status().isNotFound());
        send(post("/api/v1/jobs/seasonReportJob").param("season", "2026"), "coop-a", "").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/jobs/redOrderSettlementJob/executions/999999").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aJobExecutionACrashLeftStartedIsRestartedAndTheSettlementRunsOnce() throws Exception {
        Map<String, String> request = Map.of("season", "2031", "asOf", "2031-01-15");
        JobExecution crashed = jobRepository.createJobExecution("redOrderSettlementJob", SeasonParameters.of(request));
        crashed.setStatus(BatchStatus.STARTED); // the process running it died: STARTED, but running nowhere
        crashed.setStartTime(LocalDateTime.now());
        jobRepository.update(crashed);

        String location = send(post("/api/v1/jobs/redOrderSettlementJob").param("season", "2031").param("asOf", "2031-01-15"),
                "coordinator", "").andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(location).doesNotEndWith("/" + crashed.getId());
        assertThat(awaitEnd(location)).isEqualTo("COMPLETED");
        assertThat(jobExplorer.getJobExecution(crashed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jobExplorer.getJobInstances("redOrderSettlementJob", 0, 100).stream()
                .filter(i -> i.getInstanceId() == crashed.getJobInstance().getInstanceId())).hasSize(1);
        // the settlement keeps its identity: the completed run is not run again
        send(post("/api/v1/jobs/redOrderSettlementJob").param("season", "2031").param("asOf", "2031-01-15"), "coordinator", "")
                .andExpect(status().isConflict());
    }

    private String awaitEnd(String location) {
        return awaitStatus(location, "COMPLETED", "FAILED");
    }

    private String awaitStatus(String location, String... ends) {
        return await("job at " + location).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> JsonPath.<String>read(mvc.perform(get(location).with(httpBasic("coordinator", "pw")))
                        .andReturn().getResponse().getContentAsString(), "$.status"), s -> List.of(ends).contains(s));
    }
}
