package cn.xixian.alliance.ui.technical;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.ui.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The technical page: a field visit to a demo household not yet visited moves the season's coverage by one. */
class TechnicalBrowserIT extends BrowserTest {

    private static final String FINDINGS = "叶片有黑星病斑（浏览器测试）";

    @Autowired
    MongoTemplate mongo;

    private long visited() {
        return Long.parseLong(driver.findElement(By.id("fig-visited")).getAttribute("data-value"));
    }

    @Test
    void aFieldVisitRecordedMovesTheCoverageByOne() throws Exception {
        login("coordinator");
        open("/technical");
        waitUntil(d -> d.findElement(By.id("fig-visited")).getAttribute("data-value") != null);
        waitUntil(d -> !d.findElements(By.cssSelector("#chart-coverage canvas")).isEmpty());
        long before = visited();
        WebElement first = waitFor(By.cssSelector("#not-visited button.record-visit"));
        String household = first.findElement(By.xpath("./ancestor::tr")).getAttribute("data-household");
        first.click();
        waitUntil(d -> household.equals(new Select(d.findElement(By.id("visit-household"))).getFirstSelectedOption()
                .getAttribute("value")));
        Select technician = new Select(driver.findElement(By.id("visit-technician")));
        if (technician.getFirstSelectedOption().getAttribute("value").isEmpty()) {
            technician.selectByIndex(1);
        }
        driver.findElement(By.id("visit-findings")).sendKeys(FINDINGS);
        driver.findElement(By.id("visit-advice")).sendKeys("摘除病叶，喷施代森锰锌");
        driver.findElement(By.id("visit-save")).click();
        waitUntil(d -> !d.findElement(By.id("visit-result")).getText().isBlank());
        waitUntil(d -> visited() == before + 1);
        assertThat(all(By.cssSelector("#not-visited tr[data-household='" + household + "']"))).isEmpty();
        screenshot("technical-visit-recorded");
    }

    /** The demo season's figures stay as other tests of this context expect them (800 visits). */
    @AfterEach
    void removeTheVisit() {
        mongo.remove(Query.query(Criteria.where("findings").is(FINDINGS)), "field_visits");
    }
}
