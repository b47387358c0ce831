package cn.xixian.alliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The sign-in page, the home page of each role and the language switch, in a real browser. */
class LoginBrowserIT extends BrowserTest {

    @Test
    void signInPageSpeaksChineseFirstAndSwitchesToEnglish() throws Exception {
        open("/login");
        assertThat(driver.findElement(By.id("sign-in")).getText()).isEqualTo("登录");
        phone();
        assertThat(fitsWidth()).as("login page fits 375 px").isTrue();
        screenshot("login-375");
        desktop();

        driver.findElement(By.id("lang-switch")).click();
        waitUntil(d -> d.findElement(By.id("sign-in")).getText().equals("Sign in"));
        open("/login");
        assertThat(driver.findElement(By.id("sign-in")).getText()).as("the choice is remembered").isEqualTo("Sign in");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        open("/login");
        driver.findElement(By.id("username")).sendKeys("coordinator");
        driver.findElement(By.id("password")).sendKeys("wrong");
        driver.findElement(By.id("sign-in")).click();
        assertThat(waitFor(By.id("login-error")).getText()).isEqualTo("用户名或密码不正确。");
    }

    @Test
    void eachRoleLandsOnItsOwnPage() {
        login("coordinator");
        assertThat(driver.getCurrentUrl()).endsWith("/dashboard");
        driver.manage().deleteAllCookies();

        login("coop-001");
        assertThat(driver.getCurrentUrl()).endsWith("/cooperatives/COOP-001");
        driver.manage().deleteAllCookies();

        login("dispatcher");
        assertThat(driver.getCurrentUrl()).endsWith("/dispatch");
        driver.manage().deleteAllCookies();

        login("store");
        assertThat(driver.getCurrentUrl()).endsWith("/sales");
    }
}
