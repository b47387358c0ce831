package cn.xixian.alliance.core.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotRequest;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.registry.Orchard;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
class ProcessingApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MemberService members;
    @Autowired
    HouseholdService households;
    @Autowired
    HarvestLotService harvestLots;

    Member processor;
    Household orchardHousehold;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        processor = members.create(new MemberRequest("PROC-01", "隰县果品加工厂1号", MemberKind.PROCESSOR, 36.70, 110.93,
                fixtures.village.id(), null, null));
        orchardHousehold = households.create(new HouseholdRequest("HH-0003", "王五", fixtures.village.id(),
                fixtures.coopA.id(), 4.0, true, false, null, null,
                List.of(new Orchard("HH-0003-1", 2.0, 36.70, 110.95), new Orchard("HH-0003-2", 2.0, 36.71, 110.95))));
    }

    private HarvestLot lot(Household household, String orchardCode, String kg) {
        return harvestLots.record(new HarvestLotRequest(household.cooperativeId(), household.id(), orchardCode,
                LocalDate.of(2026, 9, 12), new BigDecimal(kg), Grade.GRADE_1, null, null, null, null));
    }

    private ResultActions postRun(String json) throws Exception {
        return mvc.perform(post("/api/v1/grading-runs").with(httpBasic("coordinator", "pw"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String run(String processor, String inputs, String outputs, String loss) {
        return """
                {"processorId": "%s", "date": "2026-09-20", "inputs": [%s], "outputs": [%s], "lossKg": %s}"""
                .formatted(processor, inputs, outputs, loss);
    }

    @Test
    void aRunThatDoesNotBalanceToTheGramIsRefusedNamingTheFields() throws Exception {
        HarvestLot a = lot(fixtures.householdA, null, "500");
        postRun(run("PROC-01", "{\"harvestLotId\": \"%s\", \"weightKg\": 500}".formatted(a.id()),
                "{\"grade\": \"SPECIAL\", \"weightKg\": 200}, {\"grade\": \"GRADE_1\", \"weightKg\": 280}", "19.999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("inputs", "lossKg", "outputs")));
        postRun(run("PROC-01", "{\"harvestLotId\": \"nope\", \"weightKg\": 500}",
                "{\"grade\": \"SPECIAL\", \"weightKg\": 500}", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("inputs[0].harvestLotId"));
        postRun(run(fixtures.coopA.id(), "{\"harvestLotId\": \"%s\", \"weightKg\": 500}".formatted(a.id()),
                "{\"grade\": \"SPECIAL\", \"weightKg\": 500}", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("processorId"));
        postRun(run("PROC-01", "{\"harvestLotId\": \"%s\", \"weightKg\": 500}".formatted(a.id()),
                "{\"grade\": \"SPECIAL\", \"weightKg\": 500}", "0")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/grading-runs").with(httpBasic("coop-a", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void aGradedLotTracesBackToHarvestLotsHouseholdsAndOrchardsAndAHarvestLotForwardToGradedLots() throws Exception {
        HarvestLot a = lot(orchardHousehold, "HH-0003-2", "300.5");
        HarvestLot b = lot(fixtures.householdB, null, "200");
        String body = postRun(run("PROC-01",
                "{\"harvestLotId\": \"%s\", \"weightKg\": 300.5}, {\"harvestLotId\": \"%s\", \"weightKg\": 150}"
                        .formatted(a.id(), b.id()),
                "{\"grade\": \"SPECIAL\", \"weightKg\": 120.25, \"packageType\": \"5kg礼盒\", \"boxCount\": 24},"
                        + " {\"grade\": \"GRADE_2\", \"weightKg\": 310}", "20.25"))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.inputKg").value(450.5)).andExpect(jsonPath("$.lossKg").value(20.25))
                .andReturn().getResponse().getContentAsString();
        String runId = JsonPath.read(body, "$.id");
        String special = JsonPath.read(body, "$.outputs[0].gradedLotId");
        String grade2 = JsonPath.read(body, "$.outputs[1].gradedLotId");

        mvc.perform(get("/api/v1/lots/" + special + "/trace").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lotType").value("GRADED_LOT"))
                .andExpect(jsonPath("$.nodes[?(@.direction == 'UPSTREAM')].key").value(containsInAnyOrder(
                        "GRADING_RUN:" + runId, "HARVEST_LOT:" + a.id(), "HARVEST_LOT:" + b.id(),
                        "ORCHARD:HH-0003-2", "HOUSEHOLD:" + orchardHousehold.id(), "HOUSEHOLD:" + fixtures.householdB.id())))
                .andExpect(jsonPath("$.nodes[?(@.direction == 'DOWNSTREAM')]").isEmpty())
                .andExpect(jsonPath("$.edges[?(@.from == 'HARVEST_LOT:%s')].weightKg".formatted(b.id())).value(150))
                .andExpect(jsonPath("$.edges[?(@.to == 'HARVEST_LOT:%s')].from".formatted(a.id()))
                        .value(containsInAnyOrder("ORCHARD:HH-0003-2")))
                .andExpect(jsonPath("$.edges[?(@.to == 'ORCHARD:HH-0003-2')].from")
                        .value(containsInAnyOrder("HOUSEHOLD:" + orchardHousehold.id())));

        mvc.perform(get("/api/v1/lots/" + b.id() + "/trace").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.lotType").value("HARVEST_LOT"))
                .andExpect(jsonPath("$.nodes[?(@.direction == 'DOWNSTREAM')].key").value(containsInAnyOrder(
                        "GRADING_RUN:" + runId, "GRADED_LOT:" + special, "GRADED_LOT:" + grade2)))
                .andExpect(jsonPath("$.nodes[?(@.direction == 'UPSTREAM')].key")
                        .value(containsInAnyOrder("HOUSEHOLD:" + fixtures.householdB.id())))
                .andExpect(jsonPath("$.nodes[?(@.direction == 'SELF')].attributes.ungradedKg").value(50));
        mvc.perform(get("/api/v1/lots/unknown/trace").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aHarvestLotCannotBeGradedTwiceBeyondItsWeight() throws Exception {
        HarvestLot a = lot(fixtures.householdA, null, "100");
        HarvestLot b = lot(fixtures.householdB, null, "100");
        postRun(run("PROC-01", "{\"harvestLotId\": \"%s\", \"weightKg\": 60}".formatted(a.id()),
                "{\"grade\": \"GRADE_1\", \"weightKg\": 60}", "0")).andExpect(status().isCreated());
        // b is reserved first, then a has only 40 kg left: the run is refused and b's 30 kg are given back.
        postRun(run("PROC-01", "{\"harvestLotId\": \"%s\", \"weightKg\": 30}, {\"harvestLotId\": \"%s\", \"weightKg\": 41}"
                .formatted(b.id(), a.id()), "{\"grade\": \"GRADE_1\", \"weightKg\": 71}", "0"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/lots/" + b.id() + "/trace").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.nodes[0].attributes.ungradedKg").value(100))
                .andExpect(jsonPath("$.nodes[?(@.direction == 'DOWNSTREAM')]").isEmpty());
        mvc.perform(get("/api/v1/grading-runs").param("status", "REFUSED").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Autowired
    GradingRunService runs;

    @Test
    void runsRacingForOneLotNeverTakeMoreThanItWeighs() throws Exception {
        HarvestLot shared = lot(fixtures.householdA, null, "1000");
        int racers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    runs.record(new GradingRunRequest(processor.id(), LocalDate.of(2026, 9, 20),
                            List.of(new GradingRunRequest.Input(shared.id(), new BigDecimal("300"))),
                            List.of(new GradingRunRequest.Output(Grade.GRADE_1, new BigDecimal("300"), null, null)),
                            BigDecimal.ZERO, null, null));
                    return true;
                } catch (cn.xixian.alliance.core.web.ConflictException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int complete = 0;
        for (var r : results) {
            complete += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(complete).isEqualTo(3);
        assertThat(runs.remainingKg(harvestLots.get(shared.id()))).isEqualByComparingTo("100");
        assertThat(runs.search(processor.id(), GradingRunStatus.COMPLETE, org.springframework.data.domain.PageRequest.of(0, 50))
                .items().stream().mapToDouble(r -> r.inputKg().doubleValue()).sum()).isEqualTo(900.0);
    }

    @Autowired
    cn.xixian.alliance.core.processing.persistence.LotLedger ledger;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aRunCutOffWhileReservingGivesItsKilogramsBack() {
        HarvestLot lot = lot(fixtures.householdA, null, "100");
        var cutOff = new cn.xixian.alliance.core.processing.persistence.GradingRunDocument("run-cut-off", processor.id(),
                LocalDate.of(2026, 9, 20), List.of(new cn.xixian.alliance.core.processing.persistence.GradingRunDocument
                        .Input(lot.id(), fixtures.householdA.id(), fixtures.coopA.id(), 70_000)),
                List.of(new cn.xixian.alliance.core.processing.persistence.GradingRunDocument.Output("gl-1", Grade.GRADE_1,
                        70_000, null, null)), 0, "CUT-OFF", null,
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)), "coordinator");
        mongo.insert(cutOff);
        assertThat(ledger.reserve(lot.id(), 100_000, "run-cut-off", 70_000)).isTrue();
        assertThat(runs.remainingKg(lot)).isEqualByComparingTo("30");

        runs.recoverAbandoned();

        assertThat(runs.remainingKg(lot)).isEqualByComparingTo("100");
        assertThat(runs.get("run-cut-off").status()).isEqualTo(GradingRunStatus.REFUSED);
    }
}
