package cn.xixian.alliance.groups;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.JointMeetingService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/**
 * Issue 14's API checks on the demo county, over HTTP as an outside client makes them: the household flags, the
 * overdue matters against the meetings themselves, a stale matter change, disabled and reset logins, coverage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
class GroupsApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JointMeetingService meetings;
    @Autowired
    HouseholdService households;

    private ResponseEntity<JsonNode> call(String user, String password, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
    }

    private String householdBody(JsonNode h, String flag, boolean value) {
        var body = (com.fasterxml.jackson.databind.node.ObjectNode) h.deepCopy();
        body.remove(List.of("id"));
        body.put(flag, value);
        return body.toString();
    }

    @Test
    void onlyCoordinatorsSetThePovertyAndDemoFlags() {
        JsonNode h = call("coop-001", "demo", HttpMethod.GET, "/api/v1/households?size=1", null).getBody().at("/items/0");
        String id = h.get("id").asText();
        for (String flag : List.of("povertyRegistered", "demoHousehold")) {
            boolean stored = h.get(flag).asBoolean();
            assertThat(call("coop-001", "demo", HttpMethod.PUT, "/api/v1/households/" + id, householdBody(h, flag, !stored))
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(households.find(id).map(x -> flag.equals("povertyRegistered") ? x.povertyRegistered()
                    : x.demoHousehold()).orElseThrow()).isEqualTo(stored);
            ResponseEntity<JsonNode> byCoordinator = call("coordinator", "demo", HttpMethod.PUT, "/api/v1/households/" + id,
                    householdBody(h, flag, !stored));
            assertThat(byCoordinator.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(byCoordinator.getBody().get(flag).asBoolean()).isEqualTo(!stored);
            assertThat(call("coordinator", "demo", HttpMethod.PUT, "/api/v1/households/" + id, householdBody(h, flag, stored))
                    .getStatusCode()).isEqualTo(HttpStatus.OK); // as it was
        }
        String create = householdBody(h, "povertyRegistered", true).replace(h.get("code").asText(), "HH-IT-9001");
        assertThat(call("coop-001", "demo", HttpMethod.POST, "/api/v1/households", create).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(mongo.getCollection("households").countDocuments(new Document("code", "HH-IT-9001"))).isZero();
    }

    @Test
    void overdueListsExactlyThePastDueOpenMattersAndAStaleChangeIsRefused() {
        LocalDate today = meetings.today();
        List<String> expected = new ArrayList<>();
        for (Document meeting : mongo.getCollection("joint_meetings").find()) {
            List<Document> matters = meeting.getList("matters", Document.class, List.of());
            for (int i = 0; i < matters.size(); i++) {
                Document m = matters.get(i);
                Object due = m.get("dueDate");
                LocalDate dueDate = due instanceof java.util.Date d
                        ? d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate() : LocalDate.parse(due.toString());
                if (dueDate.isBefore(today) && Set.of("AGREED", "IN_PROGRESS").contains(m.getString("status"))) {
                    expected.add(meeting.get("_id") + "/" + i);
                }
            }
        }
        JsonNode overdue = call("coordinator", "demo", HttpMethod.GET, "/api/v1/joint-meetings/matters?overdue=true&size=1000",
                null).getBody();
        List<String> listed = new ArrayList<>();
        overdue.get("items").forEach(m -> listed.add(m.get("meetingId").asText() + "/" + m.get("index").asInt()));
        assertThat(expected).isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(overdue.get("total").asInt()).isEqualTo(expected.size());

        JsonNode first = overdue.at("/items/0");
        ResponseEntity<JsonNode> stale = call("coordinator", "demo", HttpMethod.PATCH, "/api/v1/joint-meetings/"
                + first.get("meetingId").asText() + "/matters/" + first.get("index").asInt(),
                "{\"status\": \"DONE\", \"note\": \"x\", \"version\": " + (first.get("version").asLong() + 1) + "}");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void disabledAndResetLoginsAreStoppedAtTheirNextCall() {
        String coop = call("coordinator", "demo", HttpMethod.GET, "/api/v1/members?kind=COOPERATIVE&size=1", null)
                .getBody().at("/items/0/id").asText();
        for (String user : List.of("it-disabled", "it-reset")) {
            assertThat(call("coordinator", "demo", HttpMethod.POST, "/api/v1/users", """
                    {"username": "%s", "password": "orchard-pass-1", "roles": ["COOPERATIVE"], "cooperativeId": "%s"}"""
                    .formatted(user, coop)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(call("it-disabled", "orchard-pass-1", HttpMethod.GET, "/api/v1/households?size=1", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(call("coordinator", "demo", HttpMethod.POST, "/api/v1/users/it-disabled/disable", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(call("it-disabled", "orchard-pass-1", HttpMethod.GET, "/api/v1/households?size=1", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> reset = call("coordinator", "demo", HttpMethod.POST, "/api/v1/users/it-reset/password-reset", null);
        String temporary = reset.getBody().get("temporaryPassword").asText();
        assertThat(reset.getBody().size()).isEqualTo(1);
        assertThat(call("it-reset", "orchard-pass-1", HttpMethod.GET, "/api/v1/households", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> blocked = call("it-reset", temporary, HttpMethod.GET, "/api/v1/households", null);
        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(blocked.getBody().get("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(call("it-reset", temporary, HttpMethod.POST, "/api/v1/users/me/password",
                "{\"currentPassword\": \"" + temporary + "\", \"newPassword\": \"orchard-pass-2\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(call("it-reset", "orchard-pass-2", HttpMethod.GET, "/api/v1/households", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode users = call("coordinator", "demo", HttpMethod.GET, "/api/v1/users", null).getBody();
        assertThat(users.toString()).doesNotContain("passwordHash").doesNotContain("{bcrypt}");
    }

    @Test
    void theSeasonsCoverageCountsTheDemoHouseholdsVisited() {
        JsonNode coverage = call("coordinator", "demo", HttpMethod.GET, "/api/v1/technical/seasons/2026/coverage", null).getBody();
        long demo = mongo.getCollection("households").countDocuments(new Document("demoHousehold", true));
        Set<String> demoIds = households.demoHouseholds().stream().map(Household::id).collect(java.util.stream.Collectors.toSet());
        long visited = mongo.getCollection("field_visits").distinct("householdId", new Document("season", 2026), String.class)
                .into(new ArrayList<>()).stream().filter(demoIds::contains).count();
        assertThat(coverage.get("demoHouseholds").asLong()).isEqualTo(demo);
        assertThat(coverage.get("visited").asLong()).isEqualTo(visited);
        assertThat(coverage.get("notVisited").size()).isEqualTo((int) (demo - visited));
        assertThat(call("coop-001", "demo", HttpMethod.GET, "/api/v1/technical/seasons/2026/coverage", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode yields = call("coordinator", "demo", HttpMethod.GET, "/api/v1/grading-runs/yields?season=2026", null).getBody();
        assertThat(yields.get("runs").asInt()).isPositive();
        assertThat(yields.get("byWeek")).isNotEmpty();
    }
}
