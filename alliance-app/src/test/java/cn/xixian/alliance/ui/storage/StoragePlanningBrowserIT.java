package cn.xixian.alliance.ui.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.coldstorage.planning.PlanStatus;
import cn.xixian.alliance.coldstorage.planning.StoragePlan;
import cn.xixian.alliance.coldstorage.planning.StoragePlanService;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.ui.BrowserTest;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator plans storage through the page: starts a solve on the demo county, sees the best score change
 * live, stops it, reads the plan (rows, lon/lat chart, explanation per constraint) and publishes it.
 */
class StoragePlanningBrowserIT extends BrowserTest {

    @Autowired StoragePlanService plans;
    @Autowired TransportRequestService transport;

    @Test
    void coordinatorSolvesWatchesStopsAndPublishesAPlan() throws Exception {
        // One plan solves at a time in the app; another test's solve would queue ours behind it.
        waitUntil(Duration.ofSeconds(120), d -> plans.recent(20).stream()
                .noneMatch(p -> p.status() == PlanStatus.SOLVING));
        login("coordinator");
        open("/storage");
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("仓储规划");
        // The form's defaults: allocate this season's harvest lots not yet in stock, picked up at the villages.
        assertThat(driver.findElement(By.cssSelector("input[name=kind][value=ALLOCATION]")).isSelected()).isTrue();
        driver.findElement(By.id("start")).click();

        WebElement status = waitFor(By.id("plan-status"));
        waitUntil(d -> "SOLVING".equals(status.getAttribute("data-status")) || "SOLVED".equals(status.getAttribute("data-status")));
        String id = driver.findElement(By.id("plan-id")).getText();
        // The best score as shown changes while the solver runs (two different texts seen, more history points).
        Set<String> seen = new LinkedHashSet<>();
        waitUntil(Duration.ofSeconds(90), d -> {
            seen.add(d.findElement(By.id("score")).getText());
            seen.remove("–");
            return seen.size() >= 2 || "SOLVED".equals(status.getAttribute("data-status"));
        });
        assertThat(seen).as("best scores shown while solving").hasSizeGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(driver.findElement(By.id("score-chart")).getAttribute("data-points"))).isGreaterThan(1);
        assertThat(driver.findElement(By.id("initial-score")).getText())
                .isNotEqualTo(driver.findElement(By.id("score")).getText());

        WebElement stop = driver.findElement(By.id("stop"));
        if (stop.isEnabled()) {
            stop.click();
        }
        waitUntil(d -> "SOLVED".equals(status.getAttribute("data-status")));
        assertThat(all(By.cssSelector("#assignments tbody tr"))).isNotEmpty();
        scrollTo("map-chart");
        assertThat(all(By.cssSelector("#map-chart canvas"))).isNotEmpty();
        assertThat(all(By.cssSelector("#constraints tbody tr")).stream().map(WebElement::getText))
                .anyMatch(row -> row.startsWith("运输成本")).anyMatch(row -> row.startsWith("贮藏成本"));
        assertThat(all(By.cssSelector("#constraint-chart canvas"))).isNotEmpty();
        scrollTo("plan");
        screenshot("storage-desktop");
        scrollTo("constraints");
        screenshot("storage-explained");

        driver.findElement(By.id("publish")).click();
        waitUntil(d -> "PUBLISHED".equals(status.getAttribute("data-status")));
        assertThat(driver.findElement(By.id("publish-result")).getText()).startsWith("已发布");
        StoragePlan stored = plans.get(id);
        assertThat(stored.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(transport.all(TransportStatus.values())).anyMatch(r -> "storage-plan".equals(r.source())
                && r.sourceRef().startsWith(id + "/"));

        phone();
        open("/storage?plan=" + id);
        waitUntil(d -> "PUBLISHED".equals(d.findElement(By.id("plan-status")).getAttribute("data-status")));
        assertThat(fitsWidth()).as("storage page fits 375 px").isTrue();
        screenshot("storage-375");
        desktop();

        open("/storage?lang=en");
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("Storage planning");
        assertThat(waitFor(By.cssSelector("#plans tr[data-plan='" + id + "'] .badge")).getText()).isEqualTo("Published");
    }

    private void scrollTo(String elementId) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();", elementId);
    }
}
