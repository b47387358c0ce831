package cn.xixian.alliance.ui.sales;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.ecommerce.catalog.NewSkuMapping;
import cn.xixian.alliance.ecommerce.catalog.SkuCatalog;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetter;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetterStatus;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import cn.xixian.alliance.ecommerce.orders.StoreOrder;
import cn.xixian.alliance.ecommerce.orders.StoreOrders;
import cn.xixian.alliance.ui.BrowserTest;
import cn.xixian.alliance.ui.StoreWebhooks;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sales desk as the coordinator uses it: an order sent by a store today shows with the household its box was
 * booked on; a message refused for an unknown SKU waits as a dead letter until the SKU is mapped and it is replayed
 * from the page (then it books what contracts allow, here nothing: no contract takes off-grade fruit, so its line is
 * reported unbooked), and a second replay is refused as a conflict.
 */
class SalesBrowserIT extends BrowserTest {

    private static final String STORE = "WEB-01";

    @Autowired
    StoreOrders orders;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    SkuCatalog catalog;
    @Autowired
    HouseholdService households;

    @Test
    void coordinatorSeesBookingsUnbookedLinesAndReplaysADeadLetter() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String booked = "UI-SALE-" + run;
        String offGrade = "UI-OFF-" + run;
        String sku = "UI-OFF-SKU-" + run;
        StoreWebhooks stores = new StoreWebhooks(port);
        assertThat(stores.order(STORE, booked, "YLX-G1-5KG", 2)).isEqualTo(202);
        assertThat(stores.order(STORE, offGrade, sku, 3)).as("unknown SKU: refused, dead-lettered").isEqualTo(400);
        StoreOrder order = orders.get(STORE, booked);
        assertThat(order.bookings()).isNotEmpty();
        var household = households.get(order.bookings().get(0).householdId());
        DeadLetter letter = deadLetters.list(STORE, DeadLetterStatus.NEW, 0, 50).stream()
                .filter(l -> l.payload().contains(offGrade)).findFirst().orElseThrow();

        login("coordinator");
        open("/sales?storeCode=" + STORE);
        WebElement group = waitFor(By.cssSelector("#orders > tbody[data-order='" + STORE + ":" + booked + "']"));
        assertThat(group.findElement(By.cssSelector(".order-id")).getText()).isEqualTo(booked);
        assertThat(group.getText()).contains("已认领", "10", "159.80");
        group.findElement(By.cssSelector("button.toggle")).click();
        WebElement bookings = waitFor(By.cssSelector("#orders tbody[data-order='" + STORE + ":" + booked + "'] tr.bookings"));
        assertThat(bookings.findElement(By.cssSelector(".household")).getText()).contains(household.code(), household.name());
        assertThat(bookings.findElement(By.cssSelector("a.trace-link")).getAttribute("href"))
                .endsWith("/trace?id=" + STORE + ":" + booked);
        screenshot("sales-desktop");

        // the cause fixed: the SKU now names off-grade boxes, which no red order contracts
        catalog.create(new NewSkuMapping(sku, STORE, Grade.OFF_GRADE, null, null, new BigDecimal("10"), "UI test"));
        WebElement row = waitFor(By.cssSelector("#dead-letters tr[data-letter='" + letter.id() + "']"));
        assertThat(row.getText()).contains(sku);
        row.findElement(By.cssSelector("button.replay")).click();
        WebElement outcome = waitFor(By.cssSelector("#dead-letters tr[data-letter='" + letter.id() + "'] .outcome"));
        assertThat(outcome.getAttribute("data-outcome")).isEqualTo("UNBOOKED");
        assertThat(outcome.getText()).contains(STORE + " " + offGrade, "订单未认领");
        assertThat(row.findElement(By.cssSelector(".letter-status")).getText()).isEqualTo("已重放");
        assertThat(deadLetters.find(letter.id()).orElseThrow().status()).isEqualTo(DeadLetterStatus.REPLAYED);
        assertThat(orders.get(STORE, offGrade).status()).isEqualTo("UNBOOKED");

        row.findElement(By.cssSelector("button.replay")).click();
        WebElement problem = waitFor(By.cssSelector("#dead-letters tr[data-letter='" + letter.id() + "'] .problem"));
        assertThat(problem.getAttribute("data-status")).isEqualTo("409");
        assertThat(problem.getText()).startsWith("已重放过");

        open("/sales?storeCode=" + STORE);
        WebElement unbooked = waitFor(By.cssSelector("#unbooked tr[data-order='" + STORE + ":" + offGrade + "']"));
        assertThat(unbooked.getText()).contains(sku, "等外", "30");

        open("/sales?storeCode=" + STORE + "&lang=en");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Sales");
        assertThat(driver.findElement(By.cssSelector("#dead-letters tr[data-letter='" + letter.id() + "'] .letter-status"))
                .getText()).isEqualTo("Replayed");
        phone();
        assertThat(fitsWidth()).as("sales page fits 375 px").isTrue();
        screenshot("sales-375");
    }

    @Test
    void aStoreIntegrationReadsTheDeskButCannotReplay() {
        login("store");
        open("/sales");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("销售");
        assertThat(all(By.cssSelector("button.replay"))).isEmpty();
    }
}
