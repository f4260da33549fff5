package pl.miasto4.app.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.index.IndexDemo;
import pl.miasto4.app.index.IndexRun;
import pl.miasto4.app.index.IndexService;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.stats.Stats;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index pages as an official or a resident uses them: the demo ranking of the 66 cities with
 * rank intervals, a city's profile, the audit, the recipe editor showing rank shifts at once; in
 * Polish and English, on a desktop and a phone, without serious accessibility violations.
 */
class IndexPagesBrowserTest extends BrowserTest {
    @Autowired
    IndexService service;

    long demo;

    @BeforeEach
    void demoBuild() {
        demo = jdbc.sql("SELECT id FROM index_build WHERE name = ? ORDER BY id LIMIT 1").param(IndexDemo.definition().name())
                .query(Long.class).single();
    }

    List<String> pages() {
        return List.of("/index", "/index/new",
                "/index/new?preview=1&unitKind=city_county&period=2022&from=2015&indicator=avg_gross_monthly_wage"
                        + "&indicator=pm10_annual_mean&indicator=students_higher_education&perCapita=students_higher_education&recipeId=city-jrc",
                "/index/builds/" + demo, "/index/builds/" + demo + "/units/1261011", "/index/builds/" + demo + "/audit",
                "/index/builds/" + demo + "/editor");
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    void everyIndexPageRendersInPolishAndEnglishWithoutSeriousAccessibilityViolations() {
        for (String lang : List.of("pl", "en")) {
            for (String page : pages()) {
                open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo(lang);
                assertThat(h1()).as(page).isNotBlank();
                assertThat(driver.getPageSource()).as(page).doesNotContain("Whitelabel").doesNotContain("??index.");
                assertAccessible();
            }
        }
        open("/index?lang=pl");
    }

    @Test
    void theRankingShowsEveryCityWithItsRankIntervalAndTheRecipeInPlainLanguage() {
        open("/index/builds/" + demo);
        List<WebElement> rows = driver.findElements(By.cssSelector("table.ranking tbody tr"));
        assertThat(rows).hasSize(66);
        assertThat(driver.findElements(By.cssSelector("table.ranking svg.whisker"))).hasSize(66);
        assertThat(rows.get(0).findElement(By.tagName("td")).getText()).isEqualTo("1");
        // each interval as text: low–high, with the low at most the rank's median
        for (WebElement r : rows) {
            String interval = r.findElement(By.cssSelector("td.whisker-cell")).getText();
            assertThat(interval).matches("\\d+–\\d+");
        }
        assertThat(driver.findElement(By.id("recipe-h")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("ol.steps li")).size()).isGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.cssSelector("ol.steps")).getText()).contains("0–100");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sensitivity-chart svg")));
        // coverage says where the store has no data
        assertThat(driver.findElement(By.id("coverage-h")).findElement(By.xpath("..")).getText()).contains("brak danych");
    }

    @Test
    void aCityProfileDrawsItsRadarAndItsStrengthsAgainstPeers() {
        open("/index/builds/" + demo + "/units/1261011");
        assertThat(h1()).isEqualTo("Kraków: profil w indeksie");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radar-chart svg")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bars-chart svg")));
        assertThat(driver.findElements(By.cssSelector("#peers-h + p + ul li"))).hasSize(5);
    }

    @Test
    void theAuditDrawsTheCorrelationHeatmap() {
        open("/index/builds/" + demo + "/audit");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#heatmap-chart svg")));
        assertThat(driver.findElement(By.id("cons-h")).findElement(By.xpath("..")).getText()).contains("Środowisko");
    }

    @Test
    void changingOneStepInTheEditorShowsTheRankShiftsAtOnce() {
        open("/index/builds/" + demo + "/editor");
        new Select(driver.findElement(By.id("normalise"))).selectByValue("zero-unitarisation");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shifts table tbody tr")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#shifts table tbody tr"));
        assertThat(rows).hasSize(66);
        assertThat(driver.findElement(By.cssSelector("#shifts [role=status]")).getText()).contains("66");

        // the page's shifts are those of the same variant built directly
        IndexRun base = service.saved(demo).orElseThrow().run();
        int n = base.recipe().indexOf("normalise");
        Recipe variant = base.recipe().withStep(n, Recipe.Step.of("normalise", Map.of("method", "zero-unitarisation")));
        IndexRun other = service.variant(base, variant, "");
        Map<String, Integer> before = ranks(base), after = ranks(other);
        Map<String, String> names = new HashMap<>();
        base.input().units().forEach(u -> names.put(u.name(), u.code()));
        for (WebElement r : rows) {
            List<WebElement> td = r.findElements(By.tagName("td"));
            String code = names.get(r.findElement(By.tagName("th")).getText());
            assertThat(Integer.parseInt(td.get(0).getText())).as(code).isEqualTo(after.get(code));
            assertThat(Integer.parseInt(td.get(2).getText())).as(code).isEqualTo(before.get(code));
        }
        assertAccessible();

        // a recipe that cannot be built says why, instead of showing stale shifts
        new Select(driver.findElement(By.id("aggregate"))).selectByValue("geometric");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shifts [role=alert]")));
        assertThat(driver.findElement(By.cssSelector("#shifts [role=alert]")).getText()).contains("geometric");
    }

    static Map<String, Integer> ranks(IndexRun run) {
        double[] r = Stats.rank(run.results().column(run.target()), true);
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < r.length; i++) {
            m.put(run.results().units().get(i), (int) r[i]);
        }
        return m;
    }

    @Test
    void theAsemFrameworkImportedInCoinrLayoutBuildsFromTheForm() {
        pl.miasto4.app.index.AsemFixture.importInto(imports);
        String code = pl.miasto4.app.index.AsemFixture.FRAMEWORK;
        open("/index");
        assertThat(driver.findElements(By.linkText(code))).hasSize(1);
        open("/index/new?framework=" + code + "&recipeId=asem-coinr");
        assertThat(new Select(driver.findElement(By.id("framework"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(code);
        assertThat(new Select(driver.findElement(By.id("recipeId"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("asem-coinr");
        // the framework's own period: the latest its indicators have in the store
        assertThat(driver.findElement(By.name("period")).getAttribute("value")).isEqualTo("2018");
        clickAndLoad(By.cssSelector("button[name=preview]"));
        assertThat(driver.findElements(By.cssSelector("table.ranking tbody tr"))).hasSize(51);
        // the eight ASEM pillars are columns of the ranking
        assertThat(driver.findElements(By.cssSelector("table.ranking thead th"))).hasSize(5 + 8 + 1);
        assertAccessible();
    }

    @Autowired
    pl.miasto4.app.importing.ImportService imports;

    @Test
    void onAPhoneNothingScrollsSideways() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : pages()) {
                open(page);
                assertNoHorizontalScroll();
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void anAnalystPreviewsSavesAndSavesAVariantOfAnIndex() {
        open("/login");
        logInHere();

        open("/index/new?preview=1&unitKind=city_county&period=2022&from=2015&indicator=avg_gross_monthly_wage"
                + "&indicator=unemployment_rate_registered&indicator=pm10_annual_mean&grouping=flat&recipeId=city-zero-unitarisation");
        assertThat(driver.findElement(By.cssSelector("#preview-h + [role=status]")).getText()).contains("66");
        driver.findElement(By.id("name")).sendKeys("Rynek pracy i powietrze (test)");
        clickAndLoad(By.cssSelector("#preview-h ~ form button[type=submit]"));
        assertThat(h1()).isEqualTo("Rynek pracy i powietrze (test)");
        assertThat(driver.findElements(By.cssSelector("table.ranking tbody tr"))).hasSize(66);
        String saved = driver.getCurrentUrl();
        long id = Long.parseLong(saved.substring(saved.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT created_by FROM index_build WHERE id = ?").param(id).query(String.class).single()).isEqualTo("admin");

        open("/index/builds/" + id + "/editor");
        new Select(driver.findElement(By.id("aggregate"))).selectByValue("median");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shifts table")));
        driver.findElement(By.id("variant-name")).sendKeys("Mediana (test)");
        clickAndLoad(By.cssSelector("#shifts form button[type=submit]"));
        assertThat(h1()).isEqualTo("Mediana (test)");
        assertThat(driver.findElement(By.cssSelector("ol.steps")).getText()).contains("mediana");
        // the variant keeps the inputs of the build it came from
        long variant = Long.parseLong(driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT count(*) FROM index_build_value a JOIN index_build_value b ON a.unit_code = b.unit_code "
                + "AND a.code = b.code AND a.value = b.value AND a.period = b.period WHERE a.build_id = ? AND b.build_id = ?")
                .params(id, variant).query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM index_build_value WHERE build_id = ?").param(id).query(Long.class).single());
        driver.manage().deleteAllCookies();
    }
}
