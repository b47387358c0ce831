package cn.xixian.alliance.core.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class HarvestLotApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private String lot(String cooperativeId, String householdId, String weightKg) {
        return """
                {"cooperativeId": "%s", "householdId": "%s", "pickDate": "2026-09-12", "weightKg": %s,
                 "avgFruitWeightG": 280, "brix": 12.6, "externalRef": "L-1", "notes": "东坡 第一茬"}
                """.formatted(cooperativeId, householdId, weightKg);
    }

    @Test
    void cooperativeRecordsItsOwnLotGradedByTheTable() throws Exception {
        mvc.perform(post("/api/v1/harvest-lots").with(httpBasic("coop-a", "pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(lot(fixtures.coopA.id(), fixtures.householdA.id(), "12.5")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.weightKg").value(12.5))
                .andExpect(jsonPath("$.grade").value("GRADE_1"))
                .andExpect(jsonPath("$.notes").value("东坡 第一茬"));
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), HarvestLotDocument.class)).isEqualTo(1);
    }

    @Test
    void anotherCooperativesLotIsForbidden() throws Exception {
        mvc.perform(post("/api/v1/harvest-lots").with(httpBasic("coop-a", "pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(lot(fixtures.coopB.id(), fixtures.householdB.id(), "12.5")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), HarvestLotDocument.class)).isZero();
    }

    @Test
    void withoutCredentialsIsUnauthorized() throws Exception {
        mvc.perform(post("/api/v1/harvest-lots").contentType(MediaType.APPLICATION_JSON)
                        .content(lot(fixtures.coopA.id(), fixtures.householdA.id(), "12.5")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void negativeWeightNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/harvest-lots").with(httpBasic("coop-a", "pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(lot(fixtures.coopA.id(), fixtures.householdA.id(), "-3")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weightKg"));
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), HarvestLotDocument.class)).isZero();
    }

    @Test
    void malformedValuesAndMissingFieldsAreEachNamed() throws Exception {
        mvc.perform(post("/api/v1/harvest-lots").with(httpBasic("coordinator", "pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cooperativeId\": \"" + fixtures.coopA.id() + "\", \"weightKg\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "grade", "householdId", "pickDate", "weightKg")));
        mvc.perform(post("/api/v1/harvest-lots").with(httpBasic("coordinator", "pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cooperativeId\": \"x\", \"pickDate\": \"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pickDate"));
    }

    @Test
    void duplicateExternalRefConflicts() throws Exception {
        String body = lot(fixtures.coopA.id(), fixtures.householdA.id(), "10");
        mvc.perform(post("/api/v1/harvest-lots").with(httpBasic("coop-a", "pw"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/harvest-lots").with(httpBasic("coop-a", "pw"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
    }

    @Test
    void cooperativeListsOnlyItsOwnLots() throws Exception {
        mvc.perform(post("/api/v1/harvest-lots").with(httpBasic("coop-b", "pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(lot(fixtures.coopB.id(), fixtures.householdB.id(), "7"))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/harvest-lots").with(httpBasic("coop-a", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/harvest-lots").param("cooperativeId", fixtures.coopB.id()).with(httpBasic("coop-a", "pw")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/harvest-lots").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/harvest-lots").with(httpBasic("dispatcher", "pw")))
                .andExpect(status().isForbidden());
    }
}
