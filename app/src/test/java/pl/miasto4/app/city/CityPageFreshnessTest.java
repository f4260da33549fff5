package pl.miasto4.app.city;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city page keeps its rendered tables only while the store is unchanged: a value imported (by
 * the server or by another process) shows on the next request, and only a committed change moves
 * the store's version.
 */
class CityPageFreshnessTest extends StoreTest {
    private static final String KRAKOW = "1261011";

    @Autowired
    ImportService imports;
    @Autowired
    CityTablesCache cache;
    @Autowired
    TransactionTemplate tx;

    private final HttpClient http = HttpClient.newHttpClient();

    private String page() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/cities/" + KRAKOW)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private long version() {
        return jdbc.sql("SELECT version FROM store_version").query(Long.class).single();
    }

    @Test
    void anImportedValueShowsOnTheNextRequest() throws Exception {
        // an indicator of the catalogue with no value for Kraków yet
        String code = jdbc.sql("""
                SELECT i.code FROM indicator i WHERE i.dimension IS NOT NULL AND i.decimals = 0
                  AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.indicator_code = i.code AND o.unit_code = ?)
                ORDER BY i.code LIMIT 1""").param(KRAKOW).query(String.class).single();
        String row = "href=\"/indicators/" + code + "\"";
        String before = page();
        assertThat(before).contains(row);
        assertThat(page()).isEqualTo(before); // the second answer comes from the cache, unchanged
        assertThat(cache.size()).isPositive();

        long v = version();
        Path csv = Files.createTempFile("fresh", ".csv");
        Files.writeString(csv, "unit;indicator;period;value\n" + KRAKOW + ";" + code + ";2024;987654\n", StandardCharsets.UTF_8);
        imports.importFile(csv, "fresh.csv", new ImportOptions(false, "test", null, null, null, null));
        assertThat(version()).isGreaterThan(v);

        String after = page();
        String cell = after.substring(after.indexOf(row));
        cell = cell.substring(0, cell.indexOf("</tr>"));
        assertThat(cell).contains("987\u00A0654").contains("2024");
    }

    @Test
    void onlyACommittedChangeMovesTheVersion() {
        long v = version();
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE indicator SET decimals = decimals WHERE code = 'pm25_annual_mean'").update();
            status.setRollbackOnly();
        });
        assertThat(version()).isEqualTo(v);
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE indicator SET decimals = decimals WHERE code = 'pm25_annual_mean'").update();
            jdbc.sql("UPDATE indicator SET decimals = decimals WHERE code = 'pm25_annual_mean'").update();
        });
        // one transaction, however many statements: one step
        assertThat(version()).isEqualTo(v + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM store_change").query(Long.class).single()).isZero();
    }
}
