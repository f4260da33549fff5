package pl.miasto4.app.connect.bdl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.miasto4.app.CliStoreTest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code miasto connect bdl} against a real local HTTP server serving answers in the BDL API's shape
 * built from the real values of {@code shared/data/gus-bdl} (test resources: connect/bdl/PROVENANCE.md).
 */
class BdlApiConnectorTest extends CliStoreTest {
    static final Map<String, String> VARIABLES = Map.of("60270", "unemployment_rate_registered", "64428", "avg_gross_monthly_wage");

    HttpServer server;
    final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
    final AtomicInteger failuresToStage = new AtomicInteger();
    /** variable id → 12-digit unit id → year → value (as text, as in the tidied file) */
    final Map<String, Map<String, TreeMap<Integer, String>>> data = new LinkedHashMap<>();
    final Map<String, String> names = new LinkedHashMap<>();

    @BeforeEach
    void startServer() throws Exception {
        Map<String, String> idByKod = new LinkedHashMap<>();
        for (CSVRecord r : BdlRawFilesTest.csv(SharedData.gusBdl().resolve("cities66.csv"))) {
            idByKod.put(r.get("kod"), r.get("bdl_unit_id"));
            names.put(r.get("bdl_unit_id"), r.get("bdl_name"));
        }
        for (CSVRecord r : BdlRawFilesTest.csv(SharedData.gusBdl().resolve("cities66_indicators_long.csv"))) {
            VARIABLES.forEach((variable, indicator) -> {
                if (r.get("indicator").equals(indicator)) {
                    data.computeIfAbsent(variable, k -> new LinkedHashMap<>())
                            .computeIfAbsent(idByKod.get(r.get("kod")), k -> new TreeMap<>())
                            .put(Integer.parseInt(r.get("year")), r.get("value"));
                }
            });
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/data/by-variable/", this::byVariable);
        server.createContext("/broken/data/by-variable/", x -> send(x, 200, "{\"items\": []}"));
        server.start();
        System.setProperty("miasto.connect.bdl.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1");
        System.setProperty("miasto.connect.bdl.backoff-ms", "5");
        System.setProperty("miasto.connect.bdl.page-size", "20");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        for (String p : new String[]{"miasto.connect.bdl.url", "miasto.connect.bdl.backoff-ms", "miasto.connect.bdl.page-size"}) {
            System.clearProperty(p);
        }
    }

    private void byVariable(HttpExchange x) throws IOException {
        String query = x.getRequestURI().getRawQuery();
        requests.add(x.getRequestURI().getPath() + "?" + query);
        if (failuresToStage.getAndDecrement() > 0) {
            x.getResponseHeaders().add("Retry-After", "0");
            send(x, requests.size() % 2 == 1 ? 429 : 503, "{\"errors\": \"staged\"}");
            return;
        }
        String variable = x.getRequestURI().getPath().replaceAll(".*/", "");
        Set<Integer> years = new HashSet<>();
        int pageSize = 100, page = 0;
        for (String kv : query.split("&")) {
            String[] p = kv.split("=", 2);
            String v = URLDecoder.decode(p[1], StandardCharsets.UTF_8);
            switch (p[0]) {
                case "year" -> years.add(Integer.parseInt(v));
                case "page-size" -> pageSize = Integer.parseInt(v);
                case "page" -> page = Integer.parseInt(v);
                default -> { }
            }
        }
        List<String> results = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, String>> unit : data.getOrDefault(variable, Map.of()).entrySet()) {
            List<String> values = new ArrayList<>();
            unit.getValue().forEach((year, value) -> {
                if (years.isEmpty() || years.contains(year)) {
                    values.add("{\"year\":\"" + year + "\",\"val\":" + value + ",\"attrId\":1}");
                }
            });
            if (!values.isEmpty()) {
                results.add("{\"id\":\"" + unit.getKey() + "\",\"name\":\"" + names.get(unit.getKey()) + "\",\"values\":["
                        + String.join(",", values) + "]}");
            }
        }
        List<String> pageOf = results.subList(Math.min(results.size(), page * pageSize), Math.min(results.size(), (page + 1) * pageSize));
        send(x, 200, "{\"totalRecords\":" + results.size() + ",\"page\":" + page + ",\"pageSize\":" + pageSize
                + ",\"variableId\":" + variable + ",\"results\":[" + String.join(",", pageOf) + "]}");
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String stored(int year) {
        return jdbc.sql("SELECT value::text FROM observation WHERE unit_code = '1261011' "
                + "AND indicator_code = 'unemployment_rate_registered' AND period = ?").param(Integer.toString(year))
                .query(String.class).optional().orElse(null);
    }

    @Test
    void fetchesOnlyMissingYearsPageByPageRetryingAndImportsTheRealValues() {
        // Kraków's registered unemployment 2020-2024 leaves the store (the demo loaded it from the tidied file)
        jdbc.sql("""
                DELETE FROM observation_current WHERE unit_id = (SELECT id FROM territorial_unit WHERE code = '1261011')
                  AND indicator_id = (SELECT id FROM indicator WHERE code = 'unemployment_rate_registered') AND period >= '2020'""")
                .update();
        assertThat(stored(2020)).isNull();
        failuresToStage.set(2); // a 429 and a 503 before the first answer

        int exit = run("connect", "bdl", "--unit", "1261011", "--indicator", "unemployment_rate_registered");
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("imported as batch").contains("added 5");
        // the tidied table's values (cities66_indicators_long.csv): 2020 3.1, 2021 2.8, 2022 2.3, 2023 1.9, 2024 2
        assertThat(List.of(stored(2020), stored(2021), stored(2022), stored(2023), stored(2024)))
                .containsExactly("3.1", "2.8", "2.3", "1.9", "2");
        // only the years not stored were asked for, every page of the 66 cities (20 a page), after two retries
        List<String> asked = new ArrayList<>(requests);
        assertThat(asked).hasSize(2 + 4);
        assertThat(asked).allMatch(r -> r.startsWith("/api/v1/data/by-variable/60270?unit-level=5&year=2020&year=2021&year=2022"));
        assertThat(asked.subList(2, 6)).extracting(r -> r.replaceAll(".*&page=", "")).containsExactly("0", "1", "2", "3");
        assertThat(jdbc.sql("SELECT source FROM observation WHERE unit_code = '1261011' AND indicator_code = "
                + "'unemployment_rate_registered' AND period = '2023'").query(String.class).single())
                .startsWith("GUS BDL API, variable 60270: GET /data/by-variable/60270?unit-level=5&year=2020");

        // run again: nothing is missing up to 2024, so only the years after it are asked for, and nothing changes
        requests.clear();
        String before = jdbc.sql("SELECT count(*)::text FROM observation_current").query(String.class).single();
        assertThat(run("connect", "bdl", "--unit", "1261011", "--indicator", "unemployment_rate_registered")).isZero();
        assertThat(out.toString()).contains("nothing new to import");
        assertThat(requests).hasSize(1).allMatch(r -> r.contains("year=2025") && !r.contains("year=2024"));
        assertThat(jdbc.sql("SELECT count(*)::text FROM observation_current").query(String.class).single()).isEqualTo(before);

        assertThat(run("connect", "runs", "--connector", "bdl-api", "--limit", "1")).isZero();
        assertThat(out.toString()).contains("bdl-api BDL API units 1261011 indicators unemployment_rate_registered: imported");
    }

    @Test
    void aChangedShapeFailsClearlyAndChangesNothing() {
        System.setProperty("miasto.connect.bdl.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/broken");
        String before = jdbc.sql("SELECT count(*)::text FROM observation_current").query(String.class).single();
        int exit = run("connect", "bdl", "--unit", "1261011", "--indicator", "avg_gross_monthly_wage", "--from", "2002");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("the API's shape may have changed").contains("nothing was changed");
        assertThat(jdbc.sql("SELECT count(*)::text FROM observation_current").query(String.class).single()).isEqualTo(before);
        assertThat(run("connect", "runs", "--connector", "bdl-api", "--limit", "1")).isZero();
        assertThat(out.toString()).contains(": failed").contains("shape may have changed");
    }
}
