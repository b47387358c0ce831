package cn.xixian.alliance.ecommerce.channels.poll;

import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderFields;
import cn.xixian.alliance.ecommerce.stores.OnlineStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One page of a store's orders modified in a window, from the store's order API (its poll URL: the platform's API
 * behind the store's integration gateway, which adds the platform's own app key and signature). The pages may list
 * the window's orders in any order (the platforms' default is newest first): the poller reads a window whole before
 * sorting it. Query parameters by format:
 * <ul>
 * <li>TAOBAO ({@code taobao.trades.sold.increment.get} style): {@code start_modified}, {@code end_modified}
 * ({@code yyyy-MM-dd HH:mm:ss}, China time, both inclusive), {@code page_no} (from 1), {@code page_size},
 * {@code use_has_next=true};</li>
 * <li>JD ({@code jingdong.pop.order.search} style): {@code start_date}, {@code end_date} (China time, on the
 * modified time), {@code page} (from 1), {@code page_size};</li>
 * <li>GENERIC: {@code modifiedFrom}, {@code modifiedTo} (ISO-8601 UTC instants, inclusive), {@code page} (from 1),
 * {@code size}; the answer is an array of orders or {@code {"orders": [...], "hasNext": bool}}.</li>
 * </ul>
 */
@Component
class StoreOrderApi {

    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(OrderFields.CHINA);

    private final HttpClient http;
    private final Duration timeout;

    @Autowired
    StoreOrderApi(EcommerceProperties settings) {
        this(settings.poll().timeout());
    }

    StoreOrderApi(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    String page(OnlineStore store, Instant from, Instant to, int page, int size) throws IOException {
        URI uri = uri(store, from, to, page, size);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() / 100 != 2) {
                response.body().close();
                throw new IOException("order API of " + store.code() + " answered HTTP " + response.statusCode());
            }
            return CappedBody.read(response.body(), CappedBody.MAX_BYTES, store.code());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while polling " + store.code(), e);
        }
    }

    static URI uri(OnlineStore store, Instant from, Instant to, int page, int size) {
        Map<String, String> query = new LinkedHashMap<>();
        switch (store.format()) {
            case TAOBAO -> {
                query.put("start_modified", CHINA_TIME.format(from));
                query.put("end_modified", CHINA_TIME.format(to));
                query.put("page_no", String.valueOf(page));
                query.put("page_size", String.valueOf(size));
                query.put("use_has_next", "true");
            }
            case JD -> {
                query.put("start_date", CHINA_TIME.format(from));
                query.put("end_date", CHINA_TIME.format(to));
                query.put("page", String.valueOf(page));
                query.put("page_size", String.valueOf(size));
            }
            default -> {
                query.put("modifiedFrom", from.toString());
                query.put("modifiedTo", to.toString());
                query.put("page", String.valueOf(page));
                query.put("size", String.valueOf(size));
            }
        }
        String url = store.poll().url();
        String params = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(url + (url.contains("?") ? "&" : "?") + params);
    }
}
