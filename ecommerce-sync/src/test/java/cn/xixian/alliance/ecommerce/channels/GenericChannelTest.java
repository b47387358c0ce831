package cn.xixian.alliance.ecommerce.channels;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GenericChannelTest extends ChannelTestSupport {

    private static final String ORDER = sample("generic-order.json");

    @Test
    void anOrderOfThe832PlatformMapsWithItsChineseTextMoneyAndInstant() {
        send(OrderFormat.GENERIC, "P832-T1", ORDER);

        IncomingOrder order = received().get(0);
        assertThat(order.orderId()).isEqualTo("832-20261111-000123");
        assertThat(order.format()).isEqualTo(OrderFormat.GENERIC);
        assertThat(order.status()).isEqualTo(SaleStatus.PAID);
        assertThat(order.modified()).isEqualTo(Instant.parse("2026-11-10T18:03:04Z"));
        assertThat(order.payment()).isEqualByComparingTo(new BigDecimal("1598.00"));
        assertThat(order.receiver().address()).isEqualTo("龙泉镇西街12号 隰县人民医院职工食堂");
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineId()).isEqualTo("YLX-G1-5KG");
            assertThat(line.quantity()).isEqualTo(20);
            assertThat(line.unitPrice()).isEqualByComparingTo(new BigDecimal("79.90"));
            assertThat(line.title()).isEqualTo("隰县玉露香梨一级果5kg（832扶贫产品）");
        });
        assertThat(order.payload()).isEqualTo(ORDER);
    }

    @Test
    void versionsRefundsAndCancelsCarryTheirModifiedAndStatus() {
        String refunded = ORDER.replace("\"PAID\"", "\"REFUNDED\"").replace("02:03:04+08:00", "09:00:00+08:00");
        String shippedEarlier = ORDER.replace("\"PAID\"", "\"SHIPPED\"").replace("02:03:04+08:00", "01:00:00+08:00");

        send(OrderFormat.GENERIC, "P832-T1", ORDER);
        send(OrderFormat.GENERIC, "P832-T1", refunded);
        send(OrderFormat.GENERIC, "P832-T1", shippedEarlier);
        send(OrderFormat.GENERIC, "P832-T1", ORDER.replace("\"PAID\"", "\"CANCELLED\""));

        assertThat(received()).extracting(IncomingOrder::modified).containsExactly(
                Instant.parse("2026-11-10T18:03:04Z"), Instant.parse("2026-11-11T01:00:00Z"),
                Instant.parse("2026-11-10T17:00:00Z"), Instant.parse("2026-11-10T18:03:04Z"));
        assertThat(received()).extracting(IncomingOrder::status).containsExactly(SaleStatus.PAID,
                SaleStatus.REFUNDED, SaleStatus.SHIPPED, SaleStatus.CANCELLED);
        assertThat(received()).extracting(o -> o.status().active()).containsExactly(true, false, true, false);
    }

    @Test
    void aMalformedOrderIsDeadLetteredWithEveryBadFieldNamed() {
        String bad = """
                {"orderId": "832-X", "status": "SENT", "modified": "yesterday",
                 "lines": [{"sku": "YLX-G1-5KG", "quantity": 2, "unitPrice": "79.999"}, {"quantity": -1}]}""";
        OrderRejectedException rejected = rejection(OrderFormat.GENERIC, "P832-T1", bad);

        assertThat(rejected.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("status", "modified",
                "lines[0].unitPrice", "lines[1].sku", "lines[1].quantity");
        assertThat(deadLetters()).singleElement().satisfies(l -> {
            assertThat(l.payload()).isEqualTo(bad);
            assertThat(l.format()).isEqualTo(OrderFormat.GENERIC);
        });
        assertThat(intake.getReceivedCounter()).isZero();
    }
}
