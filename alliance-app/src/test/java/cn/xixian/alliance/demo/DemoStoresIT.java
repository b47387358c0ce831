package cn.xixian.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/** The demo stores over HTTP (same context as AllianceApplicationTest): listed without secrets, signed with theirs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
class DemoStoresIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    MemberService members;

    @Test
    void theFourDemoStoresAreLinkedToTheirMembersAndTheirSecretsStayHidden() {
        JsonNode list = http.withBasicAuth("coordinator", "demo").getForObject("/api/v1/online-stores", JsonNode.class);
        assertThat(list.get("total").asInt()).isEqualTo(4);
        for (JsonNode store : list.get("items")) {
            String code = store.get("code").asText();
            assertThat(store.get("memberId").asText()).isEqualTo(members.find(code).orElseThrow().id());
            assertThat(store.get("secretSet").asBoolean()).isTrue();
            assertThat(store.has("secret")).isFalse();
            assertThat(store.toString()).doesNotContain("demo-secret");
        }
        assertThat(list.findValuesAsText("format")).containsExactlyInAnyOrder("TAOBAO", "JD", "GENERIC", "GENERIC");
        assertThat(http.withBasicAuth("store", "demo").getForEntity("/api/v1/online-stores", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aWebhookSignedWithAnotherSecretIsRefusedAndTheWebhookIsDescribed() {
        String body = "{\"orderId\": \"W-1\"}";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(OnlineStores.SIGNATURE_HEADER,
                OnlineStores.sign("demo-secret-JD-01", body.getBytes(StandardCharsets.UTF_8)));
        assertThat(http.exchange("/api/v1/stores/WEB-01/webhook", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        JsonNode paths = http.getForObject("/v3/api-docs", JsonNode.class).get("paths");
        assertThat(paths.has("/api/v1/stores/{storeCode}/webhook")).isTrue();
        assertThat(paths.has("/api/v1/online-stores")).isTrue();
    }
}
