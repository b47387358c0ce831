package cn.xixian.alliance.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.coldstorage.coldstore.SellFirstService;
import cn.xixian.alliance.core.redorder.SeasonBook;
import cn.xixian.alliance.core.redorder.SeasonBookService;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.orders.SalesTotals;
import cn.xixian.alliance.ui.BrowserTest;
import java.math.BigDecimal;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The coordinator's dashboard in a real browser, on the demo county: figures, charts, languages, widths, access. */
class DashboardBrowserIT extends BrowserTest {

    private static final List<String> CHARTS = List.of("chart-red-orders", "chart-fruit-age", "chart-occupancy",
            "chart-chambers");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    SeasonBookService books;
    @Autowired
    SalesTotals sales;
    @Autowired
    SellFirstService sellFirst;

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("data-value");
    }

    private void chartsDrawn() {
        for (String chart : CHARTS) {
            waitUntil(d -> !d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
        }
    }

    @Test
    void theCoordinatorSeesTheCountysFiguresAndChartsInBothLanguagesAndOnAPhone() throws Exception {
        login("coordinator");
        assertThat(driver.getCurrentUrl()).endsWith("/dashboard");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("联盟总览");

        // Members: the demo county's 88 cooperatives and 29 villages; households as MongoDB counts them.
        assertThat(value("fig-kind-COOPERATIVE")).isEqualTo("88");
        assertThat(value("fig-kind-VILLAGE")).isEqualTo("29");
        assertThat(Long.parseLong(value("fig-households"))).isEqualTo(mongo.count(new org.springframework.data.mongodb
                .core.query.Query(), "households"));
        assertThat(Long.parseLong(value("fig-poverty-households"))).isEqualTo(mongo.getCollection("households")
                .countDocuments(new Document("povertyRegistered", true)));
        assertThat(all(By.cssSelector("#cooperatives tbody tr"))).hasSize(88);
        assertThat(driver.findElement(By.cssSelector("#cooperatives tbody tr td")).getText()).isEqualTo("COOP-001");

        // Season: households reached = distinct households with a contract of the season that is not cancelled.
        SeasonBook book = books.book(null);
        Document notCancelled = new Document("season", book.season()).append("status", new Document("$ne", "CANCELLED"));
        long reached = mongo.getCollection("red_orders").distinct("householdId", notCancelled, String.class)
                .into(new java.util.ArrayList<>()).size();
        assertThat(reached).isPositive();
        assertThat(Long.parseLong(value("fig-reached"))).isEqualTo(reached).isEqualTo(book.householdsReached());
        assertThat(new BigDecimal(value("fig-poverty-income"))).isEqualByComparingTo(book.povertyRegisteredGross());
        assertThat(new BigDecimal(value("fig-traded")))
                .isEqualByComparingTo(book.settledGross().add(sales.season(book.season()).paid()));
        assertThat(Long.parseLong(value("fig-sell-first"))).isEqualTo(sellFirst.list(null, Pages.of(0, 1)).total());
        assertThat(driver.findElement(By.id("season")).getText()).contains(String.valueOf(book.season()));

        chartsDrawn();
        driver.manage().window().setSize(new Dimension(1280, 1720)); // the README's picture: figures and all charts
        Thread.sleep(400); // the charts redraw at the new width (animation off after the first frame)
        screenshot("dashboard-desktop");

        phone();
        open("/dashboard");
        chartsDrawn();
        assertThat(fitsWidth()).as("dashboard fits 375 px").isTrue();
        screenshot("dashboard-375");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('chart-occupancy').scrollIntoView();");
        Thread.sleep(300);
        screenshot("dashboard-375-occupancy");

        desktop();
        open("/dashboard?lang=en");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Alliance overview");
        assertThat(driver.findElement(By.cssSelector("#fig-kind-COOPERATIVE .label")).getText()).isEqualTo("Cooperatives");
        chartsDrawn();
    }

    @Test
    void signingOutFromTheNavigationLandsOnTheSignInPage() {
        login("coordinator");
        waitFor(By.id("logout")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
        assertThat(waitFor(By.id("sign-in")).isDisplayed()).isTrue();
        open("/dashboard");
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void aCooperativeIsRefusedTheDashboard() {
        login("coop-001");
        open("/dashboard");
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("403");
        assertThat(driver.findElement(By.id("error-message")).getText()).isEqualTo("您无权打开此页面。");
    }
}
