package cn.xixian.alliance.ui.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Network emulation for the page's service worker. Chromium applies Selenium's network conditions (and CDP's
 * {@code Network.emulateNetworkConditions} on the page) to the page only; the worker is a target of its own, so
 * it gets the same CDP command over its own DevTools connection (found at {@code /json/list} of the browser's
 * debugger address). The connection stays open while the emulation should hold.
 */
final class ServiceWorkerNetwork implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<WebSocket> sockets = new ArrayList<>();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** Switches every service worker of the browser offline (true) or back online. */
    void offline(String debuggerAddress, boolean off) throws Exception {
        if (sockets.isEmpty()) {
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + debuggerAddress + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode target : JSON.readTree(list)) {
                if ("service_worker".equals(target.path("type").asText()) && target.has("webSocketDebuggerUrl")) {
                    sockets.add(http.newWebSocketBuilder().buildAsync(URI.create(
                            target.get("webSocketDebuggerUrl").asText()), new Listener()).get(10, TimeUnit.SECONDS));
                }
            }
            if (sockets.isEmpty()) {
                throw new IllegalStateException("no service worker target at " + debuggerAddress);
            }
            for (WebSocket socket : sockets) {
                send(socket, "Network.enable", Map.of());
            }
        }
        for (WebSocket socket : sockets) {
            send(socket, "Network.emulateNetworkConditions", Map.of("offline", off, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
    }

    private JsonNode send(WebSocket socket, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                .get(10, TimeUnit.SECONDS);
        JsonNode reply = answer.get(10, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply;
    }

    @Override
    public void close() {
        sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        sockets.clear();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> waiting = pending.remove(message.get("id").asInt());
                        if (waiting != null) {
                            waiting.complete(message);
                        }
                    }
                } catch (Exception ignored) {
                    // events and other noise
                }
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }

    static Duration timeout() {
        return Duration.ofSeconds(10);
    }
}
