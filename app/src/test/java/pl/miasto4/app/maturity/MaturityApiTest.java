package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.assessment.AssessmentStore;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

/** The maturity API as a client uses it: JSON reads are public, writes need a login, errors are RFC 7807. */
class MaturityApiTest extends StoreTest {
    final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    JsonMapper json;
    @Autowired
    AssessmentStore store;

    HttpResponse<String> send(String method, String path, String contentType, String body, boolean login) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (login) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    long krakow() {
        return store.findByCode("demo-krakow-2025").orElseThrow().id();
    }

    @Test
    void theProfileIsPublicJsonWithMissingAsNull() throws Exception {
        HttpResponse<String> r = send("GET", "/api/maturity/cities/1261011/profile", null, null, false);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode p = json.readTree(r.body());
        assertThat(p.at("/overall/value").asDouble()).isBetween(2.535, 2.545);
        assertThat(p.at("/assessment/origin").asString()).isEqualTo("derived_from_interviews");
        JsonNode twin = null;
        for (JsonNode d : p.get("dimensions")) {
            for (JsonNode c : d.get("criteria")) {
                if (c.get("status").asString().equals("missing")) {
                    twin = c;
                }
            }
        }
        assertThat(twin).as("Kraków's interview leaves some criteria unanswered").isNotNull();
        assertThat(twin.get("level").isNull()).isTrue();
    }

    @Test
    void writingNeedsALoginAndBadInputIsA422WithEveryProblem() throws Exception {
        String answer = "{\"respondent\":\"API\",\"level\":9,\"confidence\":0.5}";
        HttpResponse<String> anonymous = send("PUT", "/api/maturity/assessments/" + krakow() + "/answers/foundations.strategy",
                "application/json", answer, false);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> bad = send("PUT", "/api/maturity/assessments/" + krakow() + "/answers/foundations.strategy",
                "application/json", answer, true);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(bad.body());
        assertThat(problem.at("/problems/0/field").asString()).isEqualTo("level");
        assertThat(problem.at("/problems/0/reason").asString()).isEqualTo("outside 1-5");

        HttpResponse<String> missing = send("GET", "/api/maturity/cities/1261011/profile?assessment=999999", null, null, false);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("detail").asString()).contains("no assessment '999999'");
        HttpResponse<String> opole = send("GET", "/api/maturity/cities/1661011/profile", null, null, false);
        assertThat(opole.statusCode()).isEqualTo(404);
        assertThat(json.readTree(opole.body()).get("detail").asString()).contains("1661011");
    }

    @Test
    void aBadModelDocumentIsRefusedWithLineNumbers() throws Exception {
        String yaml = """
                schema: miasto4.maturity-model/1
                id: bad-model
                version: 1
                name: {pl: Zły, en: Bad}
                colour: red
                """;
        HttpResponse<String> r = send("POST", "/api/maturity/models", "application/yaml", yaml, true);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode problems = json.readTree(r.body()).get("problems");
        assertThat(problems.size()).isGreaterThan(1);
        boolean colour = false;
        for (JsonNode p : problems) {
            colour |= p.get("line").asInt() == 5 && p.get("reason").asString().contains("colour");
        }
        assertThat(colour).as(r.body()).isTrue();
    }

    @Test
    void anAssessmentIsSeenUnderTheOtherModelThroughTheMapping() throws Exception {
        HttpResponse<String> r = send("GET", "/api/maturity/cities/1261011/crossmodel", null, null, false);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode x = json.readTree(r.body());
        assertThat(x.get("modelId").asString()).isEqualTo("itu-y4904");
        // the same computation straight from core on the shipped document
        var library = pl.miasto4.maturity.model.ModelLibrary.builtIn();
        var doc = pl.miasto4.maturity.assessment.DemoAssessments.load(library).stream()
                .filter(a -> a.city().code().equals("1261011")).findFirst().orElseThrow();
        var profile = new pl.miasto4.maturity.assessment.MaturityScorer(library.model("miasto40").orElseThrow()).score(doc, java.util.Map.of());
        var view = pl.miasto4.maturity.mapping.CrossModelView.view(profile,
                pl.miasto4.maturity.mapping.MappingLibrary.builtIn(library).between("miasto40", "itu-y4904").orElseThrow(),
                library.model("itu-y4904").orElseThrow());
        long projected = view.projections().stream().filter(p -> p.level().isPresent()).count();
        assertThat(x.get("projections").size()).isEqualTo((int) projected).isPositive();
        assertThat(x.get("unmapped").asInt()).isEqualTo(view.unmapped().size());
        assertThat(x.at("/overall/coverage").asDouble()).isEqualTo(view.profile().overall().coverage());
        assertThat(send("GET", "/api/maturity/cities/1261011/crossmodel?to=nothing", null, null, false).statusCode()).isEqualTo(404);
    }

    @Test
    void aCityImportsItsOwnAssessmentDocumentAllOrNothing() throws Exception {
        String bad = """
                schema: miasto4.maturity-assessment/1
                id: szczecin-2025
                model: miasto40
                model_version: 1.0.0
                city: {code: "3262011", name: Szczecin}
                date: 2025-10
                respondent: Biuro Strategii
                answers:
                  - {criterion: foundations.strategy, level: 3, confidence: 0.8, evidence: [{link: "javascript:alert(1)"}]}
                  - {criterion: foundations.open_data, level: 6}
                """;
        HttpResponse<String> refused = send("POST", "/api/maturity/assessments/import", "application/yaml", bad, true);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"line\":10").contains("level 6 is outside 1-5");
        HttpResponse<String> badLink = send("POST", "/api/maturity/assessments/import", "application/yaml", bad.replace("level: 6", "level: 2"), true);
        assertThat(badLink.statusCode()).isEqualTo(422);
        assertThat(badLink.body()).contains("a link must be an http(s) address");
        assertThat(jdbc.sql("SELECT count(*) FROM maturity_assessment WHERE code = 'szczecin-2025'").query(Long.class).single()).isZero();

        HttpResponse<String> ok = send("POST", "/api/maturity/assessments/import", "application/yaml",
                bad.replace("level: 6", "level: 2").replace("javascript:alert(1)", "https://bip.um.szczecin.pl/"), true);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode profile = json.readTree(send("GET", "/api/maturity/cities/3262011/profile", null, null, false).body());
        assertThat(profile.at("/assessment/origin").asString()).isEqualTo("self_assessment");
        assertThat(profile.at("/overall/value").isNull()).as("2 of 37 criteria: too little for an overall score").isTrue();
        JsonNode foundations = null;
        for (JsonNode d : profile.get("dimensions")) {
            foundations = d.get("id").asString().equals("foundations") ? d : foundations;
        }
        // 2 of 11 equally weighted criteria answered (3 and 2): withheld, partial (3 + 2) / 2 = 2.5, coverage 2/11
        assertThat(foundations.at("/score/value").isNull()).isTrue();
        assertThat(foundations.at("/score/partial").asDouble()).isEqualTo(2.5);
        assertThat(foundations.at("/score/coverage").asDouble()).isCloseTo(2 / 11.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theBenchmarkRanksTheSixCitiesWithIntervals() throws Exception {
        JsonNode b = json.readTree(send("GET", "/api/maturity/cities/1261011/benchmark", null, null, false).body());
        assertThat(b.get("cities").size()).isGreaterThanOrEqualTo(6);
        for (JsonNode r : b.get("ranking")) {
            assertThat(r.get("low").asInt()).isLessThanOrEqualTo(r.get("high").asInt());
        }
        JsonNode peers = json.readTree(send("GET", "/api/maturity/cities/1261011/benchmark?assessment=" + krakow() + "&peer=1465011&peer=2261011",
                null, null, false).body());
        assertThat(peers.get("cities").size()).isEqualTo(3);
    }

    @Test
    void aRoadmapActionBecomesAProposalThatCanBeRatedAndScored() throws Exception {
        JsonNode road = json.readTree(send("GET", "/api/maturity/cities/1261011/roadmap?target.foundations=4&horizon=2",
                null, null, false).body());
        String action = road.at("/steps/0/actionId").asString();
        HttpResponse<String> created = send("POST", "/api/maturity/assessments/" + krakow() + "/roadmap/actions/" + action + "/initiative",
                null, null, true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String code = json.readTree(created.body()).get("code").asString();
        assertThat(json.readTree(created.body()).get("status").asString()).isEqualTo("proposed");

        HttpResponse<String> rated = send("PUT", "/api/maturity/initiatives/" + code + "/ratings", "application/json",
                "{\"strategic_fit\":5,\"maturity_gain\":4,\"cost_effectiveness\":3,\"resident_benefit\":2,\"feasibility\":4}", true);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        JsonNode ws = json.readTree(send("GET", "/api/maturity/cities/1261011/portfolio", null, null, false).body());
        JsonNode mine = null;
        for (JsonNode r : ws.get("ranked")) {
            if (r.at("/initiative/code").asString().equals(code)) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        // equal weights until the city compares its criteria: (5 + 4 + 3 + 2 + 4) / 5 = 3.6
        assertThat(mine.get("score").asDouble()).isBetween(3.6 - 1e-9, 3.6 + 1e-9);
        assertThat(ws.at("/weights/consistencyRatio").asDouble()).isLessThan(1e-9);

        HttpResponse<String> inconsistent = send("PUT", "/api/maturity/cities/1261011/portfolio/comparisons", "application/json",
                "{\"matrix\":[[1,9,1,1,1],[1,1,9,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]}", true);
        assertThat(inconsistent.statusCode()).isEqualTo(200);
        assertThat(json.readTree(inconsistent.body()).get("consistencyRatio").asDouble()).isGreaterThan(0.1);
        HttpResponse<String> outOfScale = send("PUT", "/api/maturity/cities/1261011/portfolio/comparisons", "application/json",
                "{\"matrix\":[[1,12,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]}", true);
        assertThat(outOfScale.statusCode()).isEqualTo(422);
        send("PUT", "/api/maturity/cities/1261011/portfolio/comparisons", "application/json",
                "{\"matrix\":[[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]}", true);
        JsonNode topsis = json.readTree(send("GET", "/api/maturity/cities/1261011/portfolio?method=topsis", null, null, false).body());
        assertThat(topsis.get("method").asString()).isEqualTo("TOPSIS");
        assertThat(topsis.at("/ranked/0/parts/strategic_fit/weighted").isNumber()).isTrue();
    }
}
