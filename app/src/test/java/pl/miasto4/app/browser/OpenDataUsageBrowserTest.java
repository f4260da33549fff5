package pl.miasto4.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data usage page in Chromium: a download moves its dataset's count, a bot's download moves only the
 * bots' column, an API call moves the API column; in Polish, accessible, no sideways scroll on a phone (390×844)
 * or a laptop (1366×900). Screenshots of both go to target/screenshots/.
 */
class OpenDataUsageBrowserTest extends BrowserTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ID = "ind-population_total-city_county";

    int status(String path, String userAgent) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("User-Agent", userAgent).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The number in a column of the dataset's row, 0 when the dataset has no row yet. */
    long cell(String column) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#usage-by-dataset tr[data-dataset='" + ID + "']"));
        if (rows.isEmpty()) {
            return 0;
        }
        return Long.parseLong(rows.get(0).findElement(By.cssSelector("td." + column)).getText().replaceAll("[^0-9]", ""));
    }

    @Test
    void aDownloadMovesItsDatasetsCount() throws Exception {
        open("/opendata/usage");
        long downloads = cell("downloads");
        long bots = cell("bots");
        long api = cell("api");

        String person = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36";
        assertThat(status("/opendata/datasets/" + ID + "/data.csv", person)).isEqualTo(200);
        assertThat(status("/opendata/datasets/" + ID + "/data.xlsx", person)).isEqualTo(200);
        assertThat(status("/opendata/datasets/" + ID + "/data.csv", "Googlebot/2.1 (+http://www.google.com/bot.html)"))
                .isEqualTo(200);
        assertThat(status("/api/3/action/package_show?id=" + ID, person)).isEqualTo(200);
        assertThat(status("/opendata/datasets/" + ID + "/data.nope", person)).isEqualTo(404); // not counted

        open("/opendata/usage");
        assertThat(cell("downloads")).isEqualTo(downloads + 2);
        assertThat(cell("bots")).isEqualTo(bots + 1);
        assertThat(cell("api")).isEqualTo(api + 1);
        assertThat(h1()).isEqualTo("Wykorzystanie otwartych danych");
        assertThat(driver.findElement(By.cssSelector("#usage-by-dataset thead")).getText()).contains("Pobrania", "Roboty");

        open("/opendata/usage?lang=en");
        try {
            assertThat(h1()).isEqualTo("Open-data usage");
            assertThat(driver.findElement(By.cssSelector("#usage-by-dataset thead")).getText()).contains("Downloads", "Bots");
            assertThat(cell("downloads")).isEqualTo(downloads + 2);
            assertAccessible();
        } finally {
            open("/opendata/usage?lang=pl");
        }
    }

    @Test
    void thePageFitsAPhoneAndALaptopAndIsAccessible() throws Exception {
        status("/opendata/datasets/" + ID + "/data.csv", "Mozilla/5.0");
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        try {
            for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1366, 900))) {
                driver.manage().window().setSize(size);
                open("/opendata/usage");
                assertThat(driver.findElements(By.cssSelector("#usage-by-dataset tbody tr"))).isNotEmpty();
                assertNoHorizontalScroll();
                assertAccessible();
                Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(shot, shots.resolve("opendata-usage-" + size.width + "x" + size.height + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
