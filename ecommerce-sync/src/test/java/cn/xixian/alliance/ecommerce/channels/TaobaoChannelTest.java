package cn.xixian.alliance.ecommerce.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetter;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TaobaoChannelTest extends ChannelTestSupport {

    @Autowired
    DeadLetters deadLetterService;

    private static final String TRADE = sample("taobao-trade-fullinfo.json");

    @Test
    void aTradeMapsWithItsChineseTextMoneyChinaTimesAndSubOrders() {
        List<?> reply = send(OrderFormat.TAOBAO, "TAOBAO-T1", TRADE);

        assertThat(reply).hasSize(1);
        IncomingOrder order = received().get(0);
        assertThat(order.storeCode()).isEqualTo("TAOBAO-T1");
        assertThat(order.orderId()).isEqualTo("3745817231874123456");
        assertThat(order.format()).isEqualTo(OrderFormat.TAOBAO);
        assertThat(order.status()).isEqualTo(SaleStatus.PAID);
        assertThat(order.platformStatus()).isEqualTo("WAIT_SELLER_SEND_GOODS");
        assertThat(order.created()).isEqualTo(Instant.parse("2026-11-10T16:03:17Z"));
        assertThat(order.modified()).isEqualTo(Instant.parse("2026-11-10T16:03:42Z"));
        assertThat(order.payment()).isEqualByComparingTo(new BigDecimal("159.80"));
        assertThat(order.receiver().name()).isEqualTo("王秀兰");
        assertThat(order.receiver().province()).isEqualTo("广东省");
        assertThat(order.receiver().district()).isEqualTo("南山区");
        assertThat(order.receiver().address()).isEqualTo("科技园南区高新南七道18号 3栋501室");
        assertThat(order.lines()).extracting(l -> l.lineId(), l -> l.sku(), l -> l.quantity(), l -> l.cancelled())
                .containsExactly(tuple("3745817231875123456", "YLX-SP-5KG", 1, false),
                        tuple("3745817231876123456", "YLX-G1-5KG", 1, false));
        assertThat(order.lines().get(0).unitPrice()).isEqualByComparingTo(new BigDecimal("99.90"));
        assertThat(order.lines().get(0).title()).isEqualTo("山西隰县玉露香梨 特级果 5kg礼盒装 新鲜当季水果 皮薄多汁");
        assertThat(order.source()).isEqualTo("webhook");
        assertThat(order.payload()).isEqualTo(TRADE);
    }

    @Test
    void repeatedAndOutOfOrderVersionsEachCarryTheirOwnModified() {
        String shipped = TRADE.replace("\"status\": \"WAIT_SELLER_SEND_GOODS\",\n      \"seller_nick\"",
                "\"status\": \"WAIT_BUYER_CONFIRM_GOODS\",\n      \"seller_nick\"")
                .replace("\"modified\": \"2026-11-11 00:03:42\"", "\"modified\": \"2026-11-12 09:30:00\"");

        send(OrderFormat.TAOBAO, "TAOBAO-T1", TRADE);
        send(OrderFormat.TAOBAO, "TAOBAO-T1", shipped);
        send(OrderFormat.TAOBAO, "TAOBAO-T1", TRADE);
        send(OrderFormat.TAOBAO, "TAOBAO-T1", TRADE);

        assertThat(received()).extracting(IncomingOrder::modified).containsExactly(
                Instant.parse("2026-11-10T16:03:42Z"), Instant.parse("2026-11-12T01:30:00Z"),
                Instant.parse("2026-11-10T16:03:42Z"), Instant.parse("2026-11-10T16:03:42Z"));
        assertThat(received()).extracting(IncomingOrder::status)
                .containsExactly(SaleStatus.PAID, SaleStatus.SHIPPED, SaleStatus.PAID, SaleStatus.PAID);
        assertThat(received()).extracting(IncomingOrder::orderId).containsOnly("3745817231874123456");
    }

    @Test
    void aClosedTradeIsCancelledAndAClosedSubOrderCancelsOnlyItsLine() {
        String closed = TRADE.replaceAll("\"status\": \"WAIT_SELLER_SEND_GOODS\"", "\"status\": \"TRADE_CLOSED\"");
        String oneLineRefunded = TRADE.replaceFirst(
                "\"status\": \"WAIT_SELLER_SEND_GOODS\",\n            \"refund_status\": \"NO_REFUND\"",
                "\"status\": \"TRADE_CLOSED\",\n            \"refund_status\": \"SUCCESS\"");

        send(OrderFormat.TAOBAO, "TAOBAO-T1", closed);
        send(OrderFormat.TAOBAO, "TAOBAO-T1", oneLineRefunded);

        assertThat(received().get(0).status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(received().get(1).status()).isEqualTo(SaleStatus.PAID);
        assertThat(received().get(1).lines()).extracting(l -> l.cancelled()).containsExactly(true, false);
    }

    @Test
    void aMalformedTradeIsDeadLetteredWithItsPayloadAndEveryBadFieldNamed() {
        String bad = TRADE.replace("\"tid\": 3745817231874123456,", "").replace("\"tid_str\": \"3745817231874123456\",", "")
                .replace("\"num\": 1,\n            \"price\": \"79.90\"", "\"num\": 0,\n            \"price\": \"79.90\"")
                .replace("\"modified\": \"2026-11-11 00:03:42\"", "\"modified\": \"11/11/2026\"");

        OrderRejectedException rejected = rejection(OrderFormat.TAOBAO, "TAOBAO-T1", bad);

        assertThat(rejected.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("tid", "modified", "orders.order[1].num");
        assertThat(rejected.deadLetterId()).isNotNull();
        DeadLetter letter = deadLetters().get(0);
        assertThat(letter.id()).isEqualTo(rejected.deadLetterId());
        assertThat(letter.payload()).isEqualTo(bad);
        assertThat(letter.format()).isEqualTo(OrderFormat.TAOBAO);
        assertThat(letter.storeCode()).isEqualTo("TAOBAO-T1");
        assertThat(letter.reason()).contains("orders.order[1].num");
        assertThat(intake.getReceivedCounter()).isZero();

        OrderRejectedException notJson = rejection(OrderFormat.TAOBAO, "TAOBAO-T1", "{\"tid\": 1, \"orders\": ");
        assertThat(notJson.errors()).extracting(FieldError::field).containsExactly("body");
        assertThat(deadLetters()).hasSize(2);
    }

    @Test
    void aReplayThatStillFailsUpdatesItsDeadLetterInsteadOfAddingOne() {
        String bad = TRADE.replace("\"modified\": \"2026-11-11 00:03:42\"", "\"modified\": \"soon\"");
        String id = rejection(OrderFormat.TAOBAO, "TAOBAO-T1", bad).deadLetterId();

        assertThatThrownBy(() -> deadLetterService.replay(id))
                .isInstanceOf(OrderRejectedException.class);

        assertThat(deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.id()).isEqualTo(id);
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.payload()).isEqualTo(bad);
        });
    }

    @Test
    void theDeadLetterHandlingAppliesToTheChannelRoutesOnly() {
        for (String route : List.of("channel-taobao", "channel-jd", "channel-generic", "channel-csv")) {
            assertThat(camel.getRoute(route).getConfigurationId()).as(route).isEqualTo("sales-channels");
        }
        assertThat(camel.getRoute("store-orders").getConfigurationId()).isNotEqualTo("sales-channels");
    }

    @Test
    void aResultPageGoesThroughAsOneBatchAndItsBadTradeIsDeadLetteredAlone() {
        List<?> reply = send(OrderFormat.TAOBAO, "TAOBAO-T1", sample("taobao-trades-page.json"));

        assertThat(intake.getReceivedCounter()).isEqualTo(1);
        assertThat(received()).extracting(IncomingOrder::orderId)
                .containsExactly("3745817231874200001", "3745817231874200003");
        assertThat(received().get(1).status()).isEqualTo(SaleStatus.COMPLETED);
        assertThat(reply).hasSize(2);
        DeadLetter letter = deadLetters().get(0);
        assertThat(letter.payload()).contains("3745817231874200002").contains("天府大道北段1700号");
        assertThat(letter.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("payment", "orders.order[0].outer_sku_id");
    }
}
