package pl.miasto4.app.connect.bdl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The public REST API of Bank Danych Lokalnych ({@code https://bdl.stat.gov.pl/api/v1}):
 * {@code GET /data/by-variable/{id}?unit-level=L&year=Y…&format=json&page-size=N&page=P}, whose answer is
 * {@code {"totalRecords": n, "results": [{"id": "<12-digit unit id>", "name": "…", "values": [{"year": "2023",
 * "val": 1.9, "attrId": 1}]}]}}. Pages are followed until {@code totalRecords} are read. HTTP 429 and 5xx
 * and network errors are retried with exponential back-off (and the server's {@code Retry-After});
 * an API key, if given, goes in the {@code X-ClientId} header and is never logged.
 */
final class BdlApiClient {
    private static final Logger log = LoggerFactory.getLogger(BdlApiClient.class);
    static final int PAGE_SIZE = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String apiKey;
    private final JsonMapper json;
    private final long backoffMillis;
    private final int maxAttempts;
    private final int pageSize;
    private int requests;

    BdlApiClient(String baseUrl, String apiKey, JsonMapper json, long backoffMillis, int maxAttempts, int pageSize) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        this.json = json;
        this.backoffMillis = backoffMillis;
        this.maxAttempts = maxAttempts;
        this.pageSize = pageSize;
    }

    /** One value of one unit, with the request that brought it. */
    record ApiValue(String unitId, String unitName, int year, BigDecimal value, String request) {
    }

    /** The API refused, kept failing, or answered in a shape this client does not know. */
    static final class BdlApiException extends Exception {
        BdlApiException(String message) {
            super(message);
        }
    }

    int requests() {
        return requests;
    }

    /** Every value of a variable for the units of a level in the given years (all years if none), all pages. */
    List<ApiValue> byVariable(long variableId, int unitLevel, Collection<Integer> years) throws BdlApiException {
        List<ApiValue> out = new ArrayList<>();
        StringBuilder query = new StringBuilder("unit-level=").append(unitLevel);
        for (int y : years) {
            query.append("&year=").append(y);
        }
        query.append("&format=json&page-size=").append(pageSize);
        long total = -1;
        for (int page = 0; total < 0 || (long) page * pageSize < total; page++) {
            String path = "/data/by-variable/" + variableId + "?" + query + "&page=" + page;
            JsonNode body = get(path);
            JsonNode totalNode = body.get("totalRecords");
            JsonNode results = body.get("results");
            if (totalNode == null || !totalNode.isNumber() || results == null || !results.isArray()) {
                throw new BdlApiException("GET " + path + ": the answer has no totalRecords and results; the API's shape may have changed");
            }
            total = totalNode.asLong();
            for (JsonNode r : results) {
                JsonNode id = r.get("id");
                JsonNode values = r.get("values");
                if (id == null || values == null || !values.isArray()) {
                    throw new BdlApiException("GET " + path + ": a result without id or values; the API's shape may have changed");
                }
                String name = Optional.ofNullable(r.get("name")).map(JsonNode::asString).orElse("");
                for (JsonNode v : values) {
                    JsonNode year = v.get("year");
                    JsonNode val = v.get("val");
                    if (year == null || val == null) {
                        throw new BdlApiException("GET " + path + ": a value without year or val; the API's shape may have changed");
                    }
                    if (val.isNull()) {
                        continue;
                    }
                    try {
                        out.add(new ApiValue(id.asString(), name, Integer.parseInt(year.asString().strip()),
                                new BigDecimal(val.asString()), "GET " + path));
                    } catch (NumberFormatException e) {
                        throw new BdlApiException("GET " + path + ": year '" + year.asString() + "' or value '" + val.asString()
                                + "' of unit " + id.asString() + " is not a number");
                    }
                }
            }
            if (results.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private JsonNode get(String path) throws BdlApiException {
        String last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            requests++;
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (apiKey != null) {
                b.header("X-ClientId", apiKey);
            }
            long wait = backoffMillis << (attempt - 1);
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    try {
                        return json.readTree(r.body());
                    } catch (RuntimeException e) {
                        throw new BdlApiException("GET " + path + ": the answer is not JSON (" + e.getMessage() + ")");
                    }
                }
                last = "HTTP " + r.statusCode();
                if (r.statusCode() != 429 && r.statusCode() < 500) {
                    throw new BdlApiException("GET " + path + ": " + last + " " + abbreviate(r.body()));
                }
                Optional<String> retryAfter = r.headers().firstValue("Retry-After");
                if (retryAfter.isPresent() && retryAfter.get().matches("\\d+")) {
                    wait = Math.max(wait, Long.parseLong(retryAfter.get()) * 1000);
                }
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BdlApiException("GET " + path + ": interrupted");
            }
            if (attempt < maxAttempts) {
                log.info("BDL API {}: {}, retry {} of {} in {} ms", path, last, attempt, maxAttempts - 1, wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BdlApiException("GET " + path + ": interrupted");
                }
            }
        }
        throw new BdlApiException("GET " + path + ": " + last + " after " + maxAttempts + " attempts");
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
