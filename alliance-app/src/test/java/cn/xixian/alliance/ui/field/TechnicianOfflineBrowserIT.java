package cn.xixian.alliance.ui.field;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.photos.Photos;
import cn.xixian.alliance.core.technical.FieldVisit;
import cn.xixian.alliance.core.technical.TechnicalService;
import cn.xixian.alliance.core.web.Pages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A technician records a field visit with a photo in an orchard without signal; it arrives once when back online. */
class TechnicianOfflineBrowserIT extends OfflineBrowserTest {

    @Autowired
    TechnicalService technical;
    @Autowired
    Photos photos;

    @Test
    void aVisitTakenOfflineIsSentOnceWhenTheNetworkReturns() throws Exception {
        login("tech-001");
        assertThat(driver.getCurrentUrl()).endsWith("/technician");
        waitFor(By.cssSelector("#households li.household"));
        serviceWorkerInControl("#households li.household");
        waitFor(By.cssSelector("#households li.household"));

        offline(true);
        driver.navigate().refresh();
        WebElement first = waitFor(By.cssSelector("#households li.household"));
        assertThat(driver.findElement(By.id("net-status")).getDomAttribute("data-online")).isEqualTo("false");
        assertServiceWorkerNetworkIsOff();
        String householdId = first.getDomAttribute("data-household-id");
        String technicianId = technicianOf(householdId);
        int before = visits(technicianId, householdId).size();

        first.findElement(By.cssSelector("button[data-action='visit']")).click();
        waitFor(By.id("visit-problem")).sendKeys("叶片黄化，疑似缺铁");
        driver.findElement(By.id("visit-advice")).sendKeys("叶面喷施螯合铁，两周后复查");
        Path photo = DriverOfflineBrowserIT.photo();
        driver.findElement(By.id("visit-photos")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("visit-save")).click();
        waitUntil(d -> waiting() == 2);
        assertThat(driver.findElement(By.id("sync-count")).getText()).isEqualTo("待同步 2");
        assertThat(driver.findElement(By.cssSelector("#households li.household[data-household-id='" + householdId + "']"))
                .getDomAttribute("data-pending")).isEqualTo("true");
        phone();
        assertThat(fitsWidth()).as("technician page fits 375 px").isTrue();
        screenshot("technician-offline-375");
        desktop();
        assertThat(visits(technicianId, householdId)).hasSize(before);

        offline(false);
        waitUntil(Duration.ofSeconds(60), d -> waiting() == 0);
        assertThat(all(By.cssSelector("#sync-refused li.refused"))).isEmpty();
        List<FieldVisit> after = visits(technicianId, householdId);
        assertThat(after).as("the visit, once").hasSize(before + 1);
        FieldVisit recorded = after.stream().filter(v -> v.findings().equals("叶片黄化，疑似缺铁")).findFirst().orElseThrow();
        assertThat(recorded.advice()).isEqualTo("叶面喷施螯合铁，两周后复查");
        assertThat(photos.of("VISIT", recorded.id())).hasSize(1);
    }

    private String technicianOf(String householdId) {
        return technical.visits(null, null, householdId, null, Pages.of(0, 1, "date")).items().stream()
                .map(FieldVisit::technicianId).findFirst().orElseGet(() -> household(householdId));
    }

    @Autowired
    cn.xixian.alliance.core.registry.HouseholdService households;

    private String household(String id) {
        return households.get(id).technicianId();
    }

    private List<FieldVisit> visits(String technicianId, String householdId) {
        return technical.visits(null, technicianId, householdId, null, Pages.of(0, 1000, "date")).items();
    }
}
