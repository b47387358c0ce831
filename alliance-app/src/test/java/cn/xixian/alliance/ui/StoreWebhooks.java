package cn.xixian.alliance.ui;

import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Sends store orders the way a demo store does: a generic-shape order signed with {@code demo-secret-<store>}. */
public final class StoreWebhooks {

    private final int port;

    public StoreWebhooks(int port) {
        this.port = port;
    }

    /** One PAID order with one line; answers the HTTP status (202 taken, 400 refused and dead-lettered). */
    public int order(String store, String orderId, String sku, int quantity) throws IOException, InterruptedException {
        String body = """
                {"orderId": "%s", "status": "PAID", "modified": "2026-11-11T10:00:00+08:00",
                 "receiver": {"name": "王女士", "phone": "13800000000", "province": "北京市", "city": "北京市",
                              "district": "朝阳区", "address": "望京街 1 号"},
                 "lines": [{"sku": "%s", "quantity": %d, "unitPrice": "79.90"}]}""".formatted(orderId, sku, quantity);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/stores/" + store + "/webhook"))
                .header("Content-Type", "application/json")
                .header(OnlineStores.SIGNATURE_HEADER, OnlineStores.sign("demo-secret-" + store, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
