package cn.xixian.alliance.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.ui.BrowserTest;
import cn.xixian.alliance.core.registry.JointMeeting;
import cn.xixian.alliance.core.registry.JointMeetingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Joint meetings: an overdue matter marked DONE leaves the dashboard's overdue count. */
class MeetingsBrowserIT extends BrowserTest {

    @Autowired
    JointMeetingService meetings;
    @Autowired
    MongoTemplate mongo;
    private JointMeeting changed;
    private int changedIndex;

    /** The matter goes back as it was, so the demo's overdue figures stay what other tests of this context see. */
    @AfterEach
    void restoreTheMatter() {
        if (changed != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(changed.id())),
                    Update.update("matters." + changedIndex, changed.matters().get(changedIndex)), "joint_meetings");
            changed = null;
        }
    }

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
        changed = meetings.get(row.getAttribute("data-meeting"));
        changedIndex = Integer.parseInt(row.getAttribute("data-index"));
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
