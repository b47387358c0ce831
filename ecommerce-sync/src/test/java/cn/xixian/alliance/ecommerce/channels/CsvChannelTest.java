package cn.xixian.alliance.ecommerce.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import cn.xixian.alliance.ecommerce.stores.OnlineStoreRequest;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import cn.xixian.alliance.ecommerce.stores.StorePlatform;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

class CsvChannelTest extends ChannelTestSupport {

    @Autowired
    OnlineStores stores;
    @Value("${alliance.data-dir}/store-exports")
    Path exports;

    @Test
    void aChineseExportGroupsRowsIntoOrdersAndDeadLettersTheBadOneWithItsRow() {
        List<?> reply = producer.requestBodyAndHeaders("direct:channel-csv", sample("taobao-export.csv"),
                Map.of("allianceStoreCode", "TAOBAO-T1", "allianceSource", "csv"), List.class);

        assertThat(received()).extracting(IncomingOrder::orderId)
                .containsExactly("3745817231874300001", "3745817231874300003");
        IncomingOrder first = received().get(0);
        assertThat(first.status()).isEqualTo(SaleStatus.PAID);
        assertThat(first.format()).isEqualTo(OrderFormat.CSV);
        assertThat(first.modified()).isEqualTo(Instant.parse("2026-11-11T04:00:01Z"));
        assertThat(first.receiver().address()).isEqualTo("中关村大街27号 中关村大厦,8层");
        assertThat(first.lines()).extracting(l -> l.sku(), l -> l.quantity())
                .containsExactly(tuple("YLX-SP-5KG", 1),
                        tuple("YLX-G1-5KG", 2));
        assertThat(first.lines().get(1).unitPrice()).isEqualByComparingTo(new BigDecimal("79.90"));
        assertThat(received().get(1).status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(reply).hasSize(2);
        assertThat(deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.errors()).containsExactly(new FieldError(4L, "quantity",
                    "must be a whole number above 0, not '两箱'"));
            assertThat(letter.payload()).startsWith("订单编号,订单状态").contains("马丽").doesNotContain("黄晓明");
        });
    }

    @Test
    void englishHeadersWorkAndLargeFilesGoInChunksOfAtMost500Orders() {
        StringBuilder csv = new StringBuilder("orderId,status,modified,sku,quantity,unitPrice,receiverName,phone,"
                + "province,city,district,address\n");
        for (int i = 1; i <= 1001; i++) {
            csv.append("WEB-%05d,PAID,2026-11-11 12:00:00,YLX-G1-5KG,1,79.90,顾客%d,13900000000,山西省,太原市,小店区,长风街%d号\n"
                    .formatted(i, i, i));
        }
        List<?> reply = producer.requestBodyAndHeaders("direct:channel-csv", csv.toString(),
                Map.of("allianceStoreCode", "WEB-T1", "allianceSource", "csv"), List.class);

        assertThat(intake.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(List.class).size())
                .containsExactly(500, 500, 1);
        assertThat(reply).hasSize(1001);
        assertThat(received().get(1000).receiver().name()).isEqualTo("顾客1001");
    }

    @Test
    void theWatchedFolderTakesAStoresExportAndMovesItToDoneOrError() throws Exception {
        stores.create(new OnlineStoreRequest("TAOBAO-T1", "淘宝店", StorePlatform.TAOBAO, null, null, null));
        Path folder = Files.createDirectories(exports.resolve("TAOBAO-T1"));
        NotifyBuilder twoFiles = new NotifyBuilder(camel).fromRoute("csv-folder").whenDone(2).create();

        // A GBK export from an older back office, and one that has no usable header at all.
        Files.write(folder.resolve("orders-1111.csv"), sample("taobao-export.csv").substring(1)
                .getBytes(Charset.forName("GBK")));
        Files.writeString(folder.resolve("garbage.csv"), "hello,world\n1,2\n", StandardCharsets.UTF_8);

        assertThat(twoFiles.matches(20, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(folder.resolve(".done/orders-1111.csv"))
                && Files.exists(folder.resolve(".error/garbage.csv")));
        assertThat(received()).extracting(IncomingOrder::orderId)
                .containsExactly("3745817231874300001", "3745817231874300003");
        assertThat(received().get(0).receiver().name()).isEqualTo("黄晓明");
        assertThat(received()).extracting(IncomingOrder::source).containsOnly("csv");
        assertThat(deadLetters()).hasSize(2).anySatisfy(l -> assertThat(l.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("orderId", "status", "modified", "sku", "quantity"));
    }
}
