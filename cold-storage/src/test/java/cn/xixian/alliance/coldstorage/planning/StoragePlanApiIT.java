package cn.xixian.alliance.coldstorage.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.coldstorage.coldstore.ChamberRequest;
import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreRequest;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.Receipt;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import cn.xixian.alliance.core.solving.SolveRunner;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class StoragePlanApiIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MongoTemplate mongo;
    @Autowired MemberService members;
    @Autowired UserAccountService users;
    @Autowired ColdStoreService stores;
    @Autowired StockService stock;
    @Autowired TransportRequestService transport;
    @Autowired SolveRunner<AssignmentPlan> interrupted;

    Member coopA;
    Member coopB;
    Map<String, ChamberState> chambers = new HashMap<>();

    @BeforeEach
    void setUp() {
        mongo.getDb().listCollectionNames().forEach(name -> {
            if (!name.startsWith("system.")) {
                mongo.getCollection(name).deleteMany(new org.bson.Document());
            }
        });
        users.save("coordinator", users.hash("pw"), Set.of(Role.COORDINATOR), null);
        coopA = members.create(new MemberRequest("COOP-001", "城南合作社", MemberKind.COOPERATIVE, 36.70, 110.95, null, null, null));
        coopB = members.create(new MemberRequest("COOP-002", "城北合作社", MemberKind.COOPERATIVE, 36.80, 110.90, null, null, null));
        Member owner = members.create(new MemberRequest("PROC-01", "加工厂", MemberKind.PROCESSOR, 36.68, 110.93, null, null, null));
        stores.create(new ColdStoreRequest("NEAR", "近库", owner.id(), 36.71, 110.95, List.of(
                chamber("C1", "10", -0.5), chamber("C2", "10", 3.0))));
        stores.create(new ColdStoreRequest("FAR", "远库", owner.id(), 36.90, 110.70, List.of(chamber("C1", "20", 0.0))));
        stores.chambers().forEach(c -> chambers.put(c.storeCode() + "/" + c.chamberCode(), c));
    }

    private static ChamberRequest chamber(String code, String tonnes, double tempC) {
        return new ChamberRequest(code, new BigDecimal(tonnes), tempC, 90.0, new BigDecimal("0.80"),
                new BigDecimal("6000.00"), null);
    }

    private String lots(int count, String coop, String grade, int kg) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(s.isEmpty() ? "" : ",").append("""
                    {"lotRef": "%s-%s-%d", "cooperativeId": "%s", "grade": "%s", "weightKg": %d}"""
                    .formatted(coop, grade, i, coop, grade, kg));
        }
        return s.toString();
    }

    private MvcResult post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private JsonNode awaitDone(String id) {
        return await("plan " + id + " done solving").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> json.readTree(mvc.perform(get("/api/v1/storage-plans/" + id).with(httpBasic("coordinator", "pw")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()),
                        plan -> !plan.get("status").asText().equals("SOLVING"));
    }

    @Test
    void allocationFitsCapacityAndTemperatureAndPublishesOnce() throws Exception {
        MvcResult started = post("/api/v1/storage-plans/allocations", "{\"lots\": [" + lots(6, coopA.id(), "GRADE_1", 3000)
                + "," + lots(2, coopB.id(), "OFF_GRADE", 2000) + "]}");
        assertThat(started.getResponse().getStatus()).isEqualTo(202);
        String id = json.readTree(started.getResponse().getContentAsString()).get("id").asText();
        JsonNode plan = awaitDone(id);
        assertThat(plan.get("status").asText()).as(plan.toString()).isEqualTo("SOLVED");
        assertThat(plan.get("assignments")).hasSize(8);
        Map<String, Double> load = new HashMap<>();
        for (JsonNode a : plan.get("assignments")) {
            load.merge(a.get("chamberId").asText(), a.get("weightKg").asDouble(), Double::sum);
            if (a.get("grade").asText().equals("GRADE_1")) {
                assertThat(a.get("chamberId").asText()).isNotEqualTo(chambers.get("NEAR/C2").chamberId());
            }
        }
        chambers.values().forEach(c -> assertThat(load.getOrDefault(c.chamberId(), 0.0) * 1000)
                .isLessThanOrEqualTo(c.capacityGrams() / 1000.0 * 1000));
        assertThat(plan.get("constraints").findValuesAsText("constraint")).contains("Transport cost", "Storage cost");
        assertThat(plan.get("progress")).isNotEmpty();

        MvcResult events = mvc.perform(get("/api/v1/storage-plans/" + id + "/events").with(httpBasic("coordinator", "pw")))
                .andExpect(request().asyncStarted()).andReturn();
        mvc.perform(asyncDispatch(events)).andExpect(content().string(org.hamcrest.Matchers.containsString("best-score")));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/storage-plans/" + id + "/publish").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        List<TransportRequest> requests = transport.all(TransportStatus.values()).stream().filter(r -> r.source().equals("storage-plan")).toList();
        assertThat(requests).isNotEmpty();
        assertThat(requests.stream().map(TransportRequest::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("22000");
        long reserved = stores.chambers().stream().mapToLong(ChamberState::reservedGrams).sum();
        assertThat(reserved).isEqualTo(22_000_000L);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/storage-plans/" + id + "/publish").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isConflict());
        assertThat(transport.all(TransportStatus.values()).stream().filter(r -> r.source().equals("storage-plan")).count())
                .isEqualTo(requests.size());
    }

    @Test
    void inputThatCannotFitIsRefusedWithTheShortfall() throws Exception {
        MvcResult tooMuch = post("/api/v1/storage-plans/allocations", "{\"lots\": [" + lots(5, coopA.id(), "GRADE_1", 7000)
                + "]}");
        assertThat(tooMuch.getResponse().getStatus()).isEqualTo(409);
        JsonNode plan = json.readTree(tooMuch.getResponse().getContentAsString());
        assertThat(plan.get("status").asText()).isEqualTo("INFEASIBLE");
        assertThat(plan.get("shortfall").get(0).get("grade").asText()).isEqualTo("GRADE_1");
        assertThat(plan.get("shortfall").get(0).get("neededKg").asDouble()).isEqualTo(35000);
        assertThat(plan.get("shortfall").get(0).get("availableKg").asDouble()).isEqualTo(30000);
        assertThat(plan.get("assignments")).isEmpty();

        stores.closeChamber("NEAR", "C1");
        stores.closeChamber("FAR", "C1");
        MvcResult noChamber = post("/api/v1/storage-plans/allocations", "{\"lots\": [" + lots(1, coopA.id(), "SPECIAL", 100)
                + "]}");
        assertThat(noChamber.getResponse().getStatus()).isEqualTo(409);
        JsonNode shortfall = json.readTree(noChamber.getResponse().getContentAsString()).get("shortfall").get(0);
        assertThat(shortfall.get("grade").asText()).isEqualTo("SPECIAL");
        assertThat(shortfall.get("availableKg").asDouble()).isZero();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/storage-plans/"
                + json.readTree(noChamber.getResponse().getContentAsString()).get("id").asText() + "/publish")
                .with(httpBasic("coordinator", "pw"))).andExpect(status().isConflict());
    }

    @Test
    void consolidationEmptiesChambersAndReportsTheMonthlySaving() throws Exception {
        receive("NEAR/C1", "L1", Grade.GRADE_1, 4_000_000);
        receive("FAR/C1", "L2", Grade.GRADE_1, 3_000_000);
        receive("NEAR/C2", "L3", Grade.OFF_GRADE, 1_000_000);
        MvcResult started = post("/api/v1/storage-plans/consolidations", "");
        assertThat(started.getResponse().getStatus()).isEqualTo(202);
        JsonNode plan = awaitDone(json.readTree(started.getResponse().getContentAsString()).get("id").asText());
        assertThat(plan.get("status").asText()).isEqualTo("SOLVED");
        // All 8 t fit in NEAR/C1 (-0.5 °C suits both grades): two chambers close, 12,000 yuan a month saved.
        assertThat(plan.get("saving").get("chambersClosed").asInt()).isEqualTo(2);
        assertThat(new BigDecimal(plan.get("saving").get("savingPerMonth").asText())).isEqualByComparingTo("12000.00");
        assertThat(plan.get("saving").get("savingPerMonth").asText()).isEqualTo("12000.00");
        assertThat(plan.get("transfers").findValuesAsText("chamberId")).containsOnly(chambers.get("NEAR/C1").chamberId());
    }

    private void receive(String chamber, String lot, Grade grade, long grams) {
        stock.receive(new Receipt("in-" + lot, chambers.get(chamber).chamberId(), lot, grade, coopA.id(), grams,
                LocalDate.of(2026, 9, 1), null));
    }

    @Test
    void aSolveLeftSolvingByAStoppedProcessEndsFailedAtStartAndARunningSolveIsNotTouched() throws Exception {
        // as a crashed process leaves it: SOLVING in the database, no solver of this process runs it
        org.bson.Document orphan = new org.bson.Document("_id", "orphan-1").append("kind", "ALLOCATION")
                .append("status", "SOLVING").append("createdAt", java.util.Date.from(java.time.Instant.now().minusSeconds(3600)));
        mongo.getCollection(cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanDocument.COLLECTION).insertOne(orphan);
        MvcResult started = post("/api/v1/storage-plans/allocations", "{\"lots\": [" + lots(6, coopA.id(), "GRADE_1", 3000) + "]}");
        String running = json.readTree(started.getResponse().getContentAsString()).get("id").asText();

        assertThat(interrupted.recover()).isEqualTo(1);

        mvc.perform(get("/api/v1/storage-plans/orphan-1").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.note").value(StoragePlanSolving.LOST));
        JsonNode plan = awaitDone(running);
        assertThat(plan.get("status").asText()).isEqualTo("SOLVED");
        assertThat(plan.path("note").isMissingNode() || plan.get("note").isNull()).as(plan.toString()).isTrue();
        assertThat(interrupted.recover()).isZero();
    }

    @Test
    void aSolveCanBeStoppedEarly() throws Exception {
        MvcResult started = post("/api/v1/storage-plans/allocations", "{\"lots\": [" + lots(3, coopA.id(), "GRADE_2", 1000)
                + "]}");
        String id = json.readTree(started.getResponse().getContentAsString()).get("id").asText();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/storage-plans/" + id + "/stop").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isAccepted());
        assertThat(awaitDone(id).get("status").asText()).isEqualTo("SOLVED");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/storage-plans/" + id + "/stop").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isConflict());

        // the list shows the newest first, without assignments
        MvcResult later = post("/api/v1/storage-plans/allocations", "{\"lots\": [" + lots(2, coopB.id(), "GRADE_2", 500)
                + "]}");
        String laterId = json.readTree(later.getResponse().getContentAsString()).get("id").asText();
        awaitDone(laterId);
        mvc.perform(get("/api/v1/storage-plans?limit=2").with(httpBasic("coordinator", "pw"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[0].id").value(laterId))
                .andExpect(jsonPath("$[0].lots").value(2)).andExpect(jsonPath("$[1].id").value(id))
                .andExpect(jsonPath("$[1].status").value("SOLVED")).andExpect(jsonPath("$[0].assignments").doesNotExist());
    }
}
