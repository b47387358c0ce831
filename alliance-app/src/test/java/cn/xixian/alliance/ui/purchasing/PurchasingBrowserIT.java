package cn.xixian.alliance.ui.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.purchasing.PurchaseOrder;
import cn.xixian.alliance.core.purchasing.PurchaseOrderService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ui.BrowserTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A purchasing round from the page: a supplier added, a household's need recorded, the season's needs aggregated
 * into a bulk order, its delivery split per village (a transport request shown with its status), the saving shown
 * per village; the page fits a 375 px phone; a cooperative login is refused the page.
 */
class PurchasingBrowserIT extends BrowserTest {

    private static final int SEASON = 2033; // a season of its own: the demo's needs are 2027's

    @Autowired
    HouseholdService households;
    @Autowired
    PurchaseOrderService orders;

    @Test
    void coordinatorRunsARoundFromNeedsToAVillageDelivery() throws Exception {
        Household household = households.search(new HouseholdService.Filter(null, null, null, null, null),
                Pages.of(0, 1, "code")).items().get(0);
        String code = "UI-" + UUID.randomUUID().toString().substring(0, 6);
        driver.manage().deleteAllCookies();
        login("coordinator");
        desktop();
        open("/purchasing?season=" + SEASON);
        WebElement supplier = waitFor(By.id("supplier-form"));
        supplier.findElement(By.name("code")).sendKeys(code);
        supplier.findElement(By.name("name")).sendKeys("隰县农资站");
        supplier.findElement(By.name("lat")).sendKeys("36.69");
        supplier.findElement(By.name("lon")).sendKeys("110.94");
        driver.findElement(By.id("supplier-save")).click();
        waitUntil(d -> d.findElement(By.id("suppliers")).getText().contains(code));

        WebElement need = waitFor(By.id("need-form"));
        need.findElement(By.name("householdId")).sendKeys(household.code());
        need.findElement(By.name("item")).sendKeys("复合肥");
        need.findElement(By.name("unit")).sendKeys("袋");
        driver.findElement(By.id("need-save")).click(); // no quantity, no date: refused next to the fields
        waitUntil(d -> !d.findElement(By.cssSelector("#need-form [data-error-for='quantity']")).getText().isBlank());
        need = driver.findElement(By.id("need-form"));
        need.findElement(By.name("quantity")).sendKeys("3");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('#need-form [name=wantedBy]').value = arguments[0];", SEASON + "-03-01");
        driver.findElement(By.id("need-save")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#needs tbody tr")).size() == 1);

        WebElement order = waitFor(By.id("order-form"));
        new org.openqa.selenium.support.ui.Select(order.findElement(By.name("supplierId"))).selectByVisibleText("隰县农资站");
        order.findElement(By.name("item")).sendKeys("复合肥");
        order.findElement(By.name("unit")).sendKeys("袋");
        order.findElement(By.name("unitWeightKg")).sendKeys("40");
        order.findElement(By.name("groupPricePerUnit")).sendKeys("138.50");
        order.findElement(By.name("retailPricePerUnit")).sendKeys("165.00");
        driver.findElement(By.id("order-save")).click();
        WebElement deliver = waitFor(By.cssSelector("#orders button.deliver"));
        PurchaseOrder placed = orders.search(SEASON, null, PageRequest.of(0, 10)).items().get(0);
        assertThat(placed.savingTotal()).isEqualByComparingTo("79.50"); // 3 × (165.00 − 138.50)
        deliver.click();
        WebElement status = waitFor(By.cssSelector("#deliveries .transport-status"));
        assertThat(status.getText()).isEqualTo("等待派车");
        assertThat(waitFor(By.cssSelector("#village-savings tbody tr")).getAttribute("data-saving")).isEqualTo("79.50");
        screenshot("purchasing-desktop");

        phone();
        open("/purchasing?season=" + SEASON);
        waitFor(By.id("deliveries"));
        assertThat(fitsWidth()).as("purchasing at 375 px").isTrue();
        screenshot("purchasing-phone");
        desktop();
        assertThat(orders.get(placed.id()).villages()).allSatisfy(v -> assertThat(v.transportRequestId()).isNotNull());
        assertThat(new BigDecimal("79.50")).isEqualByComparingTo(orders.get(placed.id()).savingTotal());
    }

    @Test
    void aCooperativeIsRefusedThePage() {
        driver.manage().deleteAllCookies();
        login("coop-001");
        open("/purchasing");
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("403");
    }
}
