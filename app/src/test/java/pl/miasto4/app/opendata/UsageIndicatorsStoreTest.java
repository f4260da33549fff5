package pl.miasto4.app.opendata;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage indicators of the city (Kraków in the demo) follow the downloads a person makes: three downloads
 * and one bot's move this month's open_data_downloads by three, and the year's downloads per 1000 residents is
 * the year's monthly downloads over Kraków's population in the store, times 1000.
 */
class UsageIndicatorsStoreTest extends StoreTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    UsageIndicators indicators;

    BigDecimal value(String indicator, String period) {
        return jdbc.sql("SELECT value FROM observation WHERE unit_code = '1261011' AND indicator_code = ? AND period = ?")
                .params(indicator, period).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    void download(String userAgent) throws Exception {
        HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/opendata/datasets/ind-area_ha-city_county/data.sdmx.csv")).header("User-Agent", userAgent).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void downloadsMoveTheCitysIndicators() throws Exception {
        String month = LocalDate.now(UsageCounter.ZONE).toString().substring(0, 7);
        String year = month.substring(0, 4);
        indicators.publish();
        BigDecimal before = value("open_data_downloads", month);

        download("Mozilla/5.0 (X11; Linux x86_64)");
        download("Mozilla/5.0 (X11; Linux x86_64)");
        download("Mozilla/5.0 (Macintosh)");
        download("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        assertThat(indicators.publish().rejected()).isFalse();

        assertThat(value("open_data_downloads", month)).isEqualByComparingTo(before.add(BigDecimal.valueOf(3)));
        assertThat(jdbc.sql("""
                SELECT provisional FROM observation WHERE unit_code = '1261011' AND indicator_code = 'open_data_downloads'
                AND period = ?""").param(month).query(Boolean.class).single()).isTrue();

        BigDecimal yearDownloads = jdbc.sql("""
                SELECT sum(value) FROM observation WHERE unit_code = '1261011' AND indicator_code = 'open_data_downloads'
                AND period LIKE ?""").param(year + "-%").query(BigDecimal.class).single();
        BigDecimal population = jdbc.sql("""
                SELECT value FROM observation WHERE unit_code = '1261011' AND indicator_code = 'population_total'
                ORDER BY period_start DESC LIMIT 1""").query(BigDecimal.class).single();
        assertThat(value("open_data_downloads_per_1000", year)).isEqualByComparingTo(
                yearDownloads.multiply(BigDecimal.valueOf(1000)).divide(population, 1, RoundingMode.HALF_UP));
    }
}
