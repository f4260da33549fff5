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
                {"goalCode":"TEST-AIR.PM10","indicatorCode":"pm10_annual_mean","unitCode":"1261011","baselinePeriod":"2010",
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
        assertThat(bad.body()).contains("goalCode").contains("unitCode").contains("targetPeriod");

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
}
