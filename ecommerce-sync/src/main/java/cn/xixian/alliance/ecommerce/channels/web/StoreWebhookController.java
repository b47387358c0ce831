package cn.xixian.alliance.ecommerce.channels.web;

import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import cn.xixian.alliance.ecommerce.stores.OnlineStore;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders pushed by the stores. The call carries no user: the signature over the raw body with the store's secret is
 * the authentication, checked before anything is parsed, stored or logged. A valid call goes through the store's
 * channel route and the canonical intake synchronously, so 202 means the order is stored.
 */
@RestController
@Tag(name = "Sales: store webhooks", description = "Signed order pushes from the online stores")
class StoreWebhookController {

    private static final Logger log = LoggerFactory.getLogger(StoreWebhookController.class);

    private final OnlineStores stores;
    private final ProducerTemplate producer;
    private final long maxBody;
    private final ObjectMapper json;

    StoreWebhookController(OnlineStores stores, ProducerTemplate producer, ObjectMapper json,
            EcommerceProperties settings) {
        this.stores = stores;
        this.producer = producer;
        this.json = json;
        this.maxBody = settings.webhook().maxBody().toBytes();
    }

    @PostMapping("/api/v1/stores/{storeCode}/webhook")
    @SecurityRequirements
    @Operation(summary = "Push an order (Taobao trade, JD order or the generic JSON)",
            description = "The body is the marketplace's own order JSON, UTF-8, as the store's platform sends it "
                    + "(a single order, or the platform's response envelope/page); a body clearly in another of the three "
                    + "shapes is read as that shape. Header X-Alliance-Hmac-Sha256 = "
                    + "base64(HMAC-SHA256(store secret, raw body bytes)).",
            parameters = @Parameter(name = OnlineStores.SIGNATURE_HEADER, in = ParameterIn.HEADER, required = true,
                    description = "base64(HMAC-SHA256(secret, raw body))"),
            responses = {
                    @ApiResponse(responseCode = "202", description = "Taken: {storeCode, orderId, outcome, status}"),
                    @ApiResponse(responseCode = "400", description = "Malformed or rejected order (errors name "
                            + "the fields); it is kept as a dead letter"),
                    @ApiResponse(responseCode = "401", description = "Missing or wrong signature, or an unknown store "
                            + "(the same answer); nothing stored"),
                    @ApiResponse(responseCode = "413", description = "Body larger than "
                            + "alliance.ecommerce.webhook.max-body (1 MB by default)")})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<?> receive(@PathVariable String storeCode, HttpServletRequest request,
            @RequestHeader(name = OnlineStores.SIGNATURE_HEADER, required = false) String signature)
            throws IOException {
        // An unknown store gets the answer of a wrong signature, so store codes cannot be found out by trying them.
        OnlineStore store = stores.find(storeCode).orElse(null);
        // Anyone may call this path, so the body is read only up to the limit, before any check.
        byte[] raw = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        if (raw.length > maxBody) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.PAYLOAD_TOO_LARGE, "the body is larger than " + maxBody + " bytes"));
        }
        if (store == null || !stores.signatureMatches(store.code(), raw, signature)) {
            log.warn("Webhook for store {} refused: {}", store == null ? "(unknown)" : store.code(),
                    store == null ? "no such store" : signature == null ? "no signature" : "a wrong signature");
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "missing or wrong " + OnlineStores.SIGNATURE_HEADER + " signature");
            problem.setTitle("Unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        List<IntakeResult> results = send(store, new String(raw, StandardCharsets.UTF_8));
        return ResponseEntity.accepted().body(WebhookReceipt.of(store.code(), results));
    }

    @SuppressWarnings("unchecked")
    private List<IntakeResult> send(OnlineStore store, String payload) {
        try {
            OrderFormat format = PayloadShape.of(json, payload).orElse(store.format());
            if (format != store.format()) {
                log.info("Webhook for store {} ({} orders) carries a {} order: read as such", store.code(),
                        store.format(), format);
            }
            Object reply = producer.requestBodyAndHeaders(SalesEndpoints.channel(format), payload,
                    Map.of(SalesEndpoints.STORE_CODE, store.code(), SalesEndpoints.SOURCE, "webhook"));
            return reply instanceof List<?> list ? (List<IntakeResult>) list : List.of();
        } catch (CamelExecutionException e) {
            // The route's OrderRejectedException (an InvalidInputException) becomes the API's 400 problem.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
