package cn.xixian.alliance.ui.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import cn.xixian.alliance.ui.BrowserTest;

/** The processing page: a grading run whose mass does not balance is shown inline, then corrected and stored. */
class ProcessingBrowserIT extends BrowserTest {

    @Autowired
    MongoTemplate mongo;

    private void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void aRunOutOfBalanceIsShownInlineThenCorrectedAndStored() throws Exception {
        login("coordinator");
        open("/processing");
        Select cooperatives = new Select(waitFor(By.id("lots-cooperative")));
        List<WebElement> lots = List.of();
        for (int i = 1; i < cooperatives.getOptions().size() && lots.isEmpty(); i++) {
            cooperatives.selectByIndex(i);
            waitUntil(d -> !d.findElements(By.cssSelector("#lots tbody tr")).isEmpty());
            lots = all(By.cssSelector("#lots tbody tr[data-lot]"));
        }
        assertThat(lots).as("a cooperative with lots left to grade").isNotEmpty();
        WebElement lot = lots.get(0);
        lot.findElement(By.cssSelector("input.take")).click();
        BigDecimal in = new BigDecimal(lot.findElement(By.cssSelector("input.take-kg")).getAttribute("value"));

        type("out-GRADE_1", in.subtract(BigDecimal.ONE).toPlainString());
        type("run-loss", "0");
        waitUntil(d -> !d.findElement(By.id("balance-error")).getText().isBlank());
        assertThat(driver.findElement(By.id("run-loss")).getAttribute("class")).contains("invalid");
        screenshot("processing-unbalanced");

        long runsBefore = mongo.count(new Query(), "grading_runs");
        driver.findElement(By.id("run-save")).click(); // the API refuses too: its 400 lands next to the field
        waitUntil(d -> !d.findElement(By.id("balance-error")).getText().isBlank()
                && d.findElements(By.id("run-saved")).isEmpty());

        type("run-loss", "1");
        waitUntil(d -> d.findElement(By.id("balance-error")).getText().isBlank());
        driver.findElement(By.id("run-save")).click();
        WebElement made = waitFor(By.cssSelector("#run-lots li[data-graded-lot]"));
        assertThat(made.findElement(By.tagName("a")).getAttribute("href")).contains("/trace?id=");
        assertThat(mongo.count(new Query(), "grading_runs")).isGreaterThan(runsBefore);
        screenshot("processing-stored");
    }
}
