package cn.xixian.alliance.ecommerce;

import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.Receiver;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;

/**
 * Stands in for the generic channel route where the channels are not part of the build (the replay test needs a
 * route behind {@code direct:channel-generic}): maps the generic order JSON (README, Online-store sales) to an {@link IncomingOrder}.
 */
class GenericChannelStandIn extends RouteBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        from(SalesEndpoints.channel(OrderFormat.GENERIC)).routeId("test-channel-generic").process(e -> {
            String payload = e.getMessage().getBody(String.class);
            JsonNode o = JSON.readTree(payload);
            List<IncomingLine> lines = new ArrayList<>();
            for (int i = 0; i < o.path("lines").size(); i++) {
                JsonNode l = o.path("lines").get(i);
                lines.add(new IncomingLine(String.valueOf(i), l.path("sku").asText(null), null, l.path("quantity").asInt(),
                        new BigDecimal(l.path("unitPrice").asText("0")), false));
            }
            JsonNode r = o.path("receiver");
            OffsetDateTime modified = OffsetDateTime.parse(o.path("modified").asText());
            e.getMessage().setBody(List.of(new IncomingOrder(e.getMessage().getHeader(SalesEndpoints.STORE_CODE, String.class),
                    o.path("orderId").asText(), OrderFormat.GENERIC, SaleStatus.valueOf(o.path("status").asText()),
                    o.path("status").asText(), modified.toInstant(), modified.toInstant(),
                    new Receiver(r.path("name").asText(null), r.path("phone").asText(null), r.path("province").asText(null),
                            r.path("city").asText(null), r.path("district").asText(null), r.path("address").asText(null)),
                    null, lines, e.getMessage().getHeader(SalesEndpoints.SOURCE, String.class), payload)));
        }).to(SalesEndpoints.STORE_ORDERS);
    }
}
