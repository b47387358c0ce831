package cn.xixian.alliance.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.ui.StoreWebhooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The whole app with the demo county: /actuator/prometheus for coordinators only, the intake's counter, backups. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked
class OperationsIT {

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @Test
    void prometheusAnswersCoordinatorsOnlyAndCountsEachStoreOrderOnce() throws Exception {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("coop-001", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String before = scrape();
        assertThat(before).contains("jvm_memory_used_bytes", "http_server_requests_seconds", "mongodb_driver_pool_size",
                "camel_exchanges", "alliance_store_orders_received_total", "alliance_store_orders_booked_total",
                "alliance_store_orders_dead_lettered_total", "alliance_harvest_rows_imported_total");
        double received = value(before, "alliance_store_orders_received_total");
        double deadLettered = value(before, "alliance_store_orders_dead_lettered_total");

        StoreWebhooks stores = new StoreWebhooks(port);
        String run = Long.toString(System.nanoTime(), 36);
        assertThat(stores.order("WEB-01", "OPS-" + run + "-1", "YLX-SP-5KG", 1)).isEqualTo(202);
        assertThat(stores.order("WEB-01", "OPS-" + run + "-2", "YLX-SP-5KG", 2)).isEqualTo(202);
        assertThat(stores.order("WEB-01", "OPS-" + run + "-2", "YLX-SP-5KG", 2)).isEqualTo(202); // a repeat is received too
        assertThat(stores.order("WEB-01", "OPS-" + run + "-3", "NO-SUCH-SKU", 1)).isEqualTo(400);

        String after = scrape();
        assertThat(value(after, "alliance_store_orders_received_total")).isEqualTo(received + 4);
        assertThat(value(after, "alliance_store_orders_dead_lettered_total")).isEqualTo(deadLettered + 1);
    }

    @Test
    void coordinatorsRunABackupAndSeeTheLatest() throws Exception {
        assertThat(http.getForEntity("/api/v1/backups/latest", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("coop-001", "demo").getForEntity("/api/v1/backups/latest", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> made = http.withBasicAuth("coordinator", "demo").postForEntity("/api/v1/backups", null, JsonNode.class);
        assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(made.getBody().get("outcome").asText()).as(made.getBody().toString()).isEqualTo("OK");
        assertThat(made.getBody().get("collections").asInt()).isGreaterThan(10);

        JsonNode latest = http.withBasicAuth("coordinator", "demo").getForObject("/api/v1/backups/latest", JsonNode.class);
        assertThat(latest.get("directory").asText()).isEqualTo(made.getBody().get("directory").asText());
        assertThat(latest.get("sizeBytes").asLong()).isPositive();
        assertThat(scrape()).contains("alliance_backups_total{outcome=\"OK\"");
        assertThat(dashboard()).containsPattern("id=\"last-backup\"[^>]*data-outcome=\"OK\"");
    }

    /** The coordinator's dashboard page, signed in through the form. */
    private String dashboard() throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;
        String login = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=coordinator&password=demo&_csrf="
                        + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> page = browser.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/dashboard")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private String scrape() {
        ResponseEntity<String> page = http.withBasicAuth("coordinator", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private static double value(String scrape, String metric) {
        Matcher line = Pattern.compile("(?m)^" + metric + "(\\{[^}]*\\})? (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(metric).isTrue();
        return Double.parseDouble(line.group(2));
    }
}
