package cn.xixian.alliance.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
class UserApiIT {

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> create(String as, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(as, "demo").exchange("/api/v1/users", HttpMethod.POST, new HttpEntity<>(json, headers),
                JsonNode.class);
    }

    @Test
    void coordinatorCreatesACooperativeLoginThatThenWorks() {
        ResponseEntity<JsonNode> created = create("coordinator", """
                {"username": "coop-003-clerk", "password": "pear-harvest-2026", "roles": ["COOPERATIVE"], "cooperativeId": "COOP-003"}""");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().has("password")).isFalse();
        assertThat(created.getBody().has("passwordHash")).isFalse();

        JsonNode households = http.withBasicAuth("coop-003-clerk", "pear-harvest-2026")
                .getForObject("/api/v1/households?size=100", JsonNode.class);
        assertThat(households.get("total").asInt()).isPositive();
        households.get("items").forEach(h -> assertThat(h.get("cooperativeId").asText())
                .isEqualTo(created.getBody().get("cooperativeId").asText()));

        assertThat(create("coordinator", """
                {"username": "coop-003-clerk", "password": "another-password", "roles": ["DISPATCHER"]}""")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void badRequestsAndOtherRolesAreRefused() {
        ResponseEntity<JsonNode> noCooperative = create("coordinator", """
                {"username": "clerk-x", "password": "long-enough-1", "roles": ["COOPERATIVE"]}""");
        assertThat(noCooperative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noCooperative.getBody().at("/errors/0/field").asText()).isEqualTo("cooperativeId");
        ResponseEntity<JsonNode> invalid = create("coordinator", """
                {"username": "X Y", "password": "short", "roles": []}""");
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("errors")).hasSize(3);
        assertThat(create("coordinator", """
                {"username": "nulls", "password": "long-enough-1", "roles": [null]}""")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(create("coop-001", """
                {"username": "sneaky", "password": "long-enough-1", "roles": ["COORDINATOR"]}""")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
