package pl.miasto4.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maturity pages as a city strategist uses them: the report cities' profiles, benchmark,
 * roadmap and portfolio; and a respondent filling the questionnaire on a phone, saved as they go.
 */
class MaturityBrowserTest extends BrowserTest {

    long assessment(String code) {
        return jdbc.sql("SELECT id FROM maturity_assessment WHERE code = ?").param(code).query(Long.class).single();
    }

    List<String> pages() {
        long krakow = assessment("demo-krakow-2025");
        return List.of("/maturity", "/maturity/models/miasto40", "/maturity/models/itu-y4904", "/maturity/assessments/" + krakow,
                "/maturity/assessments/" + krakow + "/benchmark", "/maturity/assessments/" + krakow + "/benchmark?peer=1465011",
                "/maturity/assessments/" + krakow + "/roadmap", "/maturity/portfolio", "/maturity/portfolio?unit=0663011&method=topsis");
    }

    @Test
    void everyMaturityPageRendersInPolishWithoutSeriousAccessibilityViolations() {
        for (String page : pages()) {
            open(page);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("pl");
            assertThat(h1()).as(page).isNotBlank();
            assertThat(driver.getPageSource()).as(page).doesNotContain("Whitelabel").doesNotContain("Exception")
                    .doesNotContain("??maturity");
            assertAccessible();
        }
    }

    @Test
    void theProfileShowsTheScoreItsChartsAndMissingAsMissing() {
        open("/maturity/assessments/" + assessment("demo-krakow-2025"));
        assertThat(h1()).isEqualTo("Kraków: dojrzałość smart city (2025)");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile-components svg")));
        // the radar is drawn by the server: Kraków has no mobility score, so that axis is marked and has no point
        assertThat(driver.findElement(By.cssSelector(".svgchart svg")).getText()).contains("Mobilność (—)");
        assertThat(driver.findElements(By.cssSelector("#profile-components svg"))).isNotEmpty();
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("2,54").contains("wyprowadzona z wywiadów").contains("bez odpowiedzi")
                .contains("brak wyniku (częściowo");
        clickAndLoad(By.linkText("English"));
        assertThat(h1()).isEqualTo("Kraków: smart-city maturity (2025)");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("2.54").contains("unanswered");
        assertAccessible();
        clickAndLoad(By.linkText("Polski"));
    }

    @Test
    void theBenchmarkRanksWithIntervalsAndTheRoadmapCitesItsSources() {
        long krakow = assessment("demo-krakow-2025");
        open("/maturity/assessments/" + krakow + "/benchmark");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#benchmark-ranks svg")));
        assertThat(driver.findElements(By.cssSelector("#rank-h ~ .table-wrap tbody tr"))).hasSize(6);
        open("/maturity/assessments/" + krakow + "/roadmap?target.foundations=4&horizon=2");
        List<WebElement> steps = driver.findElements(By.cssSelector("ol.steps > li"));
        assertThat(steps).isNotEmpty();
        assertThat(steps.get(0).getText()).contains("report002, w.").contains("rok 1");
    }

    void openLoggedIn(String path) {
        open(path);
        if (driver.getCurrentUrl().endsWith("/login")) {
            logInHere();
            open(path);
        }
    }

    @Test
    void theStrategistRegistersAnInitiativeWithBudgetsAndAKpiFromTheStore() {
        openLoggedIn("/maturity/portfolio/edit?unit=1261011");
        assertAccessible();
        driver.findElement(By.id("code")).sendKeys("krakow-test-air-sensors");
        driver.findElement(By.id("titlePl")).sendKeys("Sieć czujników powietrza (test)");
        driver.findElement(By.id("owner")).sendKeys("Wydział Klimatu i Energii");
        new Select(driver.findElement(By.id("status"))).selectByValue("approved");
        new Select(driver.findElement(By.id("dimension"))).selectByValue("environment");
        driver.findElement(By.id("budget")).sendKeys("2026 = 1 200 000\n2027 = dużo");
        driver.findElement(By.id("kpis")).sendKeys("pm25_annual_mean = 20");
        clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("2027 = dużo").contains("line 2");
        assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE code = 'krakow-test-air-sensors'").query(Long.class).single()).isZero();
        assertAccessible();

        WebElement budget = driver.findElement(By.id("budget"));
        budget.clear();
        budget.sendKeys("2026 = 1 200 000\n2027 = 300000");
        clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(h1()).isEqualTo("Kraków: rejestr inicjatyw i portfel");
        String row = driver.findElement(By.id("i-krakow-test-air-sensors")).getText();
        // the budget per year, and the KPI's latest value from the store (GIOŚ demo data) with its target
        assertThat(row).contains("1 200 000").contains("300 000").contains("→ 20,0").containsPattern("\\(20[12]\\d\\)");
        assertAccessible();
    }

    @Test
    void aRespondentAnswersOnAPhoneAndEveryChangeIsSavedAtOnce() throws Exception {
        openLoggedIn("/maturity/questionnaire/new");
        assertAccessible();
        new Select(driver.findElement(By.id("unit"))).selectByVisibleText("Wrocław");
        WebElement date = driver.findElement(By.id("date"));
        date.clear();
        date.sendKeys("2025-11");
        clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(h1()).isEqualTo("Kwestionariusz: Wrocław (2025)");
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/questionnaire/(\\d+).*", "$1"));

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            assertNoHorizontalScroll();
            assertAccessible();
            WebElement question = driver.findElement(By.id("c-foundations.strategy"));
            question.findElement(By.cssSelector("input[name=level][value='3']")).click();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.until(d -> question.findElement(By.cssSelector(".save-status")).getText().startsWith("Zapisano"));
            assertThat(jdbc.sql("SELECT level FROM maturity_answer WHERE assessment_id = ? AND criterion_id = 'foundations.strategy'")
                    .param(id).query(Integer.class).single()).isEqualTo(3);

            WebElement link = question.findElement(By.cssSelector("input[name=evidenceLink]"));
            link.sendKeys("ftp://nie-http");
            question.findElement(By.cssSelector("select[name=confidence]")).click();
            new Select(question.findElement(By.cssSelector("select[name=confidence]"))).selectByValue("0.6");
            wait.until(d -> question.findElement(By.cssSelector(".save-status")).getText().contains("http(s)"));
            assertThat(jdbc.sql("SELECT confidence FROM maturity_answer WHERE assessment_id = ? AND criterion_id = 'foundations.strategy'")
                    .param(id).query(Double.class).single()).as("a refused change keeps the saved answer").isEqualTo(1.0);

            link.clear();
            link.sendKeys("https://bip.um.wroc.pl/");
            new Select(question.findElement(By.cssSelector("select[name=confidence]"))).selectByValue("0.8");
            wait.until(d -> jdbc.sql("SELECT confidence FROM maturity_answer WHERE assessment_id = ? AND criterion_id = 'foundations.strategy'")
                    .param(id).query(Double.class).single() == 0.8);
            assertThat(jdbc.sql("SELECT evidence::text FROM maturity_answer WHERE assessment_id = ? AND criterion_id = 'foundations.strategy'")
                    .param(id).query(String.class).single()).contains("https://bip.um.wroc.pl/");

            open("/maturity/assessments/" + id);
            assertNoHorizontalScroll();
            assertThat(driver.findElement(By.id("c-foundations.strategy")).getText()).contains("3,0");
            for (String page : pages()) {
                open(page);
                assertNoHorizontalScroll();
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
