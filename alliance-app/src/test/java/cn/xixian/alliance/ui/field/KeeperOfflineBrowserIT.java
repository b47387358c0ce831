package cn.xixian.alliance.ui.field;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.coldstorage.coldstore.LedgerEntry;
import cn.xixian.alliance.coldstorage.coldstore.MoveType;
import cn.xixian.alliance.coldstorage.coldstore.StockLot;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.core.units.Weights;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A keeper counts a lot inside a cold store without signal; the COUNT adjustment is written once when back online. */
class KeeperOfflineBrowserIT extends OfflineBrowserTest {

    @Autowired
    StockService stock;

    @Test
    void aCountTakenOfflineWritesOneCountEntryWhenTheNetworkReturns() throws Exception {
        login("keeper-01");
        assertThat(driver.getCurrentUrl()).endsWith("/keeper");
        waitFor(By.cssSelector("#stores tr.lot"));
        serviceWorkerInControl("#stores tr.lot");
        waitFor(By.cssSelector("#stores tr.lot"));

        offline(true);
        driver.navigate().refresh();
        WebElement row = waitFor(By.cssSelector("#stores tr.lot"));
        assertThat(driver.findElement(By.id("net-status")).getDomAttribute("data-online")).isEqualTo("false");
        assertServiceWorkerNetworkIsOff();
        String chamberId = row.findElement(By.xpath("ancestor::details[@data-chamber-id]")).getDomAttribute("data-chamber-id");
        String lotRef = row.getDomAttribute("data-lot-ref");
        StockLot lot = stock.lots(chamberId).stream().filter(l -> l.lotRef().equals(lotRef)).findFirst().orElseThrow();
        BigDecimal counted = Weights.kg(lot.grams()).add(new BigDecimal("3.5"));
        int entries = stock.ledger(chamberId).size();

        row.findElement(By.cssSelector("input.counted")).sendKeys(counted.toPlainString());
        row.findElement(By.cssSelector("button[data-action='count']")).click();
        waitUntil(d -> waiting() == 1);
        assertThat(driver.findElement(By.id("sync-count")).getText()).isEqualTo("待同步 1");
        phone();
        assertThat(fitsWidth()).as("keeper page fits 375 px").isTrue();
        screenshot("keeper-offline-375");
        desktop();
        assertThat(stock.ledger(chamberId)).hasSize(entries);

        offline(false);
        waitUntil(Duration.ofSeconds(60), d -> waiting() == 0);
        assertThat(all(By.cssSelector("#sync-refused li.refused"))).isEmpty();
        List<LedgerEntry> counts = stock.ledger(chamberId).stream().filter(e -> e.type() == MoveType.COUNT
                && lotRef.equals(e.lotRef()) && e.grams() == Weights.grams(new BigDecimal("3.5"))).toList();
        assertThat(counts).as("one COUNT entry of counted − booked").hasSize(1);
        assertThat(stock.ledger(chamberId)).hasSize(entries + 1);
        assertThat(stock.lots(chamberId).stream().filter(l -> l.lotRef().equals(lotRef)).findFirst().orElseThrow()
                .grams()).isEqualTo(Weights.grams(counted));
    }
}
