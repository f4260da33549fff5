package pl.miasto4.app.indicator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ranking compares one period and says which: by default the latest period that at least half as
 * many units have a value for as the best-covered one, or the period the reader chooses; values
 * older than the indicator's frequency allows are marked "dane z …". The values are SYNTHETIC, for
 * Kraków's districts and an indicator the demo leaves empty (trees_planted_per_100k), so no other
 * test sees them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingPeriodTest extends StoreTest {
    static final String INDICATOR = "trees_planted_per_100k";

    @Autowired
    ImportService imports;

    @BeforeAll
    void storeSyntheticValues() throws Exception {
        StringBuilder csv = new StringBuilder("unit,indicator,period,value,source\n");
        // districts 01–10 report 2019 and 2020; 01–09 report 2021; only 01–03 report 2022 (early publishers);
        // district 11 reported once, in 2008. Value = 100 × district number + year offset (SYNTHETIC).
        for (int d = 1; d <= 10; d++) {
            for (int year = 2019; year <= 2022; year++) {
                if (year == 2021 && d == 10 || year == 2022 && d > 3) {
                    continue;
                }
                csv.append(String.format("1261011-%02d,%s,%d,%d,SYNTHETIC test data%n", d, INDICATOR, year, 100 * d + year - 2019));
            }
        }
        csv.append("1261011-11,").append(INDICATOR).append(",2008,5000,SYNTHETIC test data\n");
        // district 12 reported only last year: on its page that value is not outdated (for the city page test)
        csv.append("1261011-12,").append(INDICATOR).append(",").append(java.time.Year.now().getValue() - 1)
                .append(",7,SYNTHETIC test data\n");
        Path file = Files.createTempFile("ranking-synthetic", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportReport r = imports.importFile(file, "ranking-synthetic.csv", ImportOptions.of("test"));
        Files.delete(file);
        assertThat(r.rejected()).as(r.summary()).isFalse();
    }

    private String page(String query) throws Exception {
        return get("/indicators/" + INDICATOR + query);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + path)).header("Accept-Language", "pl").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** The sentence saying which period the ranking uses, without markup. */
    private static String rankingNote(String html) {
        Matcher m = Pattern.compile("<p[^>]*class=\"ranking-period\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("the page says which period its ranking uses").isTrue();
        return m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    /** The units of the ranking table, in order. */
    private static List<String> rankedUnits(String html) {
        String table = html.substring(html.indexOf("id=\"table-h\""));
        table = table.substring(0, table.indexOf("</table>"));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<th scope=\"row\"><a [^>]*>([^<]*)</a>").matcher(table);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theDefaultRankingUsesTheLatestCommonPeriodAndSaysWhich() throws Exception {
        String html = page("");
        // 2022 has 3 units, fewer than half of the best-covered periods' 10; 2021 has 9
        assertThat(rankingNote(html)).contains("Ranking za okres 2021").contains("Jednostki z wartością w tym okresie: 9 z 12")
                .contains("dane z 2021");
        // higher is better: district 09 (value 902) first, then 08 (802), …, 01 (102); district 10 has no 2021 value
        // and district 11's only value (2008) is not ranked among them
        assertThat(rankedUnits(html)).hasSize(9).first().asString().startsWith("Dzielnica IX ");
        assertThat(rankedUnits(html).get(1)).startsWith("Dzielnica VIII ");
        assertThat(rankedUnits(html).get(8)).startsWith("Dzielnica I ");
    }

    @Test
    void aChosenPeriodIsRankedAndNamed() throws Exception {
        String html = page("?period=2022");
        assertThat(rankingNote(html)).contains("Ranking za wybrany okres 2022").contains("Jednostki z wartością w tym okresie: 3 z 12");
        assertThat(rankedUnits(html)).hasSize(3);
        assertThat(rankedUnits(html).get(0)).startsWith("Dzielnica III ");
        assertThat(rankedUnits(html).get(2)).startsWith("Dzielnica I ");
    }

    /** The city page's row of an indicator, without markup. */
    private static String cityRow(String html, String indicator) {
        Matcher m = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*?/indicators/" + indicator + "\"(?:(?!</tr>).)*</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row of " + indicator).isTrue();
        return m.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void cityPagesMarkValuesOlderThanTheirFrequencyAllows() throws Exception {
        // the demo's PM2.5 for Kraków ends in 2017 (GIOŚ statistics 2000-2018): an annual value years overdue
        assertThat(cityRow(get("/cities/1261011"), "pm25_annual_mean")).contains("2017").contains("dane z 2017");
        // last year's annual value is what one can expect now
        String recent = cityRow(get("/cities/1261011-12"), INDICATOR);
        assertThat(recent).contains(Integer.toString(java.time.Year.now().getValue() - 1)).doesNotContain("dane z");
    }
}
