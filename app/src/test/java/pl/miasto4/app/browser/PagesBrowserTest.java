package pl.miasto4.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the indicator store, as a resident or an analyst sees it, in Polish and English, on a desktop and a phone. */
class PagesBrowserTest extends BrowserTest {

    static final List<String> PAGES = List.of("/", "/cities", "/cities/1261011", "/cities/1261011-01", "/indicators",
            "/indicators?dimension=environment", "/indicators/pm25_annual_mean", "/indicators/population_total",
            "/compare?unit=1261011&unit=1465011&unit=2261011", "/compare", "/goals", "/datasets", "/login");

    @TempDir
    Path dir;

    @Test
    void everyPageRendersInPolishWithoutSeriousAccessibilityViolations() {
        for (String page : PAGES) {
            open(page);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("pl");
            assertThat(h1()).as(page).isNotBlank();
            assertThat(driver.getPageSource()).as(page).doesNotContain("Whitelabel").doesNotContain("Exception");
            assertAccessible();
        }
    }

    @Test
    void englishIsOneClickAwayAndRemembered() {
        open("/cities/1261011");
        assertThat(h1()).isEqualTo("Kraków: wskaźniki");
        clickAndLoad(By.linkText("English"));
        assertThat(h1()).isEqualTo("Kraków: indicators");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        open("/goals");
        assertThat(h1()).isEqualTo("Strategic goals and targets");
        assertAccessible();
        clickAndLoad(By.linkText("Polski"));
        assertThat(h1()).isEqualTo("Cele strategiczne i wartości docelowe");
    }

    @Test
    void cityPageShowsRealValuesWithSourcesAndNoDataWhereThereIsNone() {
        open("/cities/1261011");
        String text = driver.findElement(By.tagName("main")).getText();
        // Kraków's PM2.5 annual mean in 2017 from the GIOŚ demo data: 31.85 µg/m³, shown with one decimal
        assertThat(text).contains("31,9").contains("dane z 2017 r.").containsPattern("\\d+ z \\d+ wskaźników ma dane");
        // indicators without data are hidden until asked for
        assertThat(text).doesNotContain("brak danych");
        driver.findElement(By.cssSelector("label[for=show-all]")).click();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("brak danych");
        assertThat(driver.findElements(By.cssSelector("svg.spark"))).isNotEmpty();
        // The EU PM2.5 target is at risk for Kraków (Eurostat ratio 0.84, see TargetProgressTest)
        assertThat(driver.findElement(By.cssSelector(".status.at_risk")).getText()).isEqualTo("zagrożony");
    }

    @Test
    void indicatorPageDrawsTheChartAndMap() {
        open("/indicators/pm25_annual_mean");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#series-chart svg")));
        assertThat(driver.findElements(By.cssSelector("#map .leaflet-interactive")).size()).isGreaterThan(30);
        List<WebElement> rows = driver.findElements(By.cssSelector("main table tbody tr"));
        assertThat(rows.size()).isGreaterThan(40);
        // lower is better for PM2.5: rank 1 is the cleanest city
        assertThat(rows.get(0).findElement(By.tagName("td")).getText()).isEqualTo("1");
    }

    @Test
    void onAPhoneNothingScrollsSideways() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/", "/cities/1261011", "/indicators/pm25_annual_mean", "/compare?unit=1261011&unit=1465011",
                    "/goals", "/datasets", "/login")) {
                open(page);
                assertNoHorizontalScroll();
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void onAPhoneTheMenuIsOneButton() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/cities/1261011");
            WebElement button = driver.findElement(By.cssSelector(".menu-toggle"));
            assertThat(button.isDisplayed()).isTrue();
            By indicators = By.cssSelector("#site-menu a[href='/indicators']");
            assertThat(driver.findElement(indicators).isDisplayed()).isFalse();
            button.click();
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(driver.findElement(indicators).isDisplayed()).isTrue();
            assertAccessible();
            // the first column of a wide table stays in place
            assertThat(driver.findElement(By.cssSelector(".table-wrap tbody th")).getCssValue("position")).isEqualTo("sticky");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        open("/cities/1261011");
        assertThat(driver.findElement(By.cssSelector(".menu-toggle")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("#site-menu a[href='/indicators']")).isDisplayed()).isTrue();
    }

    @Test
    void chartNumbersArePolish() {
        open("/indicators/population_total");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#series-chart svg")));
        List<String> labels = driver.findElements(By.cssSelector("#series-chart svg text")).stream().map(WebElement::getText).toList();
        // ECharts' own labels would read "2,000,000"; Polish groups thousands with a (non-breaking) space
        assertThat(labels).noneMatch(l -> l.matches(".*\\d,\\d{3}.*"));
        assertThat(labels).anyMatch(l -> l.matches(".*\\d[\\s\u00a0\u202f]\\d{3}.*"));
    }

    /** Submits the import form and waits for the new page (the old one's elements go stale). */
    private void submitAndWaitForReport() {
        clickAndLoad(By.cssSelector("main form button[type=submit]"));
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report [role=status]")));
    }

    @Test
    void anAnalystLogsInImportsAFileAndSeesTheValidationReport() throws Exception {
        open("/import");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        logInHere();
        open("/import");
        assertThat(h1()).isEqualTo("Import danych");
        assertAccessible();

        Path bad = dir.resolve("błędny.csv");
        Files.write(bad, "kod;wskaźnik;rok;wartość\n1261011-09;students_higher_education;2019;12,5\n1261011-09;students_higher_education;20x9;1\n"
                .getBytes(Charset.forName("windows-1250")));
        driver.findElement(By.id("file")).sendKeys(bad.toString());
        submitAndWaitForReport();
        assertThat(driver.findElement(By.cssSelector(".report [role=status]")).getText()).isEqualTo("Odrzucono — nic nie zmieniono");
        String report = driver.findElement(By.cssSelector(".report table")).getText();
        assertThat(report).contains("3").contains("20x9").contains("nieprawidłowy okres").doesNotContain("bad period");
        assertAccessible();

        Path good = dir.resolve("dobry.csv");
        Files.write(good, "kod;wskaźnik;rok;wartość\n1261011-09;students_higher_education;2019;12,5\n"
                .getBytes(Charset.forName("windows-1250")));
        driver.findElement(By.id("file")).sendKeys(good.toString());
        submitAndWaitForReport();
        assertThat(driver.findElement(By.cssSelector(".report [role=status]")).getText()).isEqualTo("Zaimportowano");
        assertThat(jdbc.sql("SELECT value FROM observation WHERE unit_code = '1261011-09' "
                + "AND indicator_code = 'students_higher_education'").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("12.5");
    }
}
