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
    CityPageCache cache;
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
        assertThat(cache.pages()).isPositive();

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

    private HttpResponse<byte[]> raw(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws Exception {
        try (java.util.zip.GZIPInputStream z = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anonymousReadersGetTheKeptPageGzippedOrPlainWithTheSameHeaders() throws Exception {
        String path = "/cities/" + KRAKOW;
        HttpResponse<byte[]> first = raw(path);
        assertThat(first.statusCode()).isEqualTo(200);
        int kept = cache.pages();
        HttpResponse<byte[]> plain = raw(path);
        HttpResponse<byte[]> gzipped = raw(path, "Accept-Encoding", "gzip, deflate");
        HttpResponse<byte[]> refused = raw(path, "Accept-Encoding", "gzip;q=0, *");
        assertThat(cache.pages()).isGreaterThanOrEqualTo(Math.max(kept, 1));
        String html = new String(first.body(), StandardCharsets.UTF_8);
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(html);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(html);
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(html);
        for (HttpResponse<byte[]> r : java.util.List.of(plain, gzipped)) {
            for (String h : new String[]{"Content-Type", "Content-Language", "Content-Security-Policy", "X-Frame-Options",
                    "X-Content-Type-Options", "Cache-Control"}) {
                assertThat(r.headers().firstValue(h)).as(h).isEqualTo(first.headers().firstValue(h));
            }
        }
        // English readers (cookie) get the English page, not the Polish one kept before
        String english = new String(raw(path, "Cookie", "miasto-lang=en").body(), StandardCharsets.UTF_8);
        assertThat(english).isNotEqualTo(html).contains("lang=\"en\"");
        assertThat(new String(raw(path, "Cookie", "miasto-lang=en").body(), StandardCharsets.UTF_8)).isEqualTo(english);
    }

    @Test
    void aLoggedInOfficialGetsARenderedPageWithTheLogOutForm() throws Exception {
        String path = "/cities/" + KRAKOW;
        raw(path);
        raw(path); // kept for anonymous readers
        // the pages use a login form; a session from it is what an official has
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        String page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("action=\"/logout\"").contains("admin");
        assertThat(new String(raw(path).body(), StandardCharsets.UTF_8)).doesNotContain("action=\"/logout\"");
    }

    @Test
    void gzipIsSentOnlyWhenTheReaderAcceptsIt() {
        assertThat(CityPageFilter.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(CityPageFilter.acceptsGzip("deflate, gzip;q=0.5")).isTrue();
        assertThat(CityPageFilter.acceptsGzip("*")).isTrue();
        assertThat(CityPageFilter.acceptsGzip(null)).isFalse();
        assertThat(CityPageFilter.acceptsGzip("identity")).isFalse();
        assertThat(CityPageFilter.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(CityPageFilter.acceptsGzip("gzip;q=0, *")).isFalse();
        assertThat(CityPageFilter.acceptsGzip("*;q=0")).isFalse();
        assertThat(CityPageFilter.acceptsGzip("br, *;q=0.1")).isTrue();
    }
}
