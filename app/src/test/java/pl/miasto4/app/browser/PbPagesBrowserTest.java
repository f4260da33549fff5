package pl.miasto4.app.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import pl.miasto4.app.pb.admin.EditionAdmin;
import pl.miasto4.app.pb.voting.ImportedVoterRegister;
import pl.miasto4.app.pb.results.PbRepository;
import pl.miasto4.app.pb.SyntheticVoters;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The participatory-budget pages as a resident and an official use them: Polish and English, desktop and phone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PbPagesBrowserTest extends BrowserTest {
    static final String SLUG = "glosowanie-" + ProcessHandle.current().pid();

    @Autowired
    EditionAdmin admin;
    @Autowired
    ImportedVoterRegister register;
    @Autowired
    PbRepository repository;

    List<SyntheticVoters.Voter> voters;

    @BeforeAll
    void liveEdition() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        admin.create(new EditionAdmin.NewEdition(SLUG, "Kraków", "Głosowanie próbne (projekty Starego Miasta 2020)", null,
                today.minusDays(1), today.plusDays(3), 0, "residence"), "test");
        admin.poolFromFile(SLUG, "stare-miasto", "Poland_Krakow_2020_Stare_Miasto.pb",
                new ClassPathResource("demo/pabulib/Poland_Krakow_2020_Stare_Miasto.pb").getContentAsByteArray(), "test");
        voters = SyntheticVoters.adults(10, List.of("Stare Miasto"));
        register.importCsv(repository.edition(SLUG).orElseThrow(), Set.of("Stare Miasto"), "r.csv",
                SyntheticVoters.csv(voters, false), "test");
        admin.open(SLUG, "test");
    }

    static final List<String> PAGES = List.of("/pb", "/pb/krakow-2020", "/pb/krakow-2019/citywide/results",
            "/pb/krakow-2020/stare-miasto/results", "/pb/krakow-2018/citywide/results",
            "/pb/krakow-2022/citywide/results?rule=equalshares/add1-utilitarian", "/pb/receipt",
            "/pb/receipt?code=0000-0000-0000-0000-0000", "/pb/receipt?code=abc", "/pb/" + SLUG,
            "/pb/" + SLUG + "/stare-miasto/vote", "/pb/" + SLUG + "/stare-miasto/results");

    /** An element of the page a form submission leads to (the click may return before the new page is there). */
    static org.openqa.selenium.WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void everyPageRendersInPolishAndEnglishWithoutSeriousAccessibilityViolations() {
        for (String page : PAGES) {
            open(page);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("pl");
            assertThat(h1()).as(page).isNotBlank();
            assertThat(driver.getPageSource()).as(page).doesNotContain("Whitelabel").doesNotContain("Exception");
            assertAccessible();
        }
        open("/pb/krakow-2020?lang=en");
        assertThat(h1()).isEqualTo("Kraków 2020");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Results: Nowa Huta");
        for (String page : List.of("/pb/krakow-2019/citywide/results", "/pb/" + SLUG + "/stare-miasto/vote", "/pb/receipt")) {
            open(page);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("en");
            assertAccessible();
        }
        open("/pb?lang=pl");
    }

    @Test
    void theResultsPageExplainsKrakowsOfficialResult() {
        open("/pb/krakow-2019/citywide/results");
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Liczenie odtwarza oficjalny wynik.");
        // Kraków 2019's most supported project (5, 20 571 points) is funded first
        assertThat(driver.findElement(By.cssSelector("table.explain tbody tr")).getText())
                .startsWith("1 5 TAK DLA PARKU PRZY KARMELICKIEJ").contains("20 571");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pb-support-chart svg")));
        assertThat(main).contains("Reguły obok siebie").contains("equalshares/add1-utilitarian");
    }

    @Test
    void aResidentVotesGetsAReceiptAndFindsTheBallotWithIt() {
        open("/pb/" + SLUG + "/stare-miasto/vote");
        // two projects given the same place: refused, with the reason, and the choices kept
        driver.findElement(By.id("voterId")).sendKeys(voters.get(0).pesel());
        List<String> ids = repository.projects(repository.pool(repository.edition(SLUG).orElseThrow().id(), "stare-miasto")
                .orElseThrow().id()).stream().map(PbRepository.PoolProject::id).toList();
        new Select(driver.findElement(By.id("rank_" + ids.get(0)))).selectByValue("1");
        new Select(driver.findElement(By.id("rank_" + ids.get(1)))).selectByValue("1");
        new Select(driver.findElement(By.id("rank_" + ids.get(2)))).selectByValue("2");
        clickAndLoad(By.cssSelector("form.vote button[type=submit]"));
        assertThat(await("[role=alert]").getText()).contains("Miejsce 1 zostało nadane dwóm projektom");
        assertAccessible();

        new Select(driver.findElement(By.id("rank_" + ids.get(1)))).selectByValue("3");
        clickAndLoad(By.cssSelector("form.vote button[type=submit]"));
        String receipt = await("#receipt-code").getText();
        assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Głos zapisany");
        assertAccessible();

        // the same person again: refused
        open("/pb/" + SLUG + "/stare-miasto/vote");
        driver.findElement(By.id("voterId")).sendKeys(voters.get(0).pesel());
        new Select(driver.findElement(By.id("rank_" + ids.get(3)))).selectByValue("1");
        new Select(driver.findElement(By.id("rank_" + ids.get(4)))).selectByValue("2");
        new Select(driver.findElement(By.id("rank_" + ids.get(5)))).selectByValue("3");
        clickAndLoad(By.cssSelector("form.vote button[type=submit]"));
        assertThat(await("[role=alert]").getText()).contains("Już głosowałeś");

        open("/pb/receipt");
        driver.findElement(By.id("code")).sendKeys(receipt.toLowerCase());
        clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(await(".report [role=status]").getText()).contains("zapieczętowana");
        assertThat(driver.findElement(By.cssSelector(".report ol")).getText())
                .contains("nr " + ids.get(0)).contains("nr " + ids.get(2)).contains("nr " + ids.get(1));
        assertAccessible();
    }

    @Test
    void onAPhoneNothingScrollsSideways() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/pb", "/pb/krakow-2020", "/pb/krakow-2019/citywide/results",
                    "/pb/" + SLUG + "/stare-miasto/vote", "/pb/receipt?code=0000-0000-0000-0000-0000")) {
                open(page);
                assertNoHorizontalScroll();
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void anOfficialRunsTheEditionFromTheAdminPages() {
        open("/admin/pb");
        if (driver.getCurrentUrl().endsWith("/login")) {
            logInHere();
            open("/admin/pb");
        }
        assertThat(h1()).isEqualTo("Budżet obywatelski: urzędnicy");
        assertAccessible();
        // a bad new edition: every problem listed
        driver.findElement(By.id("slug")).sendKeys("nowa");
        driver.findElement(By.id("city")).sendKeys("Kraków");
        driver.findElement(By.id("name")).sendKeys("Próba");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('votingStart').value='2026-05-10';document.getElementById('votingEnd').value='2026-05-01';");
        clickAndLoad(By.cssSelector("form[action$='/admin/pb/editions'] button[type=submit]"));
        assertThat(await("[role=alert]").getText()).contains("before the first");
        assertAccessible();

        open("/admin/pb/" + SLUG);
        assertAccessible();
        clickAndLoad(By.linkText("Wprowadź karty papierowe"));
        assertThat(h1()).startsWith("Karta papierowa");
        List<String> ids = repository.projects(repository.pool(repository.edition(SLUG).orElseThrow().id(), "stare-miasto")
                .orElseThrow().id()).stream().map(PbRepository.PoolProject::id).toList();
        driver.findElement(By.id("voterId")).sendKeys(voters.get(5).pesel());
        new Select(driver.findElement(By.id("rank_" + ids.get(0)))).selectByValue("1");
        new Select(driver.findElement(By.id("rank_" + ids.get(1)))).selectByValue("2");
        new Select(driver.findElement(By.id("rank_" + ids.get(2)))).selectByValue("3");
        clickAndLoad(By.cssSelector("form.vote button[type=submit]"));
        assertThat(await("#receipt-code").getText()).isNotBlank();
        assertAccessible();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'enter_paper_ballot' AND entity_id = ?")
                .param(SLUG + "/stare-miasto").query(Long.class).single()).isEqualTo(1);
    }
}
