package pl.miasto4.app.opendata;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import pl.miasto4.app.StoreTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CKAN-compatible API read by CKAN's own JavaScript client (npm package {@code ckan}, which POSTs JSON to
 * the action API as CKAN's clients do) and by plain GETs, and a JSON-stat file read by the JSON-stat JavaScript
 * Toolkit (npm {@code jsonstat-toolkit}). The clients are installed from npm into target/ on first use
 * (app/src/test/node/opendata-clients); without node and npm the client part is skipped, the GET part runs.
 */
class CkanApiStoreTest extends StoreTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ID = "ind-population_total-city_county";

    JsonNode get(String pathAndQuery, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    @Test
    void theActionApiAnswersInCkansEnvelope() throws Exception {
        JsonNode list = get("/api/3/action/package_list", 200);
        assertThat(list.get("success").asBoolean()).isTrue();
        assertThat(list.get("help").asString()).endsWith("/api/3/action/help_show?name=package_list");
        List<String> names = list.get("result").valueStream().map(JsonNode::asString).toList();
        assertThat(names).contains(ID).hasSizeGreaterThanOrEqualTo(50).isSorted();

        JsonNode show = get("/api/3/action/package_show?id=" + ID, 200).get("result");
        assertThat(show.get("name").asString()).isEqualTo(ID);
        assertThat(show.get("num_resources").asInt()).isEqualTo(5);
        assertThat(show.get("license_url").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(show.get("organization").get("title").asString()).isEqualTo("Miasto 4.0 (demo)");
        for (JsonNode r : show.get("resources")) {
            HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(r.get("url").asString())).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(r.get("url").asString()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(r.get("mimetype").asString());
        }

        JsonNode search = get("/api/3/action/package_search?q=ludność&rows=2&start=0", 200).get("result");
        assertThat(search.get("count").asInt()).isGreaterThan(2);
        assertThat(search.get("results").size()).isEqualTo(2);
        JsonNode page2 = get("/api/3/action/package_search?q=ludność&rows=2&start=2", 200).get("result");
        assertThat(page2.get("results").get(0).get("name").asString())
                .isNotEqualTo(search.get("results").get(0).get("name").asString());
        assertThat(get("/api/3/action/package_search?q=zzzznothing", 200).get("result").get("count").asInt()).isZero();
    }

    @Test
    void wrongParametersGetCkansErrorShape() throws Exception {
        JsonNode missing = get("/api/3/action/package_show?id=no-such-dataset", 404);
        assertThat(missing.get("success").asBoolean()).isFalse();
        assertThat(missing.get("error").get("__type").asString()).isEqualTo("Not Found Error");

        JsonNode noId = get("/api/3/action/package_show", 409);
        assertThat(noId.get("error").get("__type").asString()).isEqualTo("Validation Error");
        assertThat(noId.get("error").get("name_or_id").asString()).isEqualTo("Missing value");

        JsonNode rows = get("/api/3/action/package_search?rows=many", 409);
        assertThat(rows.get("error").get("rows").get(0).asString()).isEqualTo("Invalid integer");
        JsonNode start = get("/api/3/action/package_search?start=-1", 409);
        assertThat(start.get("error").get("start").get(0).asString()).isEqualTo("Must be a natural number");

        JsonNode unknown = get("/api/3/action/package_delete", 400);
        assertThat(unknown.get("error").get("__type").asString()).isEqualTo("Bad request");
        assertThat(unknown.get("success").asBoolean()).isFalse();
    }

    @Test
    void ckansJavaScriptClientAndTheJsonStatToolkitReadTheCatalogue() throws Exception {
        Path dir = clients();
        Process p = new ProcessBuilder("node", "read.js", baseUrl(), ID).directory(dir.toFile())
                .redirectError(dir.resolve("node.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(() -> read(dir.resolve("node.log"))).isZero();
        JsonNode seen = JSON.readTree(out);

        assertThat(seen.get("list").get("err").isNull()).isTrue();
        assertThat(seen.get("list").get("body").get("result").valueStream().map(JsonNode::asString).toList()).contains(ID);
        JsonNode show = seen.get("show").get("body").get("result");
        assertThat(show.get("name").asString()).isEqualTo(ID);
        assertThat(seen.get("search").get("body").get("result").get("results").get(0).get("name").asString()).isEqualTo(ID);
        assertThat(seen.get("missing").get("err").asString()).contains("HTTP code 404");
        assertThat(seen.get("missing").get("body").get("error").get("__type").asString()).isEqualTo("Not Found Error");
        assertThat(seen.get("badRows").get("err").asString()).contains("HTTP code 409");

        // the toolkit's table of the JSON-stat file holds the store's values
        Map<String, BigDecimal> expected = new HashMap<>();
        jdbc.sql("""
                SELECT o.unit_code, o.period, o.value FROM observation o JOIN territorial_unit u ON u.code = o.unit_code
                WHERE o.indicator_code = 'population_total' AND u.kind = 'city_county'""")
                .query(rs -> {
                    expected.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3));
                });
        Map<String, BigDecimal> decoded = new HashMap<>();
        for (JsonNode row : seen.get("jsonstat").get("table")) {
            if (!row.get("value").isNull()) {
                decoded.put(row.get("unit").asString() + "|" + row.get("period").asString(), row.get("value").decimalValue());
            }
        }
        assertThat(decoded).hasSameSizeAs(expected);
        decoded.forEach((k, v) -> assertThat(v).as(k).isEqualByComparingTo(expected.get(k)));
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "(" + p + " unreadable)";
        }
    }

    /** The clients, installed with npm ci into target/opendata-clients on first use. */
    static Path clients() throws Exception {
        Path src = Path.of("src/test/node/opendata-clients").toAbsolutePath();
        Path dir = Path.of("target/opendata-clients").toAbsolutePath();
        Files.createDirectories(dir);
        for (String f : List.of("package.json", "package-lock.json", "read.js")) {
            Files.copy(src.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(dir.resolve("node_modules/ckan")) || !Files.isDirectory(dir.resolve("node_modules/jsonstat-toolkit"))) {
            Process npm;
            try {
                npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("npm.log").toFile()).start();
            } catch (java.io.IOException e) {
                Assumptions.abort("node and npm are not installed: the CKAN client test is skipped (" + e.getMessage() + ")");
                throw e;
            }
            assertThat(npm.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(npm.exitValue()).as(() -> "npm ci of the CKAN and JSON-stat clients: " + read(dir.resolve("npm.log")))
                    .isZero();
        }
        return dir;
    }
}
