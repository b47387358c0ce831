package cn.xixian.alliance.coldstorage.coldstore;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class ColdStoreApiTest {

    private static final String STORE = """
            {"code": "CS-01", "name": "城南恒温库", "ownerId": "PROC-01",
             "chambers": [
               {"code": "A1", "capacityTonnes": 200, "tempC": -0.5, "humidityPct": 92,
                "storageCostPerTonneDay": "0.80", "fixedCostPerMonth": "8000.00"},
               {"code": "A2", "capacityTonnes": 50, "tempC": 2.0,
                "storageCostPerTonneDay": "0.6", "fixedCostPerMonth": 3000}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ColdStoreFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "pw")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void coordinatorRegistersAStoreEveryoneReadsIt() throws Exception {
        String body = send(post("/api/v1/cold-stores"), "coordinator", STORE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/cold-stores/")))
                .andExpect(jsonPath("$.ownerId").value(fixtures.processor.id()))
                .andExpect(jsonPath("$.lat").value(36.68))
                .andExpect(jsonPath("$.open").value(true))
                .andExpect(jsonPath("$.chambers[0].capacityTonnes").value(200))
                .andExpect(jsonPath("$.chambers[1].tempC").value(2.0))
                .andExpect(jsonPath("$.chambers[1].storageCostPerTonneDay").value("0.60"))
                .andExpect(jsonPath("$.chambers[1].fixedCostPerMonth").value("3000.00"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/cold-stores/" + id).with(httpBasic("coop-a", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("城南恒温库"));
        mvc.perform(get("/api/v1/cold-stores").with(httpBasic("coop-a", "pw")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].code").value("CS-01"));
        send(post("/api/v1/cold-stores"), "coordinator", STORE).andExpect(status().isConflict());
        send(post("/api/v1/cold-stores"), "coop-a", STORE.replace("CS-01", "CS-02")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cold-stores")).andExpect(status().isUnauthorized());
    }

    @Test
    void invalidStoresNameEveryBadField() throws Exception {
        send(post("/api/v1/cold-stores"), "coordinator", """
                {"code": "bad code!", "ownerId": "NOBODY", "lat": 95,
                 "chambers": [{"code": "A1", "capacityTonnes": -5, "tempC": 30, "storageCostPerTonneDay": "0.801",
                               "fixedCostPerMonth": "100"},
                              {"code": "A1", "capacityTonnes": 10, "tempC": 0}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name", "ownerId", "lat",
                        "chambers[0].capacityTonnes", "chambers[0].tempC", "chambers[0].storageCostPerTonneDay",
                        "chambers[1].code", "chambers[1].storageCostPerTonneDay", "chambers[1].fixedCostPerMonth")));
        send(post("/api/v1/cold-stores"), "coordinator", """
                {"code": "CS-9", "name": "x", "ownerId": "PROC-01", "chambers": []}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("chambers"));
    }

    @Test
    void stockMovesShowInOccupancyAndAChamberWithStockCannotClose() throws Exception {
        String body = send(post("/api/v1/cold-stores"), "coordinator", STORE).andReturn().getResponse().getContentAsString();
        String chamber = JsonPath.read(body, "$.chambers[0].id");
        String receipt = """
                {"ref": "in-1", "chamberId": "%s", "lotRef": "HL-1", "grade": "GRADE_1", "cooperativeId": "COOP-001",
                 "weightKg": 1250.5, "storedOn": "2026-09-01"}""".formatted(chamber);
        send(post("/api/v1/stock/receipts"), "coordinator", receipt)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.weightKg").value(1250.5))
                .andExpect(jsonPath("$.cooperativeId").value(fixtures.coop.id()));
        send(post("/api/v1/stock/receipts"), "coordinator", receipt).andExpect(status().isCreated());
        send(post("/api/v1/stock/receipts"), "coordinator", """
                {"ref": "in-2", "chamberId": "%s", "lotRef": "HL-2", "grade": "GRADE_1", "cooperativeId": "COOP-001",
                 "weightKg": 250000}""".formatted(chamber))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("free")));
        send(post("/api/v1/stock/receipts"), "coordinator", """
                {"chamberId": "%s", "grade": "PEAR", "weightKg": 0}""".formatted(chamber))
                .andExpect(status().isBadRequest());
        send(post("/api/v1/stock/losses"), "coordinator", """
                {"ref": "loss-1", "chamberId": "%s", "lotRef": "HL-1", "weightKg": 0.5, "reason": "rot"}""".formatted(chamber))
                .andExpect(status().isOk()).andExpect(jsonPath("$.type").value("LOSS"));

        send(post("/api/v1/stock/picks"), "coordinator", """
                {"ref": "pick-1", "storeId": "CS-01", "grade": "GRADE_1", "weightKg": 250}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.pickedKg").value(250))
                .andExpect(jsonPath("$.legs[0].lotRef").value("HL-1"));
        mvc.perform(get("/api/v1/stock/chambers/" + chamber + "/ledger").param("size", "1").with(httpBasic("coop-a", "pw")))
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.items[0].type").value("OUT"));
        mvc.perform(get("/api/v1/cold-stores/occupancy").with(httpBasic("coop-a", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].stockKg").value(1000))
                .andExpect(jsonPath("$.items[0].freeKg").value(249000))
                .andExpect(jsonPath("$.items[0].chambers[0].stockKgByGrade.GRADE_1").value(1000))
                .andExpect(jsonPath("$.items[0].chambers[0].oldestAgeDays").isNumber());
        mvc.perform(post("/api/v1/cold-stores/CS-01/chambers/A1/close").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/cold-stores/CS-01/chambers/A2/close").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.open").value(false));
        mvc.perform(post("/api/v1/cold-stores/CS-01/chambers/A2/close").with(httpBasic("coop-a", "pw")))
                .andExpect(status().isForbidden());
    }
}
