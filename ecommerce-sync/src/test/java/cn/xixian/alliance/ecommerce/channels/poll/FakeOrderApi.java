package cn.xixian.alliance.ecommerce.channels.poll;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A store's order API (the generic shape) on a local port: orders with their modified instants, answered per
 * {@code modifiedFrom/modifiedTo/page/size}, oldest first or (like Taobao and JD by default) newest first. It can be
 * told to fail after some requests.
 */
final class FakeOrderApi implements AutoCloseable {

    record Order(String id, Instant modified, String status) {
    }

    private final HttpServer server;
    private final Map<String, Order> orders = new HashMap<>();
    final List<String> queries = new CopyOnWriteArrayList<>();
    /** Requests to answer before failing one with HTTP 503 (negative: never fail). */
    final AtomicInteger failAfter = new AtomicInteger(-1);
    private final boolean newestFirst;

    FakeOrderApi(boolean newestFirst) throws IOException {
        this.newestFirst = newestFirst;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/orders", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            byte[] body;
            int status = 200;
            if (failAfter.getAndDecrement() == 0) {
                status = 503;
                body = "{\"error\": \"服务繁忙\"}".getBytes(StandardCharsets.UTF_8);
            } else {
                body = page(params(query)).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/orders";
    }

    synchronized void put(String id, Instant modified, String status) {
        orders.put(id, new Order(id, modified, status));
    }

    private synchronized String page(Map<String, String> params) {
        Instant from = Instant.parse(params.get("modifiedFrom"));
        Instant to = Instant.parse(params.get("modifiedTo"));
        int page = Integer.parseInt(params.get("page"));
        int size = Integer.parseInt(params.get("size"));
        List<Order> window = new ArrayList<>(orders.values().stream()
                .filter(o -> !o.modified().isBefore(from) && !o.modified().isAfter(to)).toList());
        Comparator<Order> oldestFirst = Comparator.comparing(Order::modified).thenComparing(Order::id);
        window.sort(newestFirst ? oldestFirst.reversed() : oldestFirst);
        List<String> json = window.stream().skip((long) (page - 1) * size).limit(size).map(o -> """
                {"orderId": "%s", "status": "%s", "modified": "%s",
                 "receiver": {"name": "王建军", "phone": "13800138000", "province": "山西省", "city": "临汾市",
                              "district": "隰县", "address": "龙泉镇新建路%s号"},
                 "lines": [{"sku": "YLX-G1-5KG", "quantity": 1, "unitPrice": "79.90"}]}"""
                .formatted(o.id(), o.status(), o.modified(), o.id())).toList();
        boolean hasNext = (long) page * size < window.size();
        return "{\"orders\": [" + String.join(",", json) + "], \"hasNext\": " + hasNext + "}";
    }

    /** The parameters of every request so far. */
    List<Map<String, String>> requests() {
        return queries.stream().map(FakeOrderApi::params).toList();
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
