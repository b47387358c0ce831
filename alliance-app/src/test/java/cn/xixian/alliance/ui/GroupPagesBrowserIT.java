package cn.xixian.alliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The five group pages: open to the coordinator, on a 375 px phone without sideways scrolling; cooperatives as allowed. */
class GroupPagesBrowserIT extends BrowserTest {

    private static final List<String> PAGES = List.of("technical", "processing", "registry", "meetings", "users");

    @Test
    void everyPageFitsAPhoneForTheCoordinator() throws Exception {
        login("coordinator");
        phone();
        for (String page : PAGES) {
            open("/" + page);
            waitFor(By.id(page));
            assertThat(all(By.id("error-status"))).as(page).isEmpty();
            Thread.sleep(600); // the page's own API calls fill its tables and charts
            assertThat(fitsWidth()).as(page + " fits 375 px").isTrue();
            screenshot(page + "-375");
        }
        desktop();
        for (String page : PAGES) {
            open("/" + page + "?lang=en");
            waitFor(By.id(page));
            screenshot(page + "-desktop-en");
        }
        open("/?lang=zh-CN");
    }

    @Test
    void aCooperativeIsRefusedTheCoordinatorsPagesAndReadsTheRest() throws Exception {
        login("coop-001");
        for (String page : List.of("technical", "processing", "users")) {
            open("/" + page);
            assertThat(waitFor(By.id("error-status")).getText()).as(page).isEqualTo("403");
        }
        open("/registry");
        waitFor(By.cssSelector("#households tbody tr"));
        assertThat(all(By.id("member-editor"))).isEmpty();
        assertThat(all(By.cssSelector("#households input.flag:not([disabled])"))).isEmpty();
        open("/cooperatives/COOP-001");
        waitUntil(d -> !d.findElement(By.cssSelector("#coop-visits tbody")).getText().contains("加载"));
        phone();
        assertThat(fitsWidth()).isTrue();
        screenshot("cooperative-technical-375");
    }
}
