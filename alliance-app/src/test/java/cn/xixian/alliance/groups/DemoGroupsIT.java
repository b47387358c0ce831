package cn.xixian.alliance.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The groups' demo data over HTTP (same context as AllianceApplicationTest, so the demo county loads once). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
class DemoGroupsIT {

    @Autowired
    TestRestTemplate http;

    private JsonNode get(String path) {
        return http.withBasicAuth("coordinator", "demo").getForObject(path, JsonNode.class);
    }

    @Test
    void theDemoSeasonHasTheGroupsPublishedFiguresAndTraceableLots() {
        JsonNode season = get("/api/v1/technical/seasons/2026");
        assertThat(season.get("trainings").asLong()).isEqualTo(200);
        assertThat(season.get("fieldVisits").asLong()).isEqualTo(800);
        assertThat(season.get("attendances").asLong()).isBetween(30_000L, 50_000L);
        assertThat(season.get("techniciansActive").asLong()).isEqualTo(100);
        assertThat(season.get("visitsOnRedOrders").asLong()).isPositive(); // the demo red orders load first

        JsonNode order = get("/api/v1/purchasing/orders?season=2027").get("items").get(0);
        assertThat(order.get("status").asText()).isEqualTo("PLACED");
        assertThat(new BigDecimal(order.get("savingTotal").asText())).isPositive();
        BigDecimal households = BigDecimal.ZERO;
        for (JsonNode share : order.get("households")) {
            households = households.add(new BigDecimal(share.get("saving").asText()));
        }
        assertThat(households).isEqualByComparingTo(order.get("savingTotal").asText());
        assertThat(get("/api/v1/purchasing/needs?season=2027&status=OPEN&item=套袋").get("total").asLong()).isPositive();

        JsonNode runs = get("/api/v1/grading-runs?status=COMPLETE");
        assertThat(runs.get("total").asLong()).isEqualTo(5);
        String graded = runs.get("items").get(0).get("outputs").get(0).get("gradedLotId").asText();
        JsonNode trace = get("/api/v1/lots/" + graded + "/trace");
        assertThat(trace.get("nodes").findValuesAsText("type")).contains("HARVEST_LOT", "HOUSEHOLD", "ORCHARD");

        JsonNode paths = http.getForObject("/v3/api-docs", JsonNode.class).get("paths");
        for (String path : new String[] {"/api/v1/purchasing/needs", "/api/v1/purchasing/orders",
                "/api/v1/purchasing/orders/{id}/deliveries", "/api/v1/trainings", "/api/v1/field-visits",
                "/api/v1/technical/seasons/{season}", "/api/v1/grading-runs", "/api/v1/lots/{id}/trace"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }
}
