package cn.xixian.alliance.ecommerce.channels.mapping;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.IntakeOutcome;
import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/** The steps every JSON channel route shares: parse, unwrap, map, and refuse a single order the intake rejected. */
@Component
public class ChannelSteps {

    /** Exchange property: the payload as it arrived (what a dead letter keeps). */
    public static final String PAYLOAD = "alliancePayload";
    /** Exchange property: the channel's {@link OrderFormat}. */
    public static final String FORMAT = "allianceFormat";

    private final ObjectMapper json;
    private final DeadLetters deadLetters;

    ChannelSteps(ObjectMapper json, DeadLetters deadLetters) {
        // Money that arrives as a JSON number must not pass through double.
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.deadLetters = deadLetters;
    }

    /** A route step: body the raw payload (String), becomes the {@code List<IncomingOrder>} it holds. */
    public Processor mapJson(OrderMapper mapper) {
        return exchange -> {
            String payload = start(exchange, mapper.format());
            String store = header(exchange, SalesEndpoints.STORE_CODE);
            if (store == null) {
                throw new OrderRejectedException(SalesEndpoints.STORE_CODE, "header is required");
            }
            exchange.getMessage().setBody(
                    map(mapper, parse(payload), payload, store, header(exchange, SalesEndpoints.SOURCE)).orders());
        };
    }

    /** Remembers the payload and format for the dead letter, whatever happens next; returns the payload. */
    public static String start(Exchange exchange, OrderFormat format) {
        String payload = exchange.getMessage().getBody(String.class);
        exchange.setProperty(PAYLOAD, payload);
        exchange.setProperty(FORMAT, format);
        return payload;
    }

    public JsonNode parse(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new OrderRejectedException("body", "is empty");
        }
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new OrderRejectedException("body", "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    /**
     * The orders of a payload. A single order that cannot be mapped refuses the message; in a page, each order that
     * cannot be mapped is dead-lettered on its own (with its own JSON) and the rest go on.
     */
    public Page map(OrderMapper mapper, JsonNode root, String payload, String store, String source) {
        OrderMapper.Orders found = mapper.unwrap(root);
        if (found.single()) {
            return new Page(List.of(mapper.map(found.orders().get(0), store, source, payload)), 0, found.hasNext());
        }
        List<IncomingOrder> orders = new ArrayList<>();
        int rejected = 0;
        for (JsonNode node : found.orders()) {
            String text = node.toString();
            try {
                orders.add(mapper.map(node, store, source, text));
            } catch (OrderRejectedException e) {
                deadLetters.record(store, mapper.format(), source, text, e.errors(), null);
                rejected++;
            }
        }
        return new Page(orders, rejected, found.hasNext());
    }

    /**
     * After the intake: a single webhook or replayed order it rejected (unknown SKU …) is refused to the caller with
     * the reason. The intake has dead-lettered it already, so the rejection carries that dead letter's id and the
     * error handling does not record it twice.
     */
    public void refuseRejectedSingle(Exchange exchange) {
        String source = header(exchange, SalesEndpoints.SOURCE);
        if (!"webhook".equals(source) && !"replay".equals(source)) {
            return;
        }
        List<?> results = exchange.getMessage().getBody(List.class);
        if (results != null && results.size() == 1 && results.get(0) instanceof IntakeResult result
                && result.outcome() == IntakeOutcome.REJECTED) {
            throw new OrderRejectedException(errorsOf(result.reason()), result.deadLetterId());
        }
    }

    /** "lines[0].sku: unknown SKU; ..." back to field errors. */
    static List<FieldError> errorsOf(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(FieldError.of("order", "rejected"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (String part : reason.split("; ")) {
            int colon = part.indexOf(": ");
            errors.add(colon > 0 ? FieldError.of(part.substring(0, colon), part.substring(colon + 2))
                    : FieldError.of("order", part));
        }
        return errors;
    }

    public static String header(Exchange exchange, String name) {
        return exchange.getMessage().getHeader(name, String.class);
    }

    /** The orders found in a payload or a polled page, how many were dead-lettered, and whether more pages follow. */
    public record Page(List<IncomingOrder> orders, int rejected, Boolean hasNext) {
    }
}
