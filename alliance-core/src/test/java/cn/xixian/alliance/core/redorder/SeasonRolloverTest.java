package cn.xixian.alliance.core.redorder;

import static cn.xixian.alliance.core.redorder.RedOrderTestSupport.floor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SeasonRolloverTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    RedOrderService orders;
    @Autowired
    SeasonRollovers rollovers;
    @Autowired
    RedOrderStore store;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private static SeasonRolloverRequest floorTo2027(String cooperativeId, boolean dryRun) {
        return new SeasonRolloverRequest(2026, 2027, cooperativeId, null, PriceRule.FLOOR,
                Map.of(Grade.GRADE_1, new BigDecimal("6.20")), null, dryRun);
    }

    private long contractsOf2027(String householdId) {
        return mongo.count(Query.query(Criteria.where("season").is(2027).and("householdId").is(householdId)),
                RedOrderDocument.class);
    }

    @Test
    void previewThenConfirmSignsEachHouseholdOnceAndAgainSignsNothing() {
        orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 2000, "6.00", Grade.SPECIAL, 500, "8.50"));
        RedOrder cancelled = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 100, "6.00"));
        orders.cancel(cancelled.id(), null);

        SeasonRollover preview = rollovers.rollOver(floorTo2027(null, true));
        assertThat(preview.households()).isEqualTo(1);
        assertThat(preview.signed()).isZero();
        assertThat(preview.povertyHouseholds()).isEqualTo(1);
        assertThat(preview.contractedKg().get(Grade.GRADE_1)).isEqualByComparingTo("2000");
        assertThat(preview.skipped()).extracting(SeasonRollover.Skipped::reason).containsExactly(SeasonRollover.Reason.CANCELLED);
        assertThat(contractsOf2027(fixtures.householdA.id())).isZero();

        SeasonRollover done = rollovers.rollOver(floorTo2027(null, false));
        assertThat(done.households()).isEqualTo(1);
        assertThat(done.signed()).isEqualTo(1);
        RedOrder rolled = orders.search(new RedOrderService.Filter(fixtures.householdA.id(), null, 2027, null),
                org.springframework.data.domain.PageRequest.of(0, 10)).items().get(0);
        assertThat(rolled.lines()).extracting(RedOrder.Line::floorPricePerKg)
                .containsExactlyInAnyOrder(new BigDecimal("6.20"), new BigDecimal("8.50")); // a grade left out keeps its price

        SeasonRollover again = rollovers.rollOver(floorTo2027(null, false));
        assertThat(again.signed()).isZero();
        assertThat(again.households()).isZero();
        assertThat(again.skipped()).extracting(SeasonRollover.Skipped::reason)
                .contains(SeasonRollover.Reason.ALREADY_SIGNED);
        assertThat(contractsOf2027(fixtures.householdA.id())).isEqualTo(1);
    }

    @Test
    void aRunCutOffHalfWayIsFinishedByTheNextAndRacingRunsSignOnce() throws Exception {
        orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 2000, "6.00"));
        orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 1000, "6.00"));
        // the first run got as far as cooperative A's household
        assertThat(rollovers.rollOver(floorTo2027(fixtures.coopA.id(), false)).signed()).isEqualTo(1);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<SeasonRollover>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(() -> rollovers.rollOver(floorTo2027(null, false)));
        }
        int signed = 0;
        for (Future<SeasonRollover> run : pool.invokeAll(runs)) {
            signed += run.get().signed();
        }
        pool.shutdown();
        assertThat(signed).isEqualTo(1);
        assertThat(contractsOf2027(fixtures.householdA.id())).isEqualTo(1);
        assertThat(contractsOf2027(fixtures.householdB.id())).isEqualTo(1);
    }

    @Test
    void theUniqueSeasonKeyRefusesASecondRolledOverContractEvenWithoutTheRead() {
        RedOrder first = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));
        assertThat(rollovers.rollOver(floorTo2027(null, false)).signed()).isEqualTo(1);
        RedOrderDocument copy = store.find(first.id()).orElseThrow();
        RedOrderDocument second = new RedOrderDocument(new org.bson.types.ObjectId().toHexString(), copy.householdId(),
                copy.householdCode(), copy.householdName(), copy.cooperativeId(), copy.povertyRegistered(), null, 2027,
                copy.priceRule(), "ACTIVE", copy.lines(), copy.available(), copy.booked(), copy.delivered(), 0, 0,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, copy.createdAt(), "test", null,
                copy.householdId() + "/2027", null);
        assertThat(store.insertOncePerSeason(second)).isFalse();
        assertThat(contractsOf2027(fixtures.householdA.id())).isEqualTo(1);
    }

    @Test
    void onlyTheCoordinatorRollsOverAndBadInputNamesTheField() throws Exception {
        String body = """
                {"fromSeason": 2026, "toSeason": 2026, "priceRule": "MARKET_PLUS_PREMIUM", "dryRun": true}""";
        mvc.perform(post("/api/v1/red-orders/season-rollovers").with(httpBasic("coop-a", "pw"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/red-orders/season-rollovers").with(httpBasic("coordinator", "pw"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("toSeason", "premiumPerKg")));
        orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));
        mvc.perform(post("/api/v1/red-orders/season-rollovers").with(httpBasic("coordinator", "pw"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"fromSeason": 2026, "toSeason": 2027, "villageId": "VIL-01", "priceRule": "FLOOR",
                         "floorPricesPerKg": {"GRADE_1": "6.00"}, "dryRun": true}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.households").value(1))
                .andExpect(jsonPath("$.signed").value(0));
    }
}
