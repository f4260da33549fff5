package pl.miasto4.app.goal;

import org.junit.jupiter.api.Test;
import pl.miasto4.app.StoreTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** An analyst records a strategy goal and a target through the API; the status comes from the store's values. */
class TargetsApiTest extends StoreTest {
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> put(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .header("Authorization", auth).PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void goalThenTargetWithItsStatus() throws Exception {
        assertThat(put("/api/goals/TEST-AIR", """
                {"level":"strategic","namePl":"Czyste powietrze (test)","nameEn":"Clean air (test)"}""").statusCode()).isEqualTo(200);
        assertThat(put("/api/goals/TEST-AIR.PM10", """
                {"level":"operational","parentCode":"TEST-AIR","namePl":"PM10 poniżej 20 µg/m³ (test)"}""").statusCode()).isEqualTo(200);
        // Kraków PM10: 2010 value from the demo data is the baseline; the target is a test value
        String baseline = jdbc.sql("SELECT value::text FROM observation WHERE unit_code = '1261011' AND indicator_code = "
                + "'pm10_annual_mean' AND period = '2010'").query(String.class).single();
        HttpResponse<String> r = put("/api/targets", """
                {"goalCode":"TEST-AIR.PM10","indicatorCode":"pm10_annual_mean","unitCode":"1261011","kind":"ceiling","baselinePeriod":"2010",
                 "baselineValue":%s,"targetPeriod":"2030","targetValue":20}""".formatted(baseline));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode t = json.readTree(r.body());
        assertThat(t.path("latestPeriod").asString()).isEqualTo("2017");
        assertThat(t.path("assessment").path("status").asString()).isIn("ON_TRACK", "AT_RISK", "OFF_TRACK");
        // the status is Eurostat's ratio of actual to required annual growth, recomputed here from the same values
        double b = Double.parseDouble(baseline);
        double latest = t.path("latestValue").asDouble();
        double actual = Math.pow(latest / b, 1 / 7.0) - 1;
        double required = Math.pow(20 / b, 1 / 20.0) - 1;
        assertThat(t.path("assessment").path("ratio").asDouble()).isCloseTo(actual / required, org.assertj.core.data.Offset.offset(1e-9));

        HttpResponse<String> bad = put("/api/targets", """
                {"goalCode":"NOPE","indicatorCode":"pm10_annual_mean","unitCode":"XX","baselinePeriod":"2010",
                 "baselineValue":1,"targetPeriod":"2009","targetValue":20}""");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("goalCode").contains("unitCode").contains("targetPeriod").contains("kind");

        HttpResponse<String> audit = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/audit?entity=target"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(audit.body()).get(0).path("action").asString()).isEqualTo("create");
    }

    @Test
    void datasetRegisterEntryWithStaleness() throws Exception {
        HttpResponse<String> r = put("/api/datasets/TEST-DS", """
                {"namePl":"Pomiary hałasu (test)","owner":"Wydział Kształtowania Środowiska","updateFrequency":"monthly",
                 "open":true,"lastUpdated":"2020-01-31","indicators":["no2_annual_mean"]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json.readTree(r.body()).path("stale").asBoolean()).isTrue();
        HttpResponse<String> bad = put("/api/datasets/TEST-DS", """
                {"namePl":"x","owner":"y","updateFrequency":"hourly","indicators":["nope"]}""");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("updateFrequency").contains("nope");
    }

    /**
     * The demo's EU PM2.5 limit (20 µg/m³, Directive 2008/50/EC) is a ceiling: every city whose latest value is not
     * higher than 20 meets it and is on track (target met), never off track, whatever its trend since 2010.
     * The cities and values are read from the store, not from the service under test.
     */
    @Test
    void noCityMeetingTheCeilingIsOffTrack() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/targets")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode all = json.readTree(r.body());
        int meeting = 0;
        boolean koszalin = false;
        for (JsonNode t : all) {
            if (!"EU-AIR.PM25".equals(t.path("goalCode").asString())) {
                continue;
            }
            assertThat(t.path("kind").asString()).isEqualTo("ceiling");
            String latest = jdbc.sql("""
                    SELECT value::text FROM observation WHERE unit_code = ? AND indicator_code = 'pm25_annual_mean'
                      AND value IS NOT NULL ORDER BY period_start DESC LIMIT 1""").param(t.path("unitCode").asString())
                    .query(String.class).single();
            if (new java.math.BigDecimal(latest).compareTo(new java.math.BigDecimal("20")) <= 0) {
                meeting++;
                assertThat(t.path("assessment").path("status").asString()).as(t.path("unitName").asString()).isEqualTo("ON_TRACK");
                assertThat(t.path("assessment").path("progress").asString()).isEqualTo("TARGET_MET");
            }
            if ("Koszalin".equals(t.path("unitName").asString())) {
                koszalin = true;
                assertThat(t.path("latestValue").decimalValue()).isEqualByComparingTo("14.18");
                assertThat(t.path("baselineValue").decimalValue()).isEqualByComparingTo("15.35");
                assertThat(t.path("assessment").path("status").asString()).isEqualTo("ON_TRACK");
                assertThat(t.path("latestPeriod").asString()).isEqualTo("2017");
            }
        }
        assertThat(koszalin).isTrue();
        // Koszalin, Szczecin, Słupsk, Olsztyn, Gorzów and others of the demo are under the limit
        assertThat(meeting).isGreaterThanOrEqualTo(5);
        // the page says how old the judged value is
        String page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/goals")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("dane z 2017 r.").contains("nie więcej niż").doesNotContain("OFF_TRACK");
    }
}
