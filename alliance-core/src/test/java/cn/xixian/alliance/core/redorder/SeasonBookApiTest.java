package cn.xixian.alliance.core.redorder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The season's red-order book: contracted, delivered and sold kg per grade, reach and settled income. */
@SpringBootTest
@AutoConfigureMockMvc
class SeasonBookApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    RedOrderBookings bookings;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private ResultActions send(String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String contract(String householdId, int season, int grade1Kg, int specialKg) throws Exception {
        String body = send("/api/v1/red-orders", """
                {"householdId": "%s", "season": %d, "priceRule": "FLOOR",
                 "lines": [{"grade": "GRADE_1", "contractedKg": %d, "floorPricePerKg": "6.00"},
                           {"grade": "SPECIAL", "contractedKg": %d, "floorPricePerKg": "8.00"}]}"""
                .formatted(householdId, season, grade1Kg, specialKg)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void sumsTheNewestOpenSeasonPerGradeWithoutCancelledContracts() throws Exception {
        String poor = contract(fixtures.householdA.id(), 2026, 2000, 500);
        String other = contract(fixtures.householdB.id(), 2026, 1000, 300);
        String cancelled = contract(fixtures.householdB.id(), 2026, 9000, 9000);
        contract(fixtures.householdB.id(), 2025, 7000, 7000);
        send("/api/v1/red-orders/" + cancelled + "/cancel", "").andExpect(status().isOk());
        send("/api/v1/red-orders/" + poor + "/advances", """
                {"item": "fertiliser", "amount": "300.00", "date": "2026-03-01"}""").andExpect(status().isOk());
        send("/api/v1/red-orders/" + poor + "/deliveries", """
                {"grade": "GRADE_1", "weightKg": 1000, "date": "2026-09-20"}""").andExpect(status().isOk());
        send("/api/v1/red-orders/" + poor + "/settle", "").andExpect(status().isOk());
        send("/api/v1/red-orders/" + other + "/deliveries", """
                {"grade": "SPECIAL", "weightKg": 100, "date": "2026-09-21"}""").andExpect(status().isOk());
        bookings.book("WEB-01/1/0", Grade.GRADE_1, new BigDecimal("12.5"), 2026);

        mvc.perform(get("/api/v1/red-orders/book").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.season").value(2026))
                .andExpect(jsonPath("$.contracts").value(2))
                .andExpect(jsonPath("$.settledContracts").value(1))
                .andExpect(jsonPath("$.householdsReached").value(2))
                .andExpect(jsonPath("$.povertyRegisteredHouseholdsReached").value(1))
                .andExpect(jsonPath("$.grades[0].grade").value("SPECIAL"))
                .andExpect(jsonPath("$.grades[0].contractedKg").value(800))
                .andExpect(jsonPath("$.grades[0].deliveredKg").value(100))
                .andExpect(jsonPath("$.grades[1].grade").value("GRADE_1"))
                .andExpect(jsonPath("$.grades[1].contractedKg").value(3000))
                .andExpect(jsonPath("$.grades[1].deliveredKg").value(1000))
                .andExpect(jsonPath("$.grades[1].soldKg").value(12.5))
                .andExpect(jsonPath("$.settledGross").value("6000.00"))
                .andExpect(jsonPath("$.povertyRegisteredGross").value("6000.00"))
                .andExpect(jsonPath("$.povertyRegisteredNet").value("5700.00"))
                .andExpect(jsonPath("$.advances").value("300.00"));
        mvc.perform(get("/api/v1/red-orders/book").param("season", "2025").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.grades[1].contractedKg").value(7000))
                .andExpect(jsonPath("$.settledGross").value("0.00"));
        mvc.perform(get("/api/v1/red-orders/book").with(httpBasic("coop-a", "pw"))).andExpect(status().isForbidden());
    }

    @Test
    void withoutContractsTheBookIsEmpty() throws Exception {
        mvc.perform(get("/api/v1/red-orders/book").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.season").doesNotExist())
                .andExpect(jsonPath("$.contracts").value(0))
                .andExpect(jsonPath("$.grades").isEmpty());
    }
}
