package pl.miasto4.app.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.miasto4.app.StoreTest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Pages in a real browser: Debian's Chromium driven by ChromeDriver, headless. Where Chromium is
 * not installed the tests are skipped, unless {@code MIASTO_REQUIRE_BROWSER=1} (set in CI) makes
 * that a failure.
 */
@Tag("browser")
public abstract class BrowserTest extends StoreTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    protected static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            if ("1".equals(System.getProperty("miasto.require.browser")) || "1".equals(System.getenv("MIASTO_REQUIRE_BROWSER"))) {
                fail("Chromium and ChromeDriver are required (MIASTO_REQUIRE_BROWSER=1) but " + CHROMIUM + " or "
                        + CHROMEDRIVER + " is missing; install the Debian packages chromium and chromium-driver");
            }
            Assumptions.abort("Chromium is not installed (Debian packages chromium, chromium-driver): browser tests skipped");
        }
        if (driver != null) {
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the console, to catch Content-Security-Policy violations (see noContentSecurityPolicyViolations)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--lang=pl", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("miasto-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // the browser is going away anyway
            }
        }));
    }

    @AfterAll
    static void resetWindow() {
        if (driver != null) {
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.manage().deleteAllCookies();
        }
    }

    /**
     * Every page a test visited worked under the Content-Security-Policy the application sends (no
     * inline script, no framing): the browser reported no violation on its console.
     */
    @org.junit.jupiter.api.AfterEach
    void noContentSecurityPolicyViolations() {
        if (driver == null) {
            return;
        }
        List<String> violations = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertThat(violations).as("Content-Security-Policy violations on the browser's console").isEmpty();
    }

    protected void open(String path) {
        driver.get(baseUrl() + path);
    }

    /**
     * Submits the login form on the current page as the administrator and waits until the browser
     * has left it: navigating on at once can race the login's own redirect, which then replaces the
     * page the test opened.
     */
    protected void logInHere() {
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        clickAndLoad(By.cssSelector("main form button[type=submit]"));
    }

    /**
     * Clicks what loads a new page (a link, a form's submit button) and waits until that page has
     * replaced the current one and finished loading. Reading the page at once after a click races
     * the navigation: an element found on the old page goes stale while it is being read, or a
     * lookup answers from the old page.
     */
    protected void clickAndLoad(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> gone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether an element's document has been replaced. Chromium answers a stale element in two ways:
     * as stale, or, while the new document is being put in place, with "Node with given id does not
     * belong to the document" (which Selenium's own stalenessOf does not expect).
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    protected String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** No serious or critical WCAG 2.1 A/AA violations on the current page (axe-core). */
    protected void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .exclude(".leaflet-tile-pane").analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as(() -> driver.getCurrentUrl() + " axe violations: " + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()).toList())
                .isEmpty();
    }

    /** The page does not scroll sideways (tables may scroll inside their own box). */
    protected void assertNoHorizontalScroll() {
        Long scroll = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        Long client = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) driver).executeScript("""
                const w = document.documentElement.clientWidth; const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > w + 1 && !e.closest('.table-wrap') && !e.closest('.leaflet-container')) {
                    out.push(e.tagName + (e.className ? '.' + e.className : '') + ' right=' + Math.round(r.right));
                  }
                  if (out.length > 5) break;
                }
                return out.join(', ');""");
        assertThat(scroll).as(driver.getCurrentUrl() + " is wider than the screen: " + wide).isLessThanOrEqualTo(client + 1);
    }

    protected static File file(Path p) {
        return p.toFile();
    }
}
