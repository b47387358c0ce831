package cn.xixian.alliance.ui.cooperative;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ui.BrowserTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cooperative page in a real browser, as coop-001: a lot recorded through the form is shown and stored,
 * bad values are refused next to their fields (by the page's own checks and by the API), a CSV import runs to
 * its row-numbered report, the cooperative's own contracts are listed, another cooperative's page is refused.
 */
class CooperativeBrowserIT extends BrowserTest {

    @Autowired
    MemberService members;
    @Autowired
    HouseholdService households;
    @Autowired
    HarvestLotService lots;
    @Autowired
    RedOrderService redOrders;

    @Test
    void recordsALotWithInlineChecksAndSeesOnlyItsOwnContracts() throws Exception {
        login("coop-001");
        assertThat(driver.getCurrentUrl()).endsWith("/cooperatives/COOP-001");
        String coop = members.find("COOP-001").orElseThrow().id();
        List<Household> own = householdsOf(coop);
        long before = lotsOf(coop).size();

        // The page's own checks: no household, a negative weight. Nothing reaches the server.
        type(By.id("lot-weight"), "-2");
        driver.findElement(By.id("lot-submit")).click();
        assertThat(error("weightKg")).isEqualTo("须为大于 0 的数字。");
        assertThat(error("householdId")).isEqualTo("必填。");
        assertThat(driver.findElement(By.id("lot-weight")).getAttribute("class")).contains("invalid");

        // The server's check: a household of another cooperative (a stale page, say) comes back as a 400 on the field.
        Household foreign = householdsOf(members.find("COOP-002").orElseThrow().id()).get(0);
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('lot-household').add(new Option('x', arguments[0]));", foreign.id());
        new Select(driver.findElement(By.id("lot-household"))).selectByValue(foreign.id());
        type(By.id("lot-weight"), "50");
        new Select(driver.findElement(By.id("lot-grade"))).selectByValue("GRADE_2");
        driver.findElement(By.id("lot-submit")).click();
        waitUntil(d -> !error("householdId").isEmpty());
        assertThat(error("weightKg")).isEmpty();
        assertThat(lotsOf(coop)).as("nothing stored for the refused values").hasSize((int) before);

        // A good lot: shown in the recent lots and stored for COOP-001.
        String ref = "UI-" + System.nanoTime();
        new Select(driver.findElement(By.id("lot-household"))).selectByValue(own.get(0).id());
        type(By.id("lot-weight"), "123.456");
        new Select(driver.findElement(By.id("lot-grade"))).selectByValue("GRADE_1");
        type(By.id("lot-ref"), ref);
        driver.findElement(By.id("lot-submit")).click();
        WebElement row = waitFor(By.xpath("//table[@id='lots-table']//tr[td[normalize-space()='" + ref + "']]"));
        assertThat(row.getText()).contains(own.get(0).code()).contains("123.456").contains("一级");
        HarvestLot stored = lotsOf(coop).stream().filter(l -> ref.equals(l.externalRef())).findFirst().orElseThrow();
        assertThat(stored.householdId()).isEqualTo(own.get(0).id());
        assertThat(stored.weightKg()).isEqualByComparingTo(new BigDecimal("123.456"));
        assertThat(error("householdId")).isEmpty();

        // Its contracts and statements, and nothing of another cooperative's households.
        List<RedOrder> contracts = redOrders.search(new RedOrderService.Filter(null, coop, null, null),
                Pages.of(0, 500)).items();
        assertThat(contracts).isNotEmpty();
        assertThat(all(By.cssSelector("#contracts-table tbody[data-contract-id]"))).hasSize(contracts.size());
        assertThat(all(By.cssSelector("#statements-table tr[data-statement-for]"))).hasSize(contracts.size());
        Set<String> ownCodes = own.stream().map(Household::code).collect(Collectors.toSet());
        for (WebElement cell : all(By.cssSelector("#statements-table tr[data-statement-for] td:first-child"))) {
            assertThat(ownCodes).contains(cell.getText().split(" ")[0]);
        }
        screenshot("cooperative-desktop");

        phone();
        assertThat(fitsWidth()).as("cooperative page fits 375 px").isTrue();
        screenshot("cooperative-375");
    }

    @Test
    void importsTheFilledInTemplateWithProgressAndARowNumberedReport() throws Exception {
        login("coop-001");
        String coop = members.find("COOP-001").orElseThrow().id();
        List<Household> own = householdsOf(coop);

        // The template link: the importer's header and a row per household of COOP-001.
        String href = driver.findElement(By.id("import-template")).getDomProperty("href");
        String template = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
        List<String> lines = template.lines().toList();
        assertThat(lines.get(0)).isEqualTo(HarvestTemplate.HEADER);
        assertThat(lines).hasSize(own.size() + 1);
        assertThat(lines.get(1)).contains(own.get(0).id()).contains(own.get(0).code());

        // Filled in as the hint says (rows not needed deleted); the second row's weight is bad: line 3 of the file.
        String prefix = "CSV-" + System.nanoTime() + "-";
        String[][] values = {{"2026-09-12", "250.5", "GRADE_1"}, {"2026-09-12", "-3", "GRADE_2"}, {"2026-09-13", "180", "特级"}};
        StringBuilder filled = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < values.length; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            cells[0] = prefix + (i + 1);
            System.arraycopy(values[i], 0, cells, 2, 3);
            filled.append(String.join(",", cells)).append('\n');
        }
        Path csv = Files.createTempFile("harvest-", ".csv");
        Path wrongHeader = Files.createTempFile("harvest-", ".csv");
        Files.writeString(csv, filled);
        Files.writeString(wrongHeader, "householdId,weightKg\n" + own.get(0).id() + ",12\n");
        try {
            // A file the importer cannot read at all is refused at upload, next to the file field.
            driver.findElement(By.id("import-file")).sendKeys(wrongHeader.toAbsolutePath().toString());
            driver.findElement(By.id("import-submit")).click();
            assertThat(waitFor(By.cssSelector("#import-form [data-error-for='header']")).getText()).contains("pickDate");
            assertThat(driver.findElement(By.id("import-progress")).isDisplayed()).isFalse();
            driver.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
            driver.findElement(By.id("import-submit")).click();
            waitUntil(d -> "COMPLETED".equals(d.findElement(By.id("import-progress")).getDomAttribute("data-status")));
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(wrongHeader);
        }
        assertThat(driver.findElement(By.cssSelector("#import-form [data-error-for='header']")).getText()).isEmpty();
        WebElement bar = driver.findElement(By.id("import-bar"));
        assertThat(bar.getDomProperty("value")).isEqualTo(bar.getDomProperty("max"));
        assertThat(driver.findElement(By.id("import-phase")).getText()).isEqualTo("导入完成。");
        List<WebElement> problems = all(By.cssSelector("#import-errors tbody tr"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).getDomAttribute("data-row")).isEqualTo("3");
        assertThat(problems.get(0).getText()).startsWith("3 重量（公斤）");
        assertThat(driver.findElement(By.id("import-summary")).getText()).contains("导入 2 个批次").contains("出错 1 行");
        assertThat(lotsOf(coop).stream().filter(l -> l.externalRef().startsWith(prefix)).map(HarvestLot::externalRef))
                .containsExactlyInAnyOrder(prefix + "1", prefix + "3");
        waitFor(By.xpath("//table[@id='lots-table']//td[normalize-space()='250.5']"));
    }

    @Test
    void anotherCooperativesPageIsRefusedAndTheCoordinatorSeesThemAll() {
        login("coop-001");
        open("/cooperatives");
        assertThat(driver.getCurrentUrl()).endsWith("/cooperatives/COOP-001");
        open("/cooperatives/COOP-002");
        assertThat(driver.findElement(By.id("error-status")).getText()).isEqualTo("403");
        assertThat(driver.findElement(By.id("error-message")).getText()).isEqualTo("您无权打开此页面。");
        assertThat(driver.getPageSource()).doesNotContain(members.find("COOP-002").orElseThrow().name());

        open("/cooperatives/COOP-001?lang=en");
        assertThat(driver.findElement(By.id("lot-submit")).getText()).isEqualTo("Record the lot");
        assertThat(driver.findElement(By.cssSelector("#contracts h2")).getText()).isEqualTo("Red-order contracts");
        driver.manage().deleteAllCookies();

        login("coordinator");
        open("/cooperatives");
        assertThat(all(By.cssSelector("#cooperatives-table tbody tr"))).hasSize(88);
        driver.findElement(By.linkText("COOP-002")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/cooperatives/COOP-002"));
        assertThat(driver.findElement(By.id("cooperative-name")).getText())
                .isEqualTo(members.find("COOP-002").orElseThrow().name());
        open("/cooperatives/COOP-999");
        assertThat(driver.findElement(By.id("error-status")).getText()).isEqualTo("404");
    }

    private String error(String field) {
        return driver.findElement(By.cssSelector("#lot-form [data-error-for='" + field + "']")).getText();
    }

    private void type(By by, String text) {
        WebElement input = driver.findElement(by);
        input.clear();
        input.sendKeys(text);
    }

    private List<Household> householdsOf(String cooperativeId) {
        return households.search(new HouseholdService.Filter(cooperativeId, null, null, null, null),
                Pages.of(0, 1000, "code")).items();
    }

    private List<HarvestLot> lotsOf(String cooperativeId) {
        return lots.search(new HarvestLotService.Filter(cooperativeId, null, null, null, null, null),
                Pages.of(0, 1000, "_id")).items();
    }
}
