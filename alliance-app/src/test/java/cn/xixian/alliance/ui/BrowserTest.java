package cn.xixian.alliance.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end page tests in Debian's headless Chromium, driven by its chromedriver (nothing downloaded at test
 * time). The app runs with the demo county, the same context as the other app tests (Spring caches it once).
 * Without the two packages the tests are skipped, unless {@code ALLIANCE_BROWSER_TESTS=required} (as in CI),
 * where a missing browser fails the build. Screenshots go to {@code target/screenshots/}.
 * Subclasses are named {@code *BrowserIT}: they run in failsafe's slow lane of {@code mvn verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("alliance.browser.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("alliance.browser.driver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    protected int port;
    protected WebDriver driver;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String hint = "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")";
            if ("required".equals(System.getenv("ALLIANCE_BROWSER_TESTS"))) {
                fail(hint);
            }
            Assumptions.abort(hint + ": skipped");
        }
        profile = Files.createTempDirectory("alliance-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Headless as root in a closed network: no sandbox, no GPU, no calls home.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Every test starts signed out, on a desktop-sized window. */
    @BeforeEach
    void signedOut() {
        driver.manage().deleteAllCookies();
        desktop();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    /** Signs in through the login form (demo password "demo") and waits for the page the role lands on. */
    protected void login(String user) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        String loginUrl = driver.getCurrentUrl();
        driver.findElement(By.id("sign-in")).click();
        waitUntil(d -> !d.getCurrentUrl().equals(loginUrl) && !d.getCurrentUrl().contains("/login"));
    }

    protected void phone() {
        driver.manage().window().setSize(new Dimension(375, 812));
    }

    protected void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    protected WebElement waitFor(By by) {
        return waiting(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(WAIT, condition);
    }

    /** Waits up to {@code timeout} (a solve, say), looking every 200 ms. */
    protected <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        return waiting(timeout).until(condition::apply);
    }

    /** Pages redraw their tables when live data arrives: an element found a moment ago may be gone; look again. */
    private WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(200));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    protected List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Saves the window as target/screenshots/{name}.png and returns the file. */
    protected Path screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Path shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** True when nothing on the page is wider than the window (no sideways scrolling of the page itself). */
    protected boolean fitsWidth() {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1;");
        return Boolean.TRUE.equals(fits);
    }
}
