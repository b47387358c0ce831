package cn.xixian.alliance.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.ui.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Joint meetings: an overdue matter marked DONE leaves the dashboard's overdue count. */
class MeetingsBrowserIT extends BrowserTest {

    private long dashboardCount() {
        open("/dashboard");
        return Long.parseLong(waitFor(By.id("overdue-matters")).getAttribute("data-value"));
    }

    @Test
    void anOverdueMatterMarkedDoneLeavesTheDashboardCount() throws Exception {
        login("coordinator");
        long before = dashboardCount();
        assertThat(before).as("the demo has overdue matters").isPositive();
        driver.findElement(By.cssSelector("#overdue-matters a")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/meetings"));
        WebElement row = waitFor(By.cssSelector("#matters tbody tr[data-meeting]"));
        new Select(row.findElement(By.cssSelector("select.new-status"))).selectByValue("DONE");
        row.findElement(By.cssSelector("input.note")).sendKeys("已按期完成验收");
        row.findElement(By.cssSelector("button.save")).click();
        waitUntil(d -> Long.parseLong(d.findElement(By.id("overdue-count")).getAttribute("data-value")) == before - 1);
        screenshot("meetings-matter-done");
        assertThat(dashboardCount()).isEqualTo(before - 1);
    }

    @Test
    void aCooperativeReadsTheMattersWithoutChangingThem() {
        login("coop-001");
        open("/meetings");
        waitFor(By.cssSelector("#matters tbody tr"));
        assertThat(all(By.cssSelector("#matters button.save"))).isEmpty();
    }
}
