package cn.xixian.alliance.ui.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import cn.xixian.alliance.core.processing.persistence.LotLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
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
    @Autowired
    LotLedger ledger;
    private List<String> runsBefore;

    @BeforeEach
    void rememberTheRuns() {
        runsBefore = mongo.findDistinct(new Query(), "_id", "grading_runs", Object.class).stream().map(Object::toString).toList();
    }

    /** The run this test stored is taken back (kilograms, graded lots, run): other tests count the demo's five runs. */
    @AfterEach
    void removeTheRun() {
        for (org.bson.Document run : mongo.getCollection("grading_runs").find()) {
            String id = run.get("_id").toString();
            if (runsBefore.contains(id)) {
                continue;
            }
            for (org.bson.Document in : run.getList("inputs", org.bson.Document.class, List.of())) {
                ledger.release(in.getString("harvestLotId"), id);
            }
            mongo.remove(Query.query(Criteria.where("runId").is(id)), "graded_lots");
            mongo.remove(Query.query(Criteria.where("_id").is(run.get("_id"))), "grading_runs");
        }
    }

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

        driver.findElement(By.id("run-save")).click(); // the API refuses too: its 400 lands next to the field
        waitUntil(d -> !d.findElement(By.id("balance-error")).getText().isBlank()
                && d.findElements(By.id("run-saved")).isEmpty());

        type("run-loss", "1");
        waitUntil(d -> d.findElement(By.id("balance-error")).getText().isBlank());
        driver.findElement(By.id("run-save")).click();
        WebElement made = waitFor(By.cssSelector("#run-lots li[data-graded-lot]"));
        assertThat(made.findElement(By.tagName("a")).getAttribute("href")).contains("/trace?id=");
        assertThat(mongo.count(new Query(), "grading_runs")).isEqualTo(runsBefore.size() + 1);
        screenshot("processing-stored");
    }
}
