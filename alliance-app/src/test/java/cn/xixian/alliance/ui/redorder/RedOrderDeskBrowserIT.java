package cn.xixian.alliance.ui.redorder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ui.BrowserTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The red-order desk as the coordinator uses it: signs a contract on the page (a missing price refused next to its
 * field first), records an advance and a delivery, settles, and the printed statement's net is the API's; rolls the
 * contract's season over (preview, then confirm) and the new season holds exactly one contract for the household;
 * the desk, a contract and a statement fit a 375 px phone; a cooperative login is refused the desk.
 */
class RedOrderDeskBrowserIT extends BrowserTest {

    private static final int SEASON = 2031; // a season of its own: the demo county's contracts are 2026's

    @Autowired
    HouseholdService households;
    @Autowired
    RedOrderService orders;

    @Test
    void coordinatorSignsRecordsSettlesPrintsAndRollsTheSeasonOver() throws Exception {
        Household household = households.search(new HouseholdService.Filter(null, null, true, null, null),
                Pages.of(0, 1, "code")).items().get(0);
        driver.manage().deleteAllCookies();
        login("coordinator");
        desktop();
        open("/red-orders?season=" + SEASON);
        WebElement sign = waitFor(By.id("sign-form"));
        sign.findElement(By.name("householdId")).sendKeys(household.code());
        WebElement season = sign.findElement(By.name("season"));
        season.clear();
        season.sendKeys(String.valueOf(SEASON));
        WebElement grade1 = sign.findElement(By.cssSelector("tr[data-grade='GRADE_1']"));
        grade1.findElement(By.cssSelector("input.kg")).sendKeys("1000");
        driver.findElement(By.id("sign")).click();
        waitUntil(d -> !grade1.findElement(By.cssSelector(".price-error")).getText().isBlank());
        assertThat(grade1.findElement(By.cssSelector(".price-error")).getText()).contains("保底价");
        grade1.findElement(By.cssSelector("input.price")).sendKeys("6.00");
        driver.findElement(By.id("sign")).click();
        waitFor(By.id("signed-link")).click();

        WebElement contract = waitFor(By.id("red-order"));
        String id = contract.getAttribute("data-id");
        WebElement advance = waitFor(By.id("advance-form"));
        advance.findElement(By.name("item")).sendKeys("复合肥");
        advance.findElement(By.name("amount")).sendKeys("300.25");
        driver.findElement(By.id("advance-save")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#timeline li[data-event='ADVANCE']")).size() == 1);
        WebElement delivery = waitFor(By.id("delivery-form"));
        new Select(delivery.findElement(By.name("grade"))).selectByValue("GRADE_1");
        delivery.findElement(By.name("weightKg")).sendKeys("800.5");
        driver.findElement(By.id("delivery-save")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#timeline li[data-event='DELIVERY']")).size() == 1);
        driver.findElement(By.id("settle")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#timeline li[data-event='SETTLED']")).size() == 1);
        assertThat(driver.findElement(By.id("contract-status")).getText()).isEqualTo("已结算");
        screenshot("red-order-contract");

        open("/red-orders/" + id + "/print");
        String printedNet = waitFor(By.id("p-net")).getText();
        BigDecimal apiNet = orders.statement(id).net();
        assertThat(new BigDecimal(printedNet)).isEqualByComparingTo(apiNet);
        assertThat(apiNet).isEqualByComparingTo("4502.75"); // 800.5 kg × 6.00 − 300.25
        assertThat(driver.findElement(By.id("p-household")).getText()).contains(household.name());
        screenshot("red-order-statement");

        open("/red-orders?season=" + SEASON);
        WebElement rollover = waitFor(By.id("rollover-form"));
        setValue(rollover.findElement(By.name("fromSeason")), String.valueOf(SEASON));
        setValue(rollover.findElement(By.name("toSeason")), String.valueOf(SEASON + 1));
        rollover.findElement(By.cssSelector(".floor-prices input[data-grade='GRADE_1']")).sendKeys("6.40");
        driver.findElement(By.id("rollover-preview")).click();
        WebElement preview = waitFor(By.id("rollover-summary"));
        assertThat(preview.getAttribute("data-households")).isEqualTo("1");
        assertThat(preview.getAttribute("data-signed")).isEqualTo("0");
        waitUntil(d -> d.findElement(By.id("rollover-confirm")).isEnabled());
        screenshot("red-order-rollover-preview");
        driver.findElement(By.id("rollover-confirm")).click();
        waitUntil(d -> "1".equals(d.findElement(By.id("rollover-summary")).getAttribute("data-signed")));
        var next = orders.search(new RedOrderService.Filter(household.id(), null, SEASON + 1, null), PageRequest.of(0, 10));
        assertThat(next.total()).isEqualTo(1);
        assertThat(next.items().get(0).lines()).extracting(RedOrder.Line::floorPricePerKg).containsExactly(new BigDecimal("6.40"));

        phone();
        open("/red-orders?season=" + SEASON);
        waitFor(By.id("desk-totals"));
        assertThat(fitsWidth()).as("desk at 375 px").isTrue();
        screenshot("red-orders-phone");
        open("/red-orders/" + id);
        waitFor(By.id("timeline"));
        assertThat(fitsWidth()).as("contract at 375 px").isTrue();
        open("/red-orders/" + id + "/print");
        waitFor(By.id("p-net"));
        assertThat(fitsWidth()).as("statement at 375 px").isTrue();
        screenshot("red-order-statement-phone");
        desktop();
    }

    @Test
    void aCooperativeIsRefusedTheDesk() {
        driver.manage().deleteAllCookies();
        login("coop-001");
        open("/red-orders");
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("403");
        assertThat(all(By.cssSelector("a[data-nav='red-orders']"))).isEmpty();
    }

    private void setValue(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }
}
