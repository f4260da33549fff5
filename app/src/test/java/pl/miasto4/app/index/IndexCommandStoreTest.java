package pl.miasto4.app.index;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.MiastoCommand;
import pl.miasto4.app.importing.ImportService;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code miasto index build|uncertainty --from-store}: the selection replaces --data/--meta
 * (issue 6), the output folder is the same as with files. The commands run here against the test
 * store (the CLI's own application context joins the test's database).
 */
class IndexCommandStoreTest extends StoreTest {
    static final Path EX = Path.of("..", "examples", "index").toAbsolutePath().normalize();
    static final List<String> DB = List.of("miasto.home", "miasto.db.port", "miasto.db.url", "miasto.db.user", "miasto.db.password");

    @Autowired
    Environment env;
    @Autowired
    IndexService service;
    @Autowired
    JsonMapper json;
    @TempDir
    Path dir;
    final Map<String, String> saved = new HashMap<>();

    @BeforeAll
    static void importAsem(@Autowired ImportService imports) {
        AsemFixture.importInto(imports);
    }

    /** The CLI's application context reads the same database settings as this test's. */
    @BeforeEach
    void shareTheDatabase() {
        for (String k : DB) {
            saved.put(k, System.getProperty(k));
            String v = env.getProperty(k);
            if (v != null) {
                System.setProperty(k, v);
            }
        }
    }

    @AfterEach
    void restore() {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    int run(StringWriter err, String... args) {
        var cl = MiastoCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    static Map<String, CSVRecord> rows(Path csv) throws Exception {
        Map<String, CSVRecord> out = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.put(rec.get(0), rec);
            }
        }
        return out;
    }

    static void assertSameCsv(Path a, Path b) throws Exception {
        Map<String, CSVRecord> x = rows(a), y = rows(b);
        assertThat(y.keySet()).isEqualTo(x.keySet());
        for (String unit : x.keySet()) {
            for (String col : x.get(unit).getParser().getHeaderNames()) {
                String u = x.get(unit).get(col), v = y.get(unit).get(col);
                if (u.equals("NA") || col.equals("uCode")) {
                    assertThat(v).as(unit + " " + col).isEqualTo(u);
                } else {
                    assertThat(Double.parseDouble(v)).as(unit + " " + col).isCloseTo(Double.parseDouble(u), within(1e-9));
                }
            }
        }
    }

    @Test
    void asemFromTheStoreWritesTheSameDataSetsAsFromItsFiles() throws Exception {
        Path files = dir.resolve("files"), store = dir.resolve("store");
        assertThat(run(new StringWriter(), "index", "build", "--data", AsemFixture.data().toString(), "--meta",
                AsemFixture.meta().toString(), "--recipe", EX.resolve("asem-coinr.yaml").toString(), "--out",
                files.toString())).isZero();
        StringWriter err = new StringWriter();
        assertThat(run(err, "index", "build", "--from-store", "--framework", AsemFixture.FRAMEWORK, "--period", "2018", "--exact-period",
                "--recipe", "asem-coinr", "--out", store.toString())).as(err.toString()).isZero();
        for (String d : List.of("Raw", "Denominated", "Imputed", "Treated", "Normalised", "Aggregated", "Ranks")) {
            assertSameCsv(files.resolve(d + ".csv"), store.resolve(d + ".csv"));
        }
        assertThat(Files.readAllLines(store.resolve("Inputs.csv"))).hasSize(1 + 51 * 53 - 64).allSatisfy(l -> assertThat(l).isNotBlank());
    }

    @Test
    void theDemoSelectionAsOptionsGivesTheDemoBuildAndCanBeSaved() throws Exception {
        BuildRequest demo = IndexDemo.definition();
        List<String> codes = new ArrayList<>();
        demo.selection().indicators().forEach(c -> codes.add(c.code() + (c.denominator() == null ? "" : "/" + c.denominator())));
        Path out = dir.resolve("demo");
        StringWriter err = new StringWriter();
        int code = run(err, "index", "build", "--from-store", "--indicators", String.join(",", codes), "--unit-kind",
                demo.selection().unitKind(), "--period", demo.selection().period(), "--from", demo.selection().from(),
                "--recipe", demo.recipeId(), "--out", out.toString(), "--save", "CLI demo copy");
        assertThat(code).as(err.toString()).isZero();
        IndexRun direct = service.run(new BuildRequest(null, null, demo.selection(), null, demo.recipeId(), null, null, false));
        Map<String, CSVRecord> agg = rows(out.resolve("Aggregated.csv"));
        assertThat(agg).hasSize(66);
        for (String unit : direct.results().units()) {
            assertThat(Double.parseDouble(agg.get(unit).get("Index"))).isCloseTo(direct.results().value(unit, "Index"), within(1e-9));
        }
        // the audit trail names the OS account that ran the command, as `id -un` tells it
        Process whoami = new ProcessBuilder("id", "-un").start();
        String account = new String(whoami.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        long id = jdbc.sql("SELECT id FROM index_build WHERE name = 'CLI demo copy' AND created_by = :by")
                .param("by", "cli:" + account).query(Long.class).single();
        // and cannot be signed with another name (issue 11's --user=prezydent.miasta): usage error, nothing saved
        StringWriter forged = new StringWriter();
        assertThat(run(forged, "index", "build", "--from-store", "--indicators", String.join(",", codes), "--unit-kind",
                demo.selection().unitKind(), "--period", demo.selection().period(), "--from", demo.selection().from(),
                "--recipe", demo.recipeId(), "--out", dir.resolve("forged").toString(), "--save", "Forged copy",
                "--user", "prezydent.miasta")).isEqualTo(2);
        assertThat(forged.toString()).contains("--user=prezydent.miasta").contains(account);
        assertThat(jdbc.sql("SELECT count(*) FROM index_build WHERE name = 'Forged copy'").query(Long.class).single()).isZero();
        IndexService.Saved s = service.saved(id).orElseThrow();
        assertThat(s.reproduced()).isTrue();
        assertThat(s.run().uncertainty()).isNotNull();

        // the saved build's selection (with its as-of moment) given back as JSON reproduces it
        Path selection = dir.resolve("selection.json");
        Files.writeString(selection, json.writeValueAsString(s.meta().selection()));
        Path again = dir.resolve("again");
        assertThat(run(new StringWriter(), "index", "build", "--from-store", "--selection", selection.toString(), "--recipe",
                demo.recipeId(), "--out", again.toString())).isZero();
        assertSameCsv(out.resolve("Aggregated.csv"), again.resolve("Aggregated.csv"));
        assertThat(Files.readString(again.resolve("Inputs.csv"))).isEqualTo(Files.readString(out.resolve("Inputs.csv")));
    }

    @Test
    void uncertaintyFromTheStoreWritesRankStatistics() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, IndexService.defaultSpec(service.run(IndexDemo.definition()).input().framework()));
        BuildRequest demo = IndexDemo.definition();
        StringWriter err = new StringWriter();
        Path out = dir.resolve("ua");
        int code = run(err, "index", "uncertainty", "--from-store", "--indicators", "avg_gross_monthly_wage,unemployment_rate_registered,"
                        + "pm10_annual_mean,children_in_nurseries_pct", "--unit-kind", "city_county", "--period", "2022", "--from", "2015",
                "--recipe", demo.recipeId(), "--spec", spec.toString(), "--replications", "100", "--out", out.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(out.resolve("RankStats.csv"))).hasSize(67);
        assertThat(Files.readString(out.resolve("Sensitivity.csv"))).contains("Weights").contains("Exclusion");
    }

    @Test
    void aBadSelectionIsRefusedWithItsFieldAndMixingSourcesIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "index", "build", "--from-store", "--indicators", "no_such_thing,pm10_annual_mean", "--unit-kind",
                "city_county", "--period", "2022", "--recipe", "city-jrc", "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("indicators[0].code").contains("no_such_thing");
        assertThat(run(new StringWriter(), "index", "build", "--from-store", "--data", "x.csv", "--meta", "y.csv",
                "--period", "2022", "--recipe", "city-jrc", "--out", dir.toString())).isEqualTo(2);
        assertThat(run(new StringWriter(), "index", "build", "--recipe", "city-jrc", "--out", dir.toString())).isEqualTo(2);
    }
}
