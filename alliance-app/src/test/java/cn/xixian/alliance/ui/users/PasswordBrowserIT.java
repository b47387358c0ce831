package cn.xixian.alliance.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.security.LoginAdministration;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import cn.xixian.alliance.ui.BrowserTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Passwords: a reset login is sent to the change form after sign-in, changes it, and then works with the new one. */
class PasswordBrowserIT extends BrowserTest {

    @Autowired
    UserAccountService users;
    @Autowired
    LoginAdministration logins;

    private void signIn(String user, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login") || !d.findElements(By.id("login-error")).isEmpty());
    }

    private void change(String current, String next) {
        waitFor(By.id("current-password")).sendKeys(current);
        driver.findElement(By.id("new-password")).sendKeys(next);
        driver.findElement(By.id("repeat-password")).sendKeys(next);
        driver.findElement(By.id("password-save")).click();
    }

    @Test
    void aResetLoginMustChangeItsPasswordFirst() throws Exception {
        users.save("clerk-pw", users.hash("first-password-1"), Set.of(Role.COORDINATOR), null);
        String temporary = logins.resetPassword("clerk-pw");

        signIn("clerk-pw", "first-password-1");
        assertThat(driver.getCurrentUrl()).contains("/login");

        signIn("clerk-pw", temporary);
        waitUntil(d -> d.getCurrentUrl().endsWith("/password"));
        assertThat(waitFor(By.id("must-change")).isDisplayed()).isTrue();
        open("/dashboard");
        waitUntil(d -> d.getCurrentUrl().endsWith("/password"));

        change(temporary, "orchard-2027");
        waitFor(By.id("password-continue")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/dashboard"));
        screenshot("password-changed");

        driver.manage().deleteAllCookies();
        signIn("clerk-pw", "orchard-2027");
        waitUntil(d -> d.getCurrentUrl().endsWith("/dashboard"));
    }

    @Test
    void everyUserChangesTheirOwnPasswordFromTheHeader() {
        users.save("coop-pw", users.hash("first-password-2"), Set.of(Role.COOPERATIVE),
                users.list().stream().filter(a -> "coop-001".equals(a.username())).findFirst().orElseThrow().cooperativeId());
        signIn("coop-pw", "first-password-2");
        waitFor(By.id("change-password")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/password"));
        change("wrong-password", "another-pass-3");
        waitUntil(d -> !d.findElement(By.cssSelector("[data-error-for=currentPassword]")).getText().isBlank());
        driver.findElement(By.id("current-password")).clear();
        driver.findElement(By.id("new-password")).clear();
        driver.findElement(By.id("repeat-password")).clear();
        change("first-password-2", "another-pass-3");
        waitFor(By.id("password-continue"));
        driver.manage().deleteAllCookies();
        signIn("coop-pw", "another-pass-3");
        assertThat(driver.getCurrentUrl()).contains("/cooperatives/");
    }
}
