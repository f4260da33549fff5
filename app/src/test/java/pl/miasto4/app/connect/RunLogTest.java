package pl.miasto4.app.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.CliStoreTest;
import pl.miasto4.app.OpenApiContract;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run log, through the CLI, the API and the page: a raw GUS file imported, the same file with a
 * damaged cell refused (and why), each with what it changed.
 */
class RunLogTest extends CliStoreTest {
    @TempDir
    Path dir;

    @Autowired
    JsonMapper mapper;

    /** A raw GUS BDL file from the repository's copy of shared/data/gus-bdl (src/test/resources/gus-bdl). */
    private static Path raw(String name) {
        Path p = Path.of("src/test/resources/gus-bdl/raw/housing_prices_poland").resolve(name).toAbsolutePath();
        if (!Files.isRegularFile(p)) {
            throw new AssertionError(p + " not found");
        }
        return p;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Accept-Language", "pl").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void importsAndRefusalsAreLoggedWithWhatChangedAndWhy() throws Exception {
        Path good = raw("PRZE_4431_CTAB_20260321173635.csv");
        assertThat(run("import", "--new-indicator", "P4431=bdl_p4431_runlog", good.toString())).as(out + "\n" + err).isZero();

        // the same export with Kraków's value damaged (line 136: 1261000;"Powiat m. Kraków";0,8;)
        String text = Files.readString(good, StandardCharsets.UTF_8);
        assertThat(text).contains("1261000;\"Powiat m. Kraków\";0,8;");
        Path bad = dir.resolve("PRZE_4431_CTAB_20260321173636.csv");
        Files.writeString(bad, text.replace("1261000;\"Powiat m. Kraków\";0,8;", "1261000;\"Powiat m. Kraków\";0,8x;"));
        assertThat(run("import", "--new-indicator", "P4431=bdl_p4431_runlog", bad.toString())).isEqualTo(1);

        assertThat(run("connect", "runs", "--connector", "bdl-file", "--limit", "2")).as(out + "\n" + err).isZero();
        String log = out.toString();
        assertThat(log).contains("bdl-file PRZE_4431_CTAB_20260321173636.csv: rejected")
                .contains("line 136, budynki mieszkalne ogółem (PKOB 11);2022;[-] (column 3), value '0,8x'");
        assertThat(log).containsPattern("bdl-file PRZE_4431_CTAB_20260321173635.csv: imported batch \\d+ \\(66 rows: added 66, corrected 0, unchanged 0\\)");
        assertThat(log.indexOf("173636")).as("latest first").isLessThan(log.indexOf("173635"));

        String json = get("/api/connect/runs?connector=bdl-file&limit=2");
        assertThat(new OpenApiContract(mapper.readTree(get("/api/openapi")))
                .check("GET", "/api/connect/runs", 200, mapper.readTree(json))).as("as the OpenAPI document says").isEmpty();
        assertThat(json).contains("\"status\":\"rejected\"").contains("\"status\":\"imported\"").contains("\"inserted\":66")
                .contains("\"source\":\"PRZE_4431_CTAB_20260321173635.csv\"");
        String page = get("/connect/runs");
        assertThat(page).contains("Dziennik uruchomień konektorów").contains("odrzucono").contains("zaimportowano")
                .contains("PRZE_4431_CTAB_20260321173636.csv");
        // each value names its file and variable
        assertThat(jdbc.sql("SELECT source FROM observation WHERE unit_code = '1261011' AND indicator_code = 'bdl_p4431_runlog'")
                .query(String.class).single())
                .isEqualTo("GUS BDL P4431 PRZE_4431_CTAB_20260321173635.csv: budynki mieszkalne ogółem (PKOB 11) [-]");
    }
}
