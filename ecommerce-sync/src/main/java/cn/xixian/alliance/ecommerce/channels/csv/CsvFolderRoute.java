package cn.xixian.alliance.ecommerce.channels.csv;

import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The watched folder of back-office exports: {@code <base-dir>/<storeCode>/*.csv}. A file goes through the CSV
 * channel and moves to {@code .done} beside it (orders with bad rows are dead letters by then), or to {@code .error}
 * when nothing in it could be read (it is a dead letter too) or the folder names no known store.
 */
@Component
class CsvFolderRoute extends RouteBuilder {

    /** Chinese back offices often export GBK; anything that is not valid UTF-8 is read as GB18030 (its superset). */
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final OnlineStores stores;
    private final String baseDir;
    private final Duration delay;
    private final Duration readLockCheck;
    private final boolean enabled;

    CsvFolderRoute(OnlineStores stores, EcommerceProperties settings) {
        this.stores = stores;
        this.baseDir = settings.csv().baseDir();
        this.delay = settings.csv().delay();
        this.readLockCheck = settings.csv().readLockCheckInterval();
        this.enabled = settings.csv().enabled();
    }

    @Override
    public void configure() {
        // Depth 2 = <store>/<file>.csv; .done and .error sit one level deeper and are never read again. The
        // "changed" read lock waits until a file has stopped growing (a back office still copying it).
        fromF("file:%s?recursive=true&minDepth=2&maxDepth=2&include=.*\\.(csv|CSV)&move=.done&moveFailed=.error"
                + "&readLock=changed&readLockCheckInterval=%d&readLockTimeout=%d&delay=%d&autoCreate=true",
                Path.of(baseDir).toAbsolutePath().normalize(), readLockCheck.toMillis(),
                Math.max(10_000, readLockCheck.toMillis() * 10), delay.toMillis())
                .routeId("csv-folder").autoStartup(enabled)
                .process(this::prepare).id("csv-folder-prepare")
                .to(SalesEndpoints.channel(OrderFormat.CSV)).id("csv-folder-channel")
                .log("CSV export ${header.CamelFileRelativePath} read for store ${header.allianceStoreCode}");
    }

    private void prepare(Exchange exchange) throws CharacterCodingException {
        String relative = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        String store = Path.of(relative).getName(0).toString();
        if (stores.find(store).isEmpty()) {
            throw new OrderRejectedException(SalesEndpoints.STORE_CODE, "folder " + store + " names no online store");
        }
        exchange.getMessage().setHeader(SalesEndpoints.STORE_CODE, store);
        exchange.getMessage().setHeader(SalesEndpoints.SOURCE, "csv");
        exchange.getMessage().setBody(decode(exchange.getMessage().getBody(byte[].class)));
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }
}
