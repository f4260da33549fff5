package pl.miasto4.app.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import pl.miasto4.app.StoreTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API does what its OpenAPI document says: every documented GET answers 200 with a body that
 * matches the documented schema (every required field present, every field documented, types
 * right), and errors are RFC 7807 problem details.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest extends StoreTest {
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    JsonNode openapi;

    /** Sample values for path and required query parameters, all present in the demo store. */
    static final Map<String, String> SAMPLES = Map.of("code", "1261011", "unit", "1261011", "indicator", "pm25_annual_mean",
            "period", "2017", "format", "csv", "edition", "krakow-2020", "pool", "nowa-huta", "receipt", "0000-0000-0000-0000-0000");

    @BeforeAll
    void loadDocument() throws Exception {
        HttpResponse<String> r = get("/api/openapi");
        assertThat(r.statusCode()).isEqualTo(200);
        openapi = json.readTree(r.body());
    }

    HttpResponse<String> get(String path) throws Exception {
        return get(path, "application/json");
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyDocumentedGetMatchesItsSchema() throws Exception {
        List<String> checked = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").properties().iterator();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            JsonNode get = p.getValue().get("get");
            if (get == null || p.getKey().equals("/api/audit") || p.getKey().equals("/api/admin/api-keys")) {
                continue; // these need a login: /api/audit checked below, the API keys in opendata.ApiKeysStoreTest
            }
            String url = concrete(p.getKey(), get);
            JsonNode content = get.at("/responses/200/content");
            String accept = content.has("application/json") ? "application/json"
                    : content.properties().iterator().hasNext() ? content.properties().iterator().next().getKey() : "*/*";
            HttpResponse<String> r = get(url, accept);
            assertThat(r.statusCode()).as(url + " (Accept: " + accept + ") " + r.body()).isEqualTo(200);
            JsonNode schema = get.at("/responses/200/content");
            JsonNode media = schema.has("application/json") ? schema.get("application/json") : schema.get("*/*");
            if (media == null || !media.has("schema") || !r.headers().firstValue("Content-Type").orElse("").contains("json")) {
                continue;
            }
            List<String> errors = new ArrayList<>();
            validate(json.readTree(r.body()), media.get("schema"), url, errors);
            assertThat(errors).as(url).isEmpty();
            checked.add(url);
        }
        assertThat(checked).as("documented JSON GET endpoints checked").hasSizeGreaterThanOrEqualTo(8);
    }

    private String concrete(String template, JsonNode op) {
        String url = template;
        List<String> query = new ArrayList<>();
        for (JsonNode param : op.path("parameters")) {
            String name = param.get("name").asString();
            String in = param.get("in").asString();
            if (in.equals("path")) {
                url = url.replace("{" + name + "}", pathSample(template, name));
            } else if (in.equals("query") && param.path("required").asBoolean(false)) {
                query.add(name + "=" + URLEncoder.encode(SAMPLES.getOrDefault(name, "x"), StandardCharsets.UTF_8));
            }
        }
        // parameters that are required together rather than one by one
        if (template.equals("/api/index/availability")) {
            query.add("unitKind=city_county");
        }
        if (template.equals("/api/3/action/package_show")) {
            query.add("id=ind-population_total-city_county");
        }
        return query.isEmpty() ? url : url + "?" + String.join("&", query);
    }

    /** A value for a path parameter that exists in the demo store. */
    private String pathSample(String template, String name) {
        if (template.startsWith("/api/index/builds/") && name.equals("id")) {
            return jdbc.sql("SELECT min(id)::text FROM index_build").query(String.class).single();
        }
        if (template.startsWith("/api/index/builds/") && name.equals("name")) {
            return "Aggregated";
        }
        if (template.startsWith("/api/indicators/")) {
            return "pm25_annual_mean";
        }
        if (template.startsWith("/api/datasets/")) {
            return firstDatasetCode();
        }
        return SAMPLES.getOrDefault(name, "x");
    }

    private String firstDatasetCode() {
        return jdbc.sql("SELECT code FROM dataset ORDER BY code LIMIT 1").query(String.class).single();
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            schema = openapi.at(ref.substring(1));
        }
        return schema;
    }

    private void validate(JsonNode value, JsonNode schemaRef, String where, List<String> errors) {
        JsonNode schema = resolve(schemaRef);
        if (value.isNull()) {
            return; // springdoc does not mark record components nullable; a null stands for "no value"
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return;
        }
        String type = schema.path("type").isArray() ? firstNonNull(schema.get("type")) : schema.path("type").asString("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    errors.add(where + ": expected an object, got " + value.getNodeType());
                    return;
                }
                JsonNode props = schema.path("properties");
                for (JsonNode req : schema.path("required")) {
                    if (!value.has(req.asString())) {
                        errors.add(where + ": missing required property " + req.asString());
                    }
                }
                if (props.isObject() && !props.isEmpty()) {
                    for (Map.Entry<String, JsonNode> f : value.properties()) {
                        if (!props.has(f.getKey())) {
                            errors.add(where + ": property '" + f.getKey() + "' is not in the document");
                        } else {
                            validate(f.getValue(), props.get(f.getKey()), where + "." + f.getKey(), errors);
                        }
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    errors.add(where + ": expected an array, got " + value.getNodeType());
                    return;
                }
                int i = 0;
                for (JsonNode item : value) {
                    if (i++ < 50) {
                        validate(item, schema.get("items"), where + "[" + (i - 1) + "]", errors);
                    }
                }
            }
            case "string" -> {
                if (!value.isString()) {
                    errors.add(where + ": expected a string, got " + value.getNodeType());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    errors.add(where + ": expected an integer, got " + value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    errors.add(where + ": expected a number, got " + value.getNodeType());
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(where + ": expected a boolean, got " + value.getNodeType());
                }
            }
            default -> { }
        }
    }

    private static String firstNonNull(JsonNode types) {
        for (JsonNode t : types) {
            if (!t.asString().equals("null")) {
                return t.asString();
            }
        }
        return "";
    }

    @Test
    void errorsAreProblemDetails() throws Exception {
        for (String[] c : new String[][]{
                {"/api/units/NOWHERE", "404", "NOWHERE"},
                {"/api/indicators/no_such_indicator", "404", "no_such_indicator"},
                {"/api/observations?from=20x0", "400", "from"},
                {"/api/observations?size=0", "400", "size"},
                {"/api/observations?dimension=weather", "400", "weather"},
                {"/api/observations?format=xml", "400", "format"},
                {"/api/observations/history?unit=1261011&indicator=pm25_annual_mean&period=13-13", "400", "period"},
                {"/api/audit", "401", "login"}}) {
            HttpResponse<String> r = get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(c[0]).startsWith("application/problem+json");
            JsonNode body = json.readTree(r.body());
            assertThat(body.path("status").asInt()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(body.path("title").asString()).as(c[0]).isNotBlank();
            assertThat(body.path("detail").asString()).as(c[0]).contains(c[2]);
        }
    }

    @Test
    void changesNeedALoginAndAreAudited() throws Exception {
        String body = """
                {"code":"bench_test_indicator","namePl":"Wskaźnik testowy","nameEn":"Test indicator","unit":"%",
                 "polarity":"higher_better","decimals":1,"frequency":"annual","kind":"objective","dimension":"technology",
                 "minValue":0,"maxValue":100}""";
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/indicators/bench_test_indicator"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        assertThat(http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest put = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/indicators/bench_test_indicator"))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> ok = http.send(put, HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).path("nameEn").asString()).isEqualTo("Test indicator");

        HttpRequest bad = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/indicators/bench_test_indicator"))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .PUT(HttpRequest.BodyPublishers.ofString(body.replace("\"annual\"", "\"hourly\"").replace("\"maxValue\":100", "\"maxValue\":-1")))
                .build();
        HttpResponse<String> rejected = http.send(bad, HttpResponse.BodyHandlers.ofString());
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problems = json.readTree(rejected.body()).path("problems");
        assertThat(problems.size()).isEqualTo(2);
        assertThat(rejected.body()).contains("frequency").contains("min_value");

        HttpResponse<String> audit = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/audit?entity=indicator"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(audit.statusCode()).isEqualTo(200);
        JsonNode last = json.readTree(audit.body()).get(0);
        assertThat(last.path("username").asString()).isEqualTo("admin");
        assertThat(last.path("action").asString()).isEqualTo("create");
        assertThat(last.path("entityId").asString()).isEqualTo("bench_test_indicator");
        assertThat(last.path("after").asString()).contains("Test indicator");
    }

    @Test
    void rejectedImportThroughTheApiIs422WithEveryProblem() throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String boundary = "----miasto" + System.nanoTime();
        String csv = "unit,indicator,period,value\n1261011-11,students_higher_education,2019,1\n1261011-11,students_higher_education,2019x,2\n";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"api.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpRequest post = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build();
        String before = dump();
        HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode problems = json.readTree(r.body()).path("problems");
        assertThat(problems.size()).isEqualTo(1);
        assertThat(problems.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(problems.get(0).path("value").asString()).isEqualTo("2019x");
        assertThat(dump()).isEqualTo(before);
    }
}
