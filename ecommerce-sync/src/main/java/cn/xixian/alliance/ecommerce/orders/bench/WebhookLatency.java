package cn.xixian.alliance.ecommerce.orders.bench;

import cn.xixian.alliance.core.bench.BenchComponent;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;

/**
 * The webhook part of {@code bench orders}: registers a store with a fresh secret over the API, then times signed
 * generic-JSON webhook calls one after another (each a new order, booked and parcelled), after a short warm-up.
 */
@BenchComponent
class WebhookLatency {

    private static final int WARM_UP = 20;
    private static final String STORE = "BENCH-WEB";

    private final Environment environment;
    private final UserAccountService users;

    WebhookLatency(Environment environment, UserAccountService users) {
        this.environment = environment;
        this.users = users;
    }

    void measure(int calls, PrintStream out) throws Exception {
        String port = environment.getProperty("local.server.port");
        if (port == null || calls <= 0) {
            out.println("webhook latency: skipped (no web server)");
            return;
        }
        String base = "http://localhost:" + port;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().encodeToString(random);
        String secret = "bench-" + Base64.getUrlEncoder().encodeToString(random).substring(0, 20);
        users.save("bench-coordinator", users.hash(password), java.util.Set.of(Role.COORDINATOR), null);
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("bench-coordinator:" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/online-stores"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + STORE + "\",\"name\":\"基准网店\","
                        + "\"platform\":\"WEB\",\"secret\":\"" + secret + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            out.println("webhook not available (registering a store answered " + created.statusCode() + ")");
            return;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        List<Long> nanos = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < WARM_UP + calls; i++) {
            byte[] body = ("{\"orderId\":\"W" + i + "\",\"status\":\"PAID\",\"modified\":\"2026-11-11T10:00:00+08:00\","
                    + "\"receiver\":{\"name\":\"张伟\",\"phone\":\"13800000001\",\"province\":\"北京市\",\"city\":\"北京市\","
                    + "\"district\":\"朝阳区\",\"address\":\"建国路88号\"},"
                    + "\"lines\":[{\"sku\":\"YLX-G1-5KG\",\"quantity\":1,\"unitPrice\":\"79.90\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            String signature = Base64.getEncoder().encodeToString(mac.doFinal(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/stores/" + STORE + "/webhook"))
                    .header("Content-Type", "application/json").header("X-Alliance-Hmac-Sha256", signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t;
            if (i == 0 && (response.statusCode() == 404 || response.statusCode() == 405)) {
                out.println("webhook not available (answered " + response.statusCode() + ")");
                return;
            }
            if (i >= WARM_UP) {
                nanos.add(took);
                statuses.merge(response.statusCode(), 1, Integer::sum);
            }
        }
        Collections.sort(nanos);
        out.printf("webhook: %,d signed calls one at a time: p50 %.1f ms, p99 %.1f ms, max %.1f ms (HTTP status: %s; "
                + "after %d warm-up calls)%n", calls, ms(nanos, 0.50), ms(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6,
                statuses, WARM_UP);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
