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

class JdChannelTest extends ChannelTestSupport {

    private static final String ORDER = sample("jd-order.json");

    @Test
    void anOrderWithNumbersAsStringsMapsWithItsChineseTextMoneyAndChinaTimes() {
        send(OrderFormat.JD, "JD-T1", ORDER);

        IncomingOrder order = received().get(0);
        assertThat(order.orderId()).isEqualTo("298765432101");
        assertThat(order.status()).isEqualTo(SaleStatus.PAID);
        assertThat(order.platformStatus()).isEqualTo("WAIT_SELLER_STOCK_OUT");
        assertThat(order.created()).isEqualTo(Instant.parse("2026-11-11T02:15:30Z"));
        assertThat(order.modified()).isEqualTo(Instant.parse("2026-11-11T02:16:02Z"));
        assertThat(order.payment()).isEqualByComparingTo(new BigDecimal("179.80"));
        assertThat(order.receiver().name()).isEqualTo("李建国");
        assertThat(order.receiver().phone()).isEqualTo("13698765432");
        assertThat(order.receiver().district()).isEqualTo("三环到四环之间");
        assertThat(order.receiver().address()).isEqualTo("北京朝阳区三环到四环之间望京街道阜通东大街6号院3号楼1205室");
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineId()).isEqualTo("100045678901");
            assertThat(line.sku()).isEqualTo("YLX-G2-10KG");
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.unitPrice()).isEqualByComparingTo(new BigDecimal("89.90"));
            assertThat(line.title()).isEqualTo("京东自营同款 山西隰县玉露香梨 二级果 10kg家庭装");
        });
        assertThat(order.payload()).isEqualTo(ORDER);
    }

    @Test
    void versionsAndACancelCarryTheirModifiedAndStatus() {
        String shipped = ORDER.replace("WAIT_SELLER_STOCK_OUT", "WAIT_GOODS_RECEIVE_CONFIRM")
                .replace("\"modified\": \"2026-11-11 10:16:02\"", "\"modified\": \"2026-11-12 08:00:00\"");
        String cancelled = ORDER.replace("WAIT_SELLER_STOCK_OUT", "TRADE_CANCELED")
                .replace("\"modified\": \"2026-11-11 10:16:02\"", "\"modified\": \"2026-11-11 11:00:00\"");

        send(OrderFormat.JD, "JD-T1", ORDER);
        send(OrderFormat.JD, "JD-T1", shipped);
        send(OrderFormat.JD, "JD-T1", ORDER);
        send(OrderFormat.JD, "JD-T1", cancelled);

        assertThat(received()).extracting(IncomingOrder::modified).containsExactly(
                Instant.parse("2026-11-11T02:16:02Z"), Instant.parse("2026-11-12T00:00:00Z"),
                Instant.parse("2026-11-11T02:16:02Z"), Instant.parse("2026-11-11T03:00:00Z"));
        assertThat(received()).extracting(IncomingOrder::status).containsExactly(SaleStatus.PAID, SaleStatus.SHIPPED,
                SaleStatus.PAID, SaleStatus.CANCELLED);
    }

    @Test
    void aMalformedOrderNamesItsFieldsAndASearchPageDeadLettersOnlyItsBadOrder() {
        String bad = ORDER.replace("\"itemTotal\": \"2\"", "\"itemTotal\": \"两箱\"").replace("\"orderId\": \"298765432101\",", "");
        OrderRejectedException rejected = rejection(OrderFormat.JD, "JD-T1", bad);
        assertThat(rejected.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("orderId", "itemInfoList[0].itemTotal");
        assertThat(deadLetters()).singleElement().satisfies(l -> assertThat(l.payload()).isEqualTo(bad));

        send(OrderFormat.JD, "JD-T1", sample("jd-search-page.json"));
        assertThat(received()).extracting(IncomingOrder::orderId).containsExactly("298765432201");
        assertThat(received().get(0).status()).isEqualTo(SaleStatus.SHIPPED);
        assertThat(deadLetters()).hasSize(2).anySatisfy(l -> {
            assertThat(l.payload()).contains("298765432202").contains("江苏南京市鼓楼区中山北路30号");
            assertThat(l.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                    "itemInfoList[0].outerSkuId", "itemInfoList[0].itemTotal");
        });
    }
}
