package cn.xixian.alliance.ui.field;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.photos.Photos;
import cn.xixian.alliance.field.FieldDay;
import cn.xixian.alliance.logistics.dispatch.DispatchPlanView;
import cn.xixian.alliance.logistics.dispatch.DispatchService;
import cn.xixian.alliance.logistics.dispatch.StopService;
import cn.xixian.alliance.logistics.dispatch.StopView;
import cn.xixian.alliance.logistics.dispatch.VanRouteView;
import cn.xixian.alliance.logistics.fleet.FleetService;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The driver's day in a dead zone: the page reloads offline from the service worker's cache with the route it had,
 * three stops are marked (one done with a photo) and shown waiting, an exception the dispatcher has meanwhile made
 * moot is refused when the network returns and stays on the phone with the server's reason, and the marks arrive
 * once each, in route order, and show on the dispatcher's board.
 */
class DriverOfflineBrowserIT extends OfflineBrowserTest {

    @Autowired
    DispatchService dispatch;
    @Autowired
    StopService stops;
    @Autowired
    FleetService fleet;
    @Autowired
    Photos photos;
    @Autowired
    MongoTemplate mongo;

    @Test
    void marksTakenOfflineArriveOnceInRouteOrderAndARefusedOneIsKept() throws Exception {
        DispatchPlanView plan = FieldDay.published(dispatch);
        VanRouteView van = vanWithALaterRequest(plan);
        List<StopView> route = van.stops();
        StopView moot = laterPickup(route);

        login(FieldDay.login(fleet, van));
        assertThat(driver.getCurrentUrl()).as("a driver lands on the driver page").endsWith("/driver");
        open("/driver?date=" + FieldDay.DAY);
        waitUntil(d -> d.findElements(By.cssSelector("#stops li.stop")).size() == route.size());
        serviceWorkerInControl("#stops li.stop");
        waitUntil(d -> d.findElements(By.cssSelector("#stops li.stop")).size() == route.size());

        offline(true);
        driver.navigate().refresh();
        waitUntil(d -> d.findElements(By.cssSelector("#stops li.stop")).size() == route.size());
        assertThat(driver.findElement(By.id("net-status")).getDomAttribute("data-online")).isEqualTo("false");
        assertThat(driver.findElement(By.id("data-age")).getText()).as("the last data it had").isNotBlank();
        assertServiceWorkerNetworkIsOff();

        Path jpeg = photo();
        arrived(route.get(0).id());
        done(route.get(0).id(), "王秀英", jpeg);
        arrived(route.get(1).id());
        done(route.get(1).id(), "李建国", null);
        arrived(route.get(2).id());
        exception(moot.id());
        waitUntil(d -> waiting() == 7);
        assertThat(driver.findElement(By.id("sync-count")).getText()).isEqualTo("待同步 7");
        assertThat(row(route.get(0).id()).getDomAttribute("data-pending")).isEqualTo("true");
        assertThat(row(route.get(2).id()).getDomAttribute("data-status")).isEqualTo("ARRIVED");
        assertThat(status(plan.id(), route.get(0).id())).as("nothing reached the server yet").isEqualTo("PLANNED");
        phone();
        assertThat(fitsWidth()).as("driver page fits 375 px").isTrue();
        screenshot("driver-offline-375");
        desktop();

        // meanwhile the dispatcher settles the later request himself: the queued exception becomes moot
        stops.exception(moot.id(), StopService.ExceptionReason.NOBODY_THERE, "dispatcher", null);

        offline(false);
        waitUntil(Duration.ofSeconds(60), d -> waiting() == 0);
        WebElement refused = waitFor(By.cssSelector("#sync-refused li.refused"));
        assertThat(refused.findElement(By.className("reason")).getText()).startsWith("409");
        assertThat(status(plan.id(), route.get(0).id())).isEqualTo("DONE");
        assertThat(status(plan.id(), route.get(1).id())).isEqualTo("DONE");
        assertThat(status(plan.id(), route.get(2).id())).isEqualTo("ARRIVED");
        StopView first = stop(plan.id(), route.get(0).id());
        StopView second = stop(plan.id(), route.get(1).id());
        StopView third = stop(plan.id(), route.get(2).id());
        assertThat(first.signer()).isEqualTo("王秀英");
        assertThat(first.arrivedAt()).as("in route order").isBefore(first.doneAt());
        assertThat(first.doneAt()).isBeforeOrEqualTo(second.arrivedAt());
        assertThat(second.doneAt()).isBeforeOrEqualTo(third.arrivedAt());
        assertThat(actionKeys(plan.id(), route.get(0).id())).as("arrived and done, once each").hasSize(2);
        assertThat(actionKeys(plan.id(), route.get(2).id())).hasSize(1);
        assertThat(photos.of("STOP", route.get(0).id())).hasSize(1).allMatch(p -> p.contentType().equals("image/jpeg"));

        driver.navigate().refresh();
        waitFor(By.cssSelector("#sync-refused li.refused"));
        assertThat(all(By.cssSelector("#sync-refused li.refused"))).as("kept after a reload, not lost").hasSize(1);
        driver.findElement(By.cssSelector("#sync-refused button[data-discard]")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#sync-refused li.refused")).isEmpty());

        driver.manage().deleteAllCookies();
        login("dispatcher");
        open("/dispatch?plan=" + plan.id());
        waitUntil(d -> "DONE".equals(d.findElement(By.cssSelector("#routes tr.stop[data-stop-id='" + route.get(0).id()
                + "']")).getDomAttribute("data-status")));
        waitFor(By.cssSelector("#routes tr.stop[data-stop-id='" + route.get(0).id() + "'] .pod-photo img"));
        assertThat(driver.findElement(By.cssSelector("#routes tr.stop[data-stop-id='" + route.get(1).id() + "']"))
                .getDomAttribute("data-status")).isEqualTo("DONE");
    }

    @Test
    void eachFieldRoleOpensOnlyItsOwnPage() {
        login("driver-01");
        open("/keeper");
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("403");
        open("/technician");
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("403");
        driver.manage().deleteAllCookies();
        login("tech-001");
        assertThat(driver.getCurrentUrl()).endsWith("/technician");
        open("/driver");
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("403");
        driver.manage().deleteAllCookies();
        login("keeper-01");
        assertThat(driver.getCurrentUrl()).endsWith("/keeper");
        open("/dispatch");
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("403");
    }

    private void arrived(String stopId) {
        button(stopId, "arrived").click();
        waitUntil(d -> !"PLANNED".equals(row(stopId).getDomAttribute("data-status")));
    }

    private void done(String stopId, String signer, Path photo) {
        button(stopId, "done").click();
        waitFor(By.id("done-signer")).sendKeys(signer);
        if (photo != null) {
            driver.findElement(By.id("done-photos")).sendKeys(photo.toAbsolutePath().toString());
        }
        driver.findElement(By.id("done-confirm")).click();
        waitUntil(d -> "DONE".equals(row(stopId).getDomAttribute("data-status")));
        if (photo != null) {
            waitUntil(d -> waiting() >= 3);
        }
    }

    private void exception(String stopId) {
        button(stopId, "exception").click();
        waitFor(By.id("exception-note")).sendKeys("客户不在家");
        driver.findElement(By.id("exception-confirm")).click();
        waitUntil(d -> "EXCEPTION".equals(row(stopId).getDomAttribute("data-status")));
    }

    private WebElement row(String stopId) {
        return driver.findElement(By.cssSelector("#stops li.stop[data-stop-id='" + stopId + "']"));
    }

    private WebElement button(String stopId, String action) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(
                    By.cssSelector("#stops li.stop[data-stop-id='" + stopId + "'] button[data-action='" + action + "']"));
            return found.isEmpty() || !found.get(0).isEnabled() ? null : found.get(0);
        });
    }

    /** A van, untouched by other tests, with at least 4 stops and a request whose both stops come after the third. */
    private static VanRouteView vanWithALaterRequest(DispatchPlanView plan) {
        return FieldDay.untouchedVans(plan, 5).stream().filter(v -> laterPickupOrNull(v.stops()) != null).findFirst()
                .orElseThrow(() -> new AssertionError("no van with a request after its third stop"));
    }

    private static StopView laterPickup(List<StopView> route) {
        return laterPickupOrNull(route);
    }

    private static StopView laterPickupOrNull(List<StopView> route) {
        for (int i = 3; i < route.size(); i++) {
            StopView s = route.get(i);
            String request = s.requestId();
            boolean allLater = true;
            for (int k = 0; k < 3; k++) {
                allLater &= !route.get(k).requestId().equals(request);
            }
            if (allLater) {
                return s;
            }
        }
        return null;
    }

    private StopView stop(String planId, String stopId) {
        return dispatch.get(planId).vans().stream().flatMap(v -> v.stops().stream()).filter(s -> s.id().equals(stopId))
                .findFirst().orElseThrow();
    }

    private String status(String planId, String stopId) {
        return stop(planId, stopId).status();
    }

    @SuppressWarnings("unchecked")
    private List<String> actionKeys(String planId, String stopId) {
        Document plan = mongo.findById(planId, Document.class, "dispatch_plans");
        for (Document van : (List<Document>) plan.get("vans")) {
            for (Document stop : (List<Document>) van.get("stops")) {
                if (stopId.equals(stop.get("_id")) || stopId.equals(stop.get("id"))) {
                    return (List<String>) stop.get("actionKeys");
                }
            }
        }
        throw new AssertionError("no stop " + stopId);
    }

    /** A 2400 × 1800 photo as a phone camera makes it; the page scales it to 1600 px before sending. */
    static Path photo() throws Exception {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0xb7, 0x1c, 0x1c));
        g.fillRect(0, 0, 2400, 1800);
        g.setColor(java.awt.Color.YELLOW);
        g.fillOval(600, 300, 1200, 1200);
        g.dispose();
        Path file = Files.createTempFile("pod-", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
