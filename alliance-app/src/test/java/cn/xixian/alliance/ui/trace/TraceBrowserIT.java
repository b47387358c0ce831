package cn.xixian.alliance.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.Receipt;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.processing.GradingRun;
import cn.xixian.alliance.core.processing.GradingRunService;
import cn.xixian.alliance.core.processing.GradingRunStatus;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.ecommerce.orders.StoreOrder;
import cn.xixian.alliance.ecommerce.orders.StoreOrders;
import cn.xixian.alliance.ui.BrowserTest;
import cn.xixian.alliance.ui.StoreWebhooks;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Tracing in a real browser: a demo graded lot back to its households and orchards and on to the cold store it
 * was received into, a store order sent today back
 * to the contract and household it is booked on, the printable label with its locally made QR code, and a
 * cooperative user kept to its own harvest lots.
 */
class TraceBrowserIT extends BrowserTest {

    @Autowired
    GradingRunService runs;
    @Autowired
    HouseholdService households;
    @Autowired
    MemberService members;
    @Autowired
    StoreOrders orders;
    @Autowired
    ColdStoreService stores;
    @Autowired
    StockService stock;

    @Test
    void coordinatorTracesAGradedLotAndAStoreOrderAndPrintsALabel() throws Exception {
        GradingRun run = runs.search(null, GradingRunStatus.COMPLETE, PageRequest.of(0, 1)).items().get(0);
        GradingRun.Output special = run.outputs().get(0);
        Household grower = households.get(run.inputs().get(0).householdId());
        // half a tonne of the special-grade lot into a chamber with room (idempotent by ref: any test order works)
        ChamberState chamber = stores.openChambers().stream().filter(c -> c.freeGrams() > 1_000_000).findFirst().orElseThrow();
        LocalDate storedOn = run.date().plusDays(1);
        stock.receive(new Receipt("ui-trace-" + special.gradedLotId(), chamber.chamberId(), special.gradedLotId(),
                Grade.SPECIAL, run.inputs().get(0).cooperativeId(), 500_000, storedOn, null));

        login("coordinator");
        open("/trace");
        waitFor(By.id("trace-id")).sendKeys(special.gradedLotId());
        driver.findElement(By.id("trace-submit")).click();
        WebElement chain = waitFor(By.id("chain"));
        assertThat(all(By.cssSelector("#chain .stage")).stream().map(s -> s.getAttribute("data-stage")).toList())
                .containsExactly("HOUSEHOLD", "ORCHARD", "HARVEST_LOT", "GRADING_RUN", "GRADED_LOT", "COLD_STORE");
        assertThat(chain.findElement(By.cssSelector("[data-stage=COLD_STORE]")).getText())
                .contains(chamber.storeCode() + " " + chamber.chamberCode(), "500", storedOn.toString());
        assertThat(all(By.cssSelector("#chain [data-stage=HARVEST_LOT] .node"))).hasSize(run.inputs().size());
        assertThat(chain.findElement(By.cssSelector("[data-stage=HOUSEHOLD]")).getText()).contains(grower.code(), grower.name());
        assertThat(chain.findElement(By.cssSelector(".node.self")).getText()).contains("特级");
        WebElement label = driver.findElement(By.id("label"));
        List<String> cooperatives = run.inputs().stream().map(i -> members.get(i.cooperativeId()).name()).distinct()
                .sorted().toList();
        long growers = run.inputs().stream().map(GradingRun.Input::householdId).distinct().count();
        assertThat(label.getText()).contains("隰县玉露香梨", "特级", special.weightKg().stripTrailingZeros().toPlainString() + " 公斤",
                cooperatives.get(0), run.date().toString(), storedOn.toString());
        if (growers > 2) {
            assertThat(label.findElement(By.cssSelector(".label-household")).getText()).endsWith("等 " + (growers - 2) + " 户");
        }
        assertThat(qrLoaded()).as("the QR image was served and drawn").isTrue();
        waitUntil(d -> ((JavascriptExecutor) d).executeScript(
                "return !!echarts.getInstanceByDom(document.getElementById('trace-graph'));"));
        screenshot("trace-desktop");

        driver.findElement(By.id("label-view")).click();
        waitFor(By.cssSelector("body.label-only #label"));
        assertThat(driver.findElement(By.id("chain")).isDisplayed()).as("label view shows the label only").isFalse();
        assertThat(qrLoaded()).isTrue();
        screenshot("trace-label");

        // a store order sent today traces back to the contract and household it is booked on
        String orderId = "UI-TRACE-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new StoreWebhooks(port).order("WEB-01", orderId, "YLX-SP-5KG", 1)).isEqualTo(202);
        StoreOrder order = orders.get("WEB-01", orderId);
        Household booked = households.get(order.bookings().get(0).householdId());
        open("/trace?id=WEB-01:" + orderId);
        assertThat(waitFor(By.cssSelector("#chain [data-stage=STORE_ORDER] .node.self")).getText()).contains(orderId);
        assertThat(driver.findElement(By.cssSelector("#chain [data-stage=RED_ORDER]")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#chain [data-stage=HOUSEHOLD]")).getText()).contains(booked.code());
        assertThat(driver.findElement(By.id("label")).getText()).contains("特级", "5 公斤", booked.code());

        open("/trace?id=NO-SUCH-LOT&lang=en");
        assertThat(waitFor(By.id("trace-not-found")).getText()).isEqualTo("Nothing is known by the id \"NO-SUCH-LOT\".");
        open("/trace?id=" + special.gradedLotId());
        assertThat(waitFor(By.cssSelector("#label .product")).getText()).contains("Xi County Yuluxiang pear");
        phone();
        assertThat(fitsWidth()).as("trace page fits 375 px").isTrue();
        screenshot("trace-375");
    }

    @Test
    void aCooperativeTracesItsOwnHarvestLotsOnly() {
        GradingRun run = runs.search(null, GradingRunStatus.COMPLETE, PageRequest.of(0, 1)).items().get(0);
        GradingRun.Input own = run.inputs().get(0);
        GradingRun.Input other = run.inputs().stream().filter(i -> !i.cooperativeId().equals(own.cooperativeId()))
                .findFirst().orElseThrow();
        login(members.get(own.cooperativeId()).code().toLowerCase());

        open("/trace?id=" + own.harvestLotId());
        assertThat(waitFor(By.cssSelector("#chain .node.self")).getText()).contains("一级");
        assertThat(driver.getPageSource()).doesNotContain(other.harvestLotId(), other.householdId());

        open("/trace?id=" + other.harvestLotId());
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("403");
        open("/trace?id=" + run.outputs().get(0).gradedLotId());
        assertThat(waitFor(By.id("error-status")).getText()).as("a graded lot mixes cooperatives' fruit").isEqualTo("403");
    }

    private boolean qrLoaded() {
        return waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const i = document.getElementById('trace-qr'); return i.complete && i.naturalWidth > 100;"));
    }
}
