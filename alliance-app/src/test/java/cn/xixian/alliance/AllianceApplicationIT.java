package cn.xixian.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.registry.MemberKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The whole app over HTTP, with the demo county loaded: the foundation's contract end to end. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
class AllianceApplicationIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    @Test
    void demoCountyHasThePublishedFigures() {
        Map<MemberKind, Long> expected = Map.of(MemberKind.VILLAGE, 29L, MemberKind.COOPERATIVE, 88L,
                MemberKind.PROCESSOR, 39L, MemberKind.LOGISTICS_FIRM, 4L, MemberKind.ECOMMERCE_FIRM, 12L,
                MemberKind.SERVICE_STATION, 160L, MemberKind.ONLINE_STORE, 132L);
        expected.forEach((kind, count) -> assertThat(mongo.getCollection("members")
                .countDocuments(new Document("kind", kind.name()))).as(kind.name()).isEqualTo(count));
        assertThat(mongo.getCollection("members").countDocuments(new Document("kind", "GOVERNMENT_DEPARTMENT"))).isPositive();
        assertThat(mongo.getCollection("households").countDocuments()).isEqualTo(1000);
        long poor = mongo.getCollection("households").countDocuments(new Document("povertyRegistered", true));
        assertThat(poor).isBetween(300L, 400L); // alliance.demo.poverty-share 0.35
        assertThat(mongo.getCollection("technicians").countDocuments()).isEqualTo(100);
        assertThat(mongo.getCollection("joint_meetings").countDocuments()).isEqualTo(23);
        for (String code : new String[] {"TAOBAO-01", "JD-01", "P832-01", "WEB-01"}) {
            assertThat(mongo.getCollection("members").countDocuments(new Document("code", code))).as(code).isEqualTo(1);
        }
        Document inXiCounty = new Document("lat", new Document("$gt", 36.4).append("$lt", 37.0))
                .append("lon", new Document("$gt", 110.6).append("$lt", 111.3));
        assertThat(mongo.getCollection("members").countDocuments(inXiCounty)).isEqualTo(mongo.getCollection("members").countDocuments());
    }

    @Test
    void cooperativeUserRecordsLotsOnlyForItsOwnCooperative() {
        String coop1 = first("/api/v1/members?kind=COOPERATIVE&q=COOP-001", "coordinator").get("id").asText();
        String coop2 = first("/api/v1/members?kind=COOPERATIVE&q=COOP-002", "coordinator").get("id").asText();
        String household = first("/api/v1/households?size=1", "coop-001").get("id").asText();
        String lot = """
                {"cooperativeId": "%s", "householdId": "%s", "pickDate": "2026-09-10", "weightKg": %s, "grade": "GRADE_1"}""";

        assertThat(post("coop-001", lot.formatted(coop1, household, "25.5")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("coop-001", lot.formatted(coop2, household, "25.5")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(null, lot.formatted(coop1, household, "25.5")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> negative = post("coop-001", lot.formatted(coop1, household, "-2"));
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(negative.getBody().at("/errors/0/field").asText()).isEqualTo("weightKg");
    }

    @Test
    void healthIsUpAndTheApiIsDescribed() {
        assertThat(http.getForObject("/actuator/health", JsonNode.class).get("status").asText()).isEqualTo("UP");
        JsonNode paths = http.getForObject("/v3/api-docs", JsonNode.class).get("paths");
        assertThat(paths.has("/api/v1/harvest-lots")).isTrue();
        assertThat(paths.has("/api/v1/harvest-lots/imports/{id}/restart")).isTrue();
        assertThat(paths.has("/api/v1/members/{id}")).isTrue();
    }

    private JsonNode first(String path, String user) {
        return http.withBasicAuth(user, "demo").getForObject(path, JsonNode.class).get("items").get(0);
    }

    private ResponseEntity<JsonNode> post(String user, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange("/api/v1/harvest-lots", HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }
}
