package cn.xixian.alliance.ui.field;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.ui.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * The field pages' browser tests: the network switched off and on through Chromium's DevTools protocol
 * (Selenium's network conditions on the page, and the same emulation over CDP), the service worker awaited, and
 * the sync badge read.
 */
abstract class OfflineBrowserTest extends BrowserTest {

    private final ServiceWorkerNetwork worker = new ServiceWorkerNetwork();
    private final java.util.List<String> probeFailures = new java.util.ArrayList<>();

    /** Switches the browser's network off (true) or back on: the page's and its service worker's. */
    protected void offline(boolean off) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> chrome = (Map<String, Object>) ((org.openqa.selenium.HasCapabilities) driver)
                    .getCapabilities().getCapability("goog:chromeOptions");
            worker.offline(String.valueOf(chrome.get("debuggerAddress")), off);
        } catch (Exception e) {
            probeFailures.add("could not switch the service worker's network: " + e);
        }
        if (!off) {
            worker.close();
        }
        // on: the DevTools emulation first, then Selenium's conditions (whose removal tells the page it is online)
        ((ChromeDriver) driver).executeCdpCommand("Network.enable", Map.of());
        ((ChromeDriver) driver).executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", off,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        HasNetworkConditions conditions = (HasNetworkConditions) driver;
        if (off) {
            ChromiumNetworkConditions none = new ChromiumNetworkConditions();
            none.setOffline(true);
            none.setLatency(Duration.ZERO);
            conditions.setNetworkConditions(none);
        } else {
            conditions.deleteNetworkConditions();
        }
        waitUntil(d -> Boolean.valueOf(!off).equals(js("return navigator.onLine;")));
    }

    /** Waits until the page's service worker is active and controls the page (reloading once if needed). */
    protected void serviceWorkerInControl(String readyCss) {
        waitUntil(d -> Boolean.TRUE.equals(js("return !!(navigator.serviceWorker && navigator.serviceWorker.controller);"))
                || reload(readyCss));
    }

    private boolean reload(String readyCss) {
        Object active = js("return navigator.serviceWorker.getRegistration(location.pathname)"
                + ".then(r => !!(r && r.active));");
        if (Boolean.TRUE.equals(active)) {
            driver.navigate().refresh();
            waitFor(By.cssSelector(readyCss));
        }
        return false;
    }

    /**
     * Proves the reload came from the service worker's cache, not the network: a same-origin asset the worker
     * never cached must now fail (the worker's own network is off too, so it answers 503 "offline").
     */
    protected void assertServiceWorkerNetworkIsOff() {
        Object status = js("return fetch('/js/alliance.js?probe=' + Date.now()).then(r => r.status, e => -1);");
        Object uncached = js("return fetch('/js/never-cached-probe.js').then(r => r.status, e => -1);");
        if (!java.util.List.of(503, -1).contains(((Number) uncached).intValue())) {
            probeFailures.add("an asset the worker never cached answered " + uncached + " offline");
        }
        if (((Number) status).intValue() != 200) {
            probeFailures.add("a cached asset answered " + status + " offline");
        }
    }

    /** Checked last, so that the whole offline round runs even when the probe finds the worker online. */
    @org.junit.jupiter.api.AfterEach
    void serviceWorkerWasOffline() {
        worker.close();
        try {
            System.out.println("field-queue trail (" + getClass().getSimpleName() + "):\n"
                    + js("return (window.__fieldLog || []).join('\\n') + '\\nonLine=' + navigator.onLine;"));
        } catch (RuntimeException e) {
            System.out.println("no field-queue trail: " + e);
        }
        List<String> failures = List.copyOf(probeFailures);
        probeFailures.clear();
        assertThat(failures).as("the reload came from the service worker's cache").isEmpty();
    }

    protected int waiting() {
        String count = driver.findElement(By.id("sync-count")).getDomAttribute("data-count");
        return count == null ? 0 : Integer.parseInt(count);
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
