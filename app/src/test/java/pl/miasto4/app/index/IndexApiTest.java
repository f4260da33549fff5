package pl.miasto4.app.index;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.OpenApiContract;
import pl.miasto4.app.StoreTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The index API as a client uses it: run without saving, save with a login, read results, profiles,
 * the audit and rank intervals, compare recipes, download CSV; refused input answers RFC 7807 with
 * the field or the recipe line. Every JSON answer is checked against the published OpenAPI document.
 */
class IndexApiTest extends StoreTest {
    final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    JsonMapper json;
    OpenApiContract contract;

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json(JsonMapper m) {
            return m.readTree(body);
        }
    }

    @BeforeEach
    void openApi() throws Exception {
        contract = new OpenApiContract(json.readTree(get("/api/openapi").body()));
    }

    Reply send(String method, String path, Object body, boolean login) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (login) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    body instanceof String s ? s : json.writeValueAsString(body)));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    Reply get(String path) throws Exception {
        return send("GET", path, null, false);
    }

    /** The reply parsed, after checking it against the OpenAPI document. */
    JsonNode conforming(Reply r, String method, String template, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode body = r.body().isEmpty() ? null : json.readTree(r.body());
        assertThat(contract.check(method, template, status, body)).as(method + " " + template).isEmpty();
        return body;
    }

    static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void anyoneCanRunTheDemoIndexWithoutSavingIt() throws Exception {
        JsonNode run = conforming(send("POST", "/api/index/runs", IndexDemo.definition(), false), "POST", "/api/index/runs", 200);
        JsonNode units = run.path("results").path("units");
        assertThat(units.size()).isEqualTo(66);
        assertThat(units.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(units.get(0).path("score").asDouble()).isGreaterThanOrEqualTo(units.get(65).path("score").asDouble());
        // the coverage says what the store lacks instead of inventing it
        JsonNode pm25 = null;
        for (JsonNode c : run.path("coverage").path("columns")) {
            if (c.path("code").asString().equals("pm25_annual_mean")) {
                pm25 = c;
            }
        }
        assertThat(pm25).isNotNull();
        assertThat(pm25.path("missing").asInt()).isPositive();
        assertThat(pm25.path("present").asInt() + pm25.path("missing").asInt()).isEqualTo(66);
        assertThat(run.path("uncertainty").path("ranks").size()).isEqualTo(66);
        assertThat(run.path("selection").path("asOf").asString()).isNotBlank();
    }

    @Test
    void savingNeedsALoginAndGivesALinkableReproducibleBuild() throws Exception {
        Reply anonymous = send("POST", "/api/index/builds", IndexDemo.definition(), false);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        BuildRequest demo = IndexDemo.definition();
        BuildRequest request = new BuildRequest("API test: quality of life", "saved by IndexApiTest", demo.selection(),
                null, "city-jrc", null, null, true);
        Reply saved = send("POST", "/api/index/builds", request, true);
        JsonNode build = conforming(saved, "POST", "/api/index/builds", 201);
        long id = build.path("id").asLong();
        assertThat(saved.raw().headers().firstValue("Location").orElseThrow()).endsWith("/api/index/builds/" + id);
        assertThat(build.path("reproduced").asBoolean()).isTrue();
        assertThat(build.path("createdBy").asString()).isEqualTo("admin");

        JsonNode again = conforming(get("/api/index/builds/" + id), "GET", "/api/index/builds/{id}", 200);
        assertThat(again.path("selection").path("asOf").asString()).isEqualTo(build.path("asOf").asString());
        JsonNode list = conforming(get("/api/index/builds"), "GET", "/api/index/builds", 200);
        assertThat(list.findValuesAsString("name")).contains("API test: quality of life");

        // results at every level, and the same numbers as CSV
        JsonNode results = conforming(get("/api/index/builds/" + id + "/results"), "GET", "/api/index/builds/{id}/results", 200);
        assertThat(results.path("columns").findValuesAsString("code")).contains("Index", "economy", "environment", "pm10_annual_mean");
        Reply csv = get("/api/index/builds/" + id + "/results.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        Map<String, CSVRecord> byUnit = new HashMap<>();
        for (CSVRecord r : csv(csv.body())) {
            byUnit.put(r.get("uCode"), r);
        }
        assertThat(byUnit).hasSize(66);
        for (JsonNode u : results.path("units")) {
            CSVRecord r = byUnit.get(u.path("unit").asString());
            assertThat(Double.parseDouble(r.get("Index"))).isEqualTo(u.path("score").asDouble());
            assertThat(Integer.parseInt(r.get("Index_Rank"))).isEqualTo(u.path("rank").asInt());
            JsonNode env = u.path("scores").path("environment");
            assertThat(r.get("environment")).isEqualTo(env.isMissingNode() ? "NA" : Double.toString(env.asDouble()));
        }

        // a unit's profile: Kraków against its peers
        JsonNode profile = conforming(get("/api/index/builds/" + id + "/units/1261011"), "GET", "/api/index/builds/{id}/units/{unit}", 200);
        assertThat(profile.path("name").asString()).isEqualTo("Kraków");
        assertThat(profile.path("peers").size()).isEqualTo(IndexViews.PEERS);
        assertThat(profile.path("rank").asInt()).isEqualTo(byUnit.get("1261011").get("Index_Rank").transform(Integer::parseInt));
        for (JsonNode e : profile.path("entries")) {
            if (e.has("versusPeers")) {
                assertThat(e.path("versusPeers").asDouble()).isCloseTo(e.path("score").asDouble() - e.path("peerMean").asDouble(), within(1e-9));
            }
        }
        assertThat(get("/api/index/builds/" + id + "/units/XX").status()).isEqualTo(404);

        conforming(get("/api/index/builds/" + id + "/audit"), "GET", "/api/index/builds/{id}/audit", 200);
        JsonNode u = conforming(get("/api/index/builds/" + id + "/uncertainty"), "GET", "/api/index/builds/{id}/uncertainty", 200);
        assertThat(u.path("sensitivity").size()).isEqualTo(2);
        List<CSVRecord> stats = csv(get("/api/index/builds/" + id + "/uncertainty.csv").body());
        assertThat(stats).hasSize(66);
        for (CSVRecord r : stats) {
            assertThat(Double.parseDouble(r.get("Q5"))).isLessThanOrEqualTo(Double.parseDouble(r.get("Q95")));
        }

        // every data set of the build, COINr layout; the inputs with their periods
        List<CSVRecord> normalised = csv(get("/api/index/builds/" + id + "/datasets/Normalised.csv").body());
        assertThat(normalised).hasSize(66);
        assertThat(normalised.get(0).isMapped("avg_gross_monthly_wage")).isTrue();
        assertThat(get("/api/index/builds/" + id + "/datasets/Nothing.csv").status()).isEqualTo(404);
        List<CSVRecord> inputs = csv(get("/api/index/builds/" + id + "/inputs.csv").body());
        assertThat(inputs).isNotEmpty().allSatisfy(r -> assertThat(r.get("period")).isNotBlank());

        assertThat(send("DELETE", "/api/index/builds/" + id, null, false).status()).isEqualTo(401);
        assertThat(send("DELETE", "/api/index/builds/" + id, null, true).status()).isEqualTo(204);
        assertThat(get("/api/index/builds/" + id).status()).isEqualTo(404);
    }

    @Test
    void comparingTwoRecipesGivesTheRankShiftsOfTwoSeparateRuns() throws Exception {
        BuildRequest demo = IndexDemo.definition();
        ObjectNode compare = json.createObjectNode();
        compare.set("selection", json.valueToTree(demo.selection()));
        compare.put("recipeAId", "city-jrc");
        compare.put("recipeBId", "city-zero-unitarisation");
        JsonNode shifts = conforming(send("POST", "/api/index/compare", compare, false), "POST", "/api/index/compare", 200);

        Map<String, Integer> a = ranks(new BuildRequest(null, null, demo.selection(), null, "city-jrc", null, null, false));
        Map<String, Integer> b = ranks(new BuildRequest(null, null, demo.selection(), null, "city-zero-unitarisation", null, null, false));
        int moved = 0;
        for (JsonNode s : shifts.path("shifts")) {
            String unit = s.path("unit").asString();
            assertThat(s.path("rankA").asInt()).isEqualTo(a.get(unit));
            assertThat(s.path("rankB").asInt()).isEqualTo(b.get(unit));
            assertThat(s.path("shift").asInt()).isEqualTo(b.get(unit) - a.get(unit));
            moved += a.get(unit).equals(b.get(unit)) ? 0 : 1;
        }
        assertThat(shifts.path("moved").asInt()).isEqualTo(moved);
        List<CSVRecord> rows = csv(send("POST", "/api/index/compare.csv", compare, false).body());
        assertThat(rows).hasSize(66);
    }

    Map<String, Integer> ranks(BuildRequest r) throws Exception {
        JsonNode run = json.readTree(send("POST", "/api/index/runs", r, false).body());
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode u : run.path("results").path("units")) {
            out.put(u.path("unit").asString(), u.path("rank").asInt());
        }
        return out;
    }

    @Test
    void refusedInputIsAProblemDocumentNamingTheFieldOrTheRecipeLine() throws Exception {
        BuildRequest demo = IndexDemo.definition();
        List<StoreSelection.IndicatorChoice> bad = new ArrayList<>(demo.selection().indicators());
        bad.add(StoreSelection.IndicatorChoice.of("population_total"));
        StoreSelection s = demo.selection();
        Reply neutral = send("POST", "/api/index/runs", new BuildRequest(null, null, new StoreSelection(null, bad, null, null,
                s.unitKind(), s.period(), s.periodMode(), s.from(), null), null, null, null, null, false), false);
        JsonNode p = conforming(neutral, "POST", "/api/index/runs", 422);
        assertThat(neutral.contentType()).startsWith("application/problem+json");
        assertThat(p.path("type").asString()).endsWith("/invalid-selection");
        assertThat(p.path("problems").get(0).path("field").asString()).isEqualTo("indicators[" + (bad.size() - 1) + "].direction");

        Reply recipe = send("POST", "/api/index/runs", new BuildRequest(null, null, s,
                "name: x\nsteps:\n  - step: normalise\n    method: minmax\n    range: [0, 100]\n  - step: aggregate\n    method: averge\n",
                null, null, null, false), false);
        JsonNode r = conforming(recipe, "POST", "/api/index/runs", 422);
        assertThat(r.path("line").asInt()).isEqualTo(7);
        assertThat(r.path("reason").asString()).contains("averge");

        Reply malformed = send("POST", "/api/index/runs", "{\"selection\": {\"period\": 2022,", false);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        assertThat(get("/api/index/builds/999999").status()).isEqualTo(404);
    }

    @Test
    void theCatalogueSaysWhichIndicatorsHaveDataForTheCities() throws Exception {
        JsonNode a = conforming(get("/api/index/availability?unitKind=city_county&period=2022&from=2015"), "GET",
                "/api/index/availability", 200);
        Map<String, Integer> units = new HashMap<>();
        a.forEach(x -> units.put(x.path("indicator").asString(), x.path("units").asInt()));
        // every indicator of the demo index has data for some cities, as the coverage of its run says
        JsonNode run = json.readTree(send("POST", "/api/index/runs", IndexDemo.definition(), false).body());
        for (JsonNode c : run.path("coverage").path("columns")) {
            assertThat(units.get(c.path("code").asString())).as(c.path("code").asString()).isEqualTo(c.path("present").asInt());
        }
        conforming(get("/api/index/recipes"), "GET", "/api/index/recipes", 200);
        conforming(get("/api/index/frameworks"), "GET", "/api/index/frameworks", 200);
        conforming(get("/api/index/uncertainty-specifications"), "GET", "/api/index/uncertainty-specifications", 200);
    }
}
