package cn.xixian.alliance.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.logistics.dispatch.DispatchService;
import cn.xixian.alliance.logistics.dispatch.StopView;
import cn.xixian.alliance.ui.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dispatcher's day on the board in a real browser: a plan (started here when there is none), its routes as
 * stop rows and a chart, an urgent request re-planned live into some van, and a driver's marks on a stop, stored.
 */
class DispatchBoardBrowserIT extends BrowserTest {

    /** A demo-county solve is limited to 10 s in tests; the page also waits for its last write and redraw. */
    private static final Duration SOLVE = Duration.ofSeconds(120);
    /** The demo fleet's day of transport requests (DemoFleet.DAY). */
    private static final String DEMO_DAY = "2026-09-10";

    @Autowired
    DispatchService dispatch;
    @Autowired
    TransportRequestService requests;

    @Test
    void dispatcherSeesRoutesAddsAnUrgentRequestAndMarksAStopArrivedThenDone() throws Exception {
        String planId = boardWithRoutes();
        WebElement firstEta = driver.findElement(By.cssSelector("#routes tr.stop td.eta"));
        assertThat(firstEta.getText()).matches("\\d{2}:\\d{2}");
        assertThat(all(By.cssSelector("#route-chart canvas"))).isNotEmpty();

        driver.findElement(By.cssSelector("#urgent-card > summary")).click();
        WebElement weight = waitFor(By.id("urgent-weight"));
        weight.clear();
        weight.sendKeys("700");
        driver.findElement(By.id("urgent-submit")).click();
        String requestId = waitUntil(d -> {
            String id = d.findElement(By.id("urgent-result")).getDomAttribute("data-request-id");
            return id == null || id.isBlank() ? null : id;
        });
        waitUntil(d -> d.findElement(By.id("solve-progress")).isDisplayed());
        waitUntil(d -> blankToNull(d.findElement(By.id("score-count")).getText()));
        TransportRequest stored = requests.get(requestId);
        assertThat(stored.urgent()).isTrue();
        assertThat(stored.weightKg()).isEqualByComparingTo("700");
        String onVan = "#routes section.van tr.stop[data-request-id='" + requestId + "']";
        waitLong(d -> !d.findElements(By.cssSelector(onVan)).isEmpty() && !"SOLVING".equals(planStatus(d)));
        assertThat(all(By.cssSelector(onVan))).as("pickup and delivery of the urgent request on a van").hasSize(2);
        assertThat(driver.findElement(By.id("urgent-result")).getText()).isNotBlank();
        assertThat(dispatch.get(planId).vans().stream().flatMap(v -> v.stops().stream()))
                .anyMatch(s -> s.requestId().equals(requestId));

        if (!all(By.id("publish")).isEmpty() && driver.findElement(By.id("publish")).isDisplayed()) {
            driver.findElement(By.id("publish")).click();
            waitLong(d -> "PUBLISHED".equals(planStatus(d)));
        }
        List<String> route = routeToMark();
        String first = route.get(0);
        String second = route.get(1);

        button(second, "arrived").click();
        String problem = waitUntil(d -> blankToNull(d.findElement(By.id("stop-problem")).getText()));
        assertThat(problem).startsWith("409");
        assertThat(row(second).getDomAttribute("data-status")).isEqualTo("PLANNED");

        button(first, "arrived").click();
        waitUntil(d -> "ARRIVED".equals(row(first).getDomAttribute("data-status")));
        button(first, "done").click();
        waitFor(By.id("done-signer")).sendKeys("王秀英");
        driver.findElement(By.id("done-confirm")).click();
        waitUntil(d -> "DONE".equals(row(first).getDomAttribute("data-status")));
        assertThat(row(first).getText()).contains("王秀英");

        StopView done = dispatch.get(planId).vans().stream().flatMap(v -> v.stops().stream())
                .filter(s -> s.id().equals(first)).findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.signer()).isEqualTo("王秀英");
        assertThat(done.arrivedAt()).isNotNull();
        driver.findElement(By.cssSelector("#urgent-card > summary")).click();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('#urgent-card').scrollIntoView()");
        screenshot("dispatch-desktop");
    }

    @Test
    void boardSpeaksEnglishAfterLangEnAndFitsAPhone() throws Exception {
        boardWithRoutes();
        open("/dispatch?lang=en");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Dispatch board (red express)");
        waitUntil(d -> !d.findElements(By.cssSelector("#routes tr.stop")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#routes table.stops th")).getText()).isEqualTo("ETA");
        open("/dispatch?lang=zh-CN");
        waitUntil(d -> !d.findElements(By.cssSelector("#routes tr.stop")).isEmpty());

        phone();
        driver.navigate().refresh();
        waitUntil(d -> !d.findElements(By.cssSelector("#routes tr.stop")).isEmpty());
        assertThat(fitsWidth()).as("dispatch board fits 375 px").isTrue();
        driver.findElement(By.cssSelector("#urgent-card > summary")).click();
        waitFor(By.id("urgent-submit"));
        assertThat(fitsWidth()).as("the urgent request form fits 375 px").isTrue();
        driver.findElement(By.cssSelector("#urgent-card > summary")).click();
        WebElement list = driver.findElement(By.id("routes"));
        WebElement chart = driver.findElement(By.id("route-chart"));
        assertThat(chart.getLocation().getY()).as("chart below the stop list on a phone")
                .isGreaterThan(list.getLocation().getY());
        assertThat(driver.findElement(By.cssSelector("#routes tr.stop td.eta")).isDisplayed()).isTrue();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('.stops-col h2').scrollIntoView()");
        screenshot("dispatch-375");

        desktop();
        driver.manage().deleteAllCookies();
        login("coop-001");
        open("/dispatch");
        assertThat(waitFor(By.id("error-status")).getText()).as("a cooperative may not open the board").isEqualTo("403");
    }

    /** Signs in as the dispatcher and returns the shown plan, started through the page when none has routes. */
    private String boardWithRoutes() {
        login("dispatcher");
        assertThat(driver.getCurrentUrl()).endsWith("/dispatch");
        waitUntil(d -> !d.findElements(By.id("no-plan")).isEmpty() || planStatus(d) != null);
        if (!"SOLVING".equals(planStatus(driver)) && all(By.cssSelector("#routes tr.stop")).isEmpty()) {
            startPlan(null);
        }
        waitLong(d -> in(planStatus(d), "SOLVED", "PUBLISHED", "FAILED"));
        if (all(By.cssSelector("#routes tr.stop")).isEmpty()) {
            // Other tests of this context may have left open requests due on a day no van can serve them
            // (the default day): then plan the demo county's season day.
            startPlan(DEMO_DAY);
            waitLong(d -> in(planStatus(d), "SOLVED", "PUBLISHED"));
        }
        waitUntil(d -> !d.findElements(By.cssSelector("#routes tr.stop")).isEmpty());
        return driver.findElement(By.id("dispatch")).getDomAttribute("data-plan-id");
    }

    private void startPlan(String date) {
        if (date != null) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "document.getElementById('start-date').value = arguments[0]", date);
        }
        String before = driver.findElement(By.id("dispatch")).getDomAttribute("data-plan-id");
        driver.findElement(By.id("start-plan")).click();
        waitUntil(d -> {
            String now = d.findElement(By.id("dispatch")).getDomAttribute("data-plan-id");
            return now != null && !now.equals(before) && planStatus(d) != null;
        });
    }

    /** Two stops of one van, the first still planned with every earlier stop done (a van not yet started). */
    private List<String> routeToMark() {
        for (WebElement van : all(By.cssSelector("#routes section.van"))) {
            List<WebElement> rows = van.findElements(By.cssSelector("tr.stop"));
            if (rows.size() >= 2 && "PLANNED".equals(rows.get(0).getDomAttribute("data-status"))
                    && "PLANNED".equals(rows.get(1).getDomAttribute("data-status"))) {
                return List.of(rows.get(0).getDomAttribute("data-stop-id"), rows.get(1).getDomAttribute("data-stop-id"));
            }
        }
        throw new AssertionError("no van with two planned stops on the board");
    }

    private WebElement row(String stopId) {
        return driver.findElement(By.cssSelector("#routes tr.stop[data-stop-id='" + stopId + "']"));
    }

    private WebElement button(String stopId, String action) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(
                    By.cssSelector("#routes tr.stop[data-stop-id='" + stopId + "'] button[data-action='" + action + "']"));
            return found.isEmpty() || !found.get(0).isEnabled() ? null : found.get(0);
        });
    }

    private static String planStatus(WebDriver d) {
        List<WebElement> badge = d.findElements(By.id("plan-status"));
        return badge.isEmpty() ? null : blankToNull(badge.get(0).getDomAttribute("data-status"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private <T> T waitLong(Function<WebDriver, T> condition) {
        return waitUntil(SOLVE, condition);
    }

    private static boolean in(String status, String... states) {
        return status != null && List.of(states).contains(status);
    }
}
