package cn.xixian.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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

/** API errors in the caller's language through the whole app: Accept-Language, and the page's lang cookie first. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
class ApiErrorLanguageIT {

    private static final String BAD_LOT = """
            {"householdId": "HH-NOPE", "pickDate": "2026-09-10", "weightKg": -3, "grade": "GRADE_1"}""";

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> badLot(String acceptLanguage, String cookie) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (acceptLanguage != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return http.withBasicAuth("coop-001", "demo").exchange("/api/v1/harvest-lots", HttpMethod.POST,
                new HttpEntity<>(BAD_LOT, headers), JsonNode.class);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void chineseForAcceptLanguageZhAndTheLangCookieWins() {
        ResponseEntity<JsonNode> english = badLot(null, null);
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(english.getBody().get("title").asText()).isEqualTo("Invalid input");
        assertThat(fields(english.getBody())).isNotEmpty();
        english.getBody().get("errors").forEach(e -> assertThat(chinese(e.get("message").asText())).as(e.toString()).isFalse());

        ResponseEntity<JsonNode> zh = badLot("zh-CN,zh;q=0.9", null);
        assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zh.getBody().get("title").asText()).isEqualTo("输入有误");
        assertThat(fields(zh.getBody())).isEqualTo(fields(english.getBody()));
        zh.getBody().get("errors").forEach(e -> assertThat(chinese(e.get("message").asText())).as(e.toString()).isTrue());
        assertThat(zh.getBody().get("detail").asText()).contains(fields(english.getBody()).get(0) + "：");

        ResponseEntity<JsonNode> cookie = badLot("zh-CN", "lang=en");
        assertThat(cookie.getBody()).isEqualTo(english.getBody());
    }

    @Test
    void signInRefusalFollowsTheLanguageToo() {
        HttpHeaders zh = new HttpHeaders();
        zh.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        ResponseEntity<JsonNode> refused = http.exchange("/api/v1/members", HttpMethod.GET, new HttpEntity<>(zh), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("请先登录（HTTP Basic）");
        zh.add(HttpHeaders.COOKIE, "lang=en");
        refused = http.exchange("/api/v1/members", HttpMethod.GET, new HttpEntity<>(zh), JsonNode.class);
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("sign in first (HTTP Basic)");
    }
}
