package cn.xixian.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: the app runs as its own process on the embedded default (H2 file store), is
 * killed with SIGKILL in the middle of an import, and started again on the same data directory.
 * The import must finish with every row stored exactly once.
 */
class CrashRecoveryEndToEndIT {

    private static final int ROWS = 30_000;
    private static final String PASSWORD = "bootstrap-secret-1";

    @TempDir
    Path dataDir;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Process app;
    private int port;

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void anImportKilledMidwayCompletesAfterARestartWithEveryRowOnce() throws Exception {
        port = freePort();
        app = start();
        String village = post("/api/v1/members", """
                {"code": "VIL-01", "name": "城南村", "kind": "VILLAGE", "lat": 36.69, "lon": 110.94}""").get("id").asText();
        String coop = post("/api/v1/members", """
                {"code": "COOP-001", "name": "合作社", "kind": "COOPERATIVE", "lat": 36.7, "lon": 110.95, "villageId": "%s"}"""
                .formatted(village)).get("id").asText();
        String household = post("/api/v1/households", """
                {"code": "HH-1", "name": "张三", "villageId": "%s", "cooperativeId": "%s", "orchardAreaMu": 5}"""
                .formatted(village, coop)).get("id").asText();
        String importId = upload(coop, csv(household)).get("id").asText();
        await(importId, s -> s.get("read").asLong() >= ROWS / 10);
        app.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no orderly stop
        assertThat(lotsIn(dataDir)).as("the kill came mid-import").isLessThan(ROWS);
        app = start();

        JsonNode done = await(importId, s -> s.get("status").asText().equals("COMPLETED"));
        assertThat(done.get("read").asLong()).isEqualTo(ROWS);
        assertThat(done.get("written").asLong()).isEqualTo(ROWS);
        assertThat(get("/api/v1/harvest-lots?size=1&cooperativeId=" + coop).get("total").asLong()).isEqualTo(ROWS);
    }

    /** Counted from the store the killed process left, with a throw-away embedded server. */
    private static long lotsIn(Path dataDir) {
        var backend = new de.bwaldvogel.mongo.backend.h2.H2Backend(dataDir.resolve("mongo.mv.db").toString());
        var server = new de.bwaldvogel.mongo.MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (var client = com.mongodb.client.MongoClients.create(server.getConnectionString())) {
            return client.getDatabase("alliance").getCollection("harvest_lots").countDocuments();
        } finally {
            server.shutdownNow();
        }
    }

    private Process start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                AllianceApplication.class.getName(), "--server.port=" + port, "--alliance.data-dir=" + dataDir,
                "--alliance.demo.enabled=false", "--alliance.security.bootstrap-password=" + PASSWORD,
                "--alliance.harvest.import.chunk-size=200", "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("app.log").toFile()).start();
        Awaitility.await("the app up").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(process.isAlive()).as("app process alive (see %s)", dataDir.resolve("app.log")).isTrue();
            try {
                return send(HttpRequest.newBuilder(uri("/actuator/health")).build()).statusCode() == 200;
            } catch (IOException notYet) {
                return false; // still starting
            }
        });
        return process;
    }

    private JsonNode await(String importId, Predicate<JsonNode> until) {
        return Awaitility.await("import " + importId).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    JsonNode status = get("/api/v1/harvest-lots/imports/" + importId);
                    assertThat(status.get("status").asText()).isNotEqualTo("FAILED");
                    return status;
                }, until::test);
    }

    private static String csv(String household) {
        StringBuilder csv = new StringBuilder("externalRef,householdId,pickDate,weightKg,grade,avgFruitWeightG,brix\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("E-").append(i).append(',').append(household).append(',')
                    .append(LocalDate.of(2026, 9, 1).plusDays(i % 30)).append(',').append(5 + i % 25).append(".5,GRADE_1,,\n");
        }
        return csv.toString();
    }

    private JsonNode upload(String cooperativeId, String csv) throws Exception {
        String boundary = "----alliance" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"cooperativeId\"\r\n\r\n" + cooperativeId
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lots.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return expect(202, authorized("/api/v1/harvest-lots/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private JsonNode post(String path, String body) throws Exception {
        return expect(201, authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private JsonNode get(String path) throws Exception {
        return expect(200, authorized(path).GET().build());
    }

    private JsonNode expect(int status, HttpRequest request) throws Exception {
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder authorized(String path) {
        String basic = Base64.getEncoder().encodeToString(("coordinator:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
