package pl.miasto4.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import pl.miasto4.app.pb.SyntheticVoters;
import pl.miasto4.app.pb.admin.EditionAdmin;
import pl.miasto4.app.pb.admin.PbDemo;
import pl.miasto4.app.pb.results.PbRepository;
import pl.miasto4.app.pb.voting.ImportedVoterRegister;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages changed for the PB cycle: demo edition, Polish reasons, the early-close confirmation; phone and desktop. */
class PbCycleBrowserTest extends BrowserTest {
    static final Path SHOTS = Path.of("target", "screenshots", "pbcycle");

    @Autowired
    EditionAdmin admin;
    @Autowired
    ImportedVoterRegister register;
    @Autowired
    PbRepository repository;

    static void shot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void demoEditionAndPolishReasonsOnPhoneAndDesktop() throws Exception {
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1366, 900))) {
            driver.manage().window().setSize(size);
            open("/pb/" + PbDemo.LIVE_SLUG + "?lang=pl");
            assertThat(driver.findElement(By.id("demo-edition")).getText()).contains("SYNTETYCZNY");
            assertAccessible();
            assertNoHorizontalScroll();
            shot("demo-" + size.width);
            open("/pb/krakow-2022/citywide/results?lang=pl&rule=equalshares/add1-utilitarian");
            assertThat(driver.findElement(By.cssSelector("table.explain tbody")).getText())
                    .contains("kupiony w rundzie").doesNotContain("bought in round");
            assertAccessible();
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "document.querySelector('table.explain').scrollIntoView()");
            shot("results-es-" + size.width);
        }
    }

    @Test
    void closingEarlyAsksForConfirmationAndAReason() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        String slug = "wczesne-" + ProcessHandle.current().pid();
        admin.create(new EditionAdmin.NewEdition(slug, "Kraków", "Wcześniejsze zamknięcie", null, today, today.plusDays(2), 0,
                "residence"), "test");
        admin.poolFromFile(slug, "stare-miasto", "Poland_Krakow_2020_Stare_Miasto.pb",
                new ClassPathResource("demo/pabulib/Poland_Krakow_2020_Stare_Miasto.pb").getContentAsByteArray(), "test");
        register.importCsv(repository.edition(slug).orElseThrow(), Set.of("Stare Miasto"), "r.csv",
                SyntheticVoters.csv(SyntheticVoters.adults(3, List.of("Stare Miasto")), false), "test");
        admin.open(slug, "test");
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/admin/pb/" + slug);
        if (driver.getCurrentUrl().endsWith("/login")) {
            logInHere();
            open("/admin/pb/" + slug);
        }
        clickAndLoad(By.cssSelector("form[action$='/close'] button[type=submit]"));
        assertThat(driver.findElement(By.id("close-confirm")).getText()).contains("Głosowanie trwa do");
        assertThat(repository.edition(slug).orElseThrow().status()).isEqualTo("open");
        assertAccessible();
        assertNoHorizontalScroll();
        shot("close-confirm-390");
        driver.manage().window().setSize(new Dimension(1366, 900));
        shot("close-confirm-1366");
        driver.findElement(By.id("close-reason")).sendKeys("Test: awaria urny");
        clickAndLoad(By.cssSelector("#close-confirm button[type=submit]"));
        assertThat(repository.edition(slug).orElseThrow().status()).isEqualTo("counted");
    }
}
