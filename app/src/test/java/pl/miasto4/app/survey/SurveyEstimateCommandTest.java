package pl.miasto4.app.survey;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.app.MiastoCommand;
import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code miasto survey estimate} as a user runs it: the CLI contract's CSV, R's results for every
 * case of tools/reference/survey_reference.R through the command line, refusals in Polish and
 * English, Polish spreadsheets. No Spring, no database.
 */
class SurveyEstimateCommandTest {
    static final Path API = Path.of("../core/src/test/resources/survey/api");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run miasto(String... args) {
        CommandLine cl = MiastoCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static List<CSVRecord> csv(String text) throws Exception {
        try (Reader r = new StringReader(text)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    @Test
    void printsTheContractsCsvForThePublishedRakingExample() throws Exception {
        Run r = miasto("survey", "estimate", API.resolve("apiclus1.csv").toString(), "--weight", "pw", "--cluster", "dnum",
                "--fpc", "fpc", "--rake", "stype=E:4421,H:755,M:1018", "--rake", "sch.wide=No:1072,Yes:5122",
                "--mean", "api00", "--total", "enroll");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst()).contains("statistic,variable,domain,estimate,se,ci_low,ci_high,n,deff");
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("statistic")).isEqualTo("mean");
        assertThat(rows.get(0).get("variable")).isEqualTo("api00");
        assertThat(rows.get(0).get("domain")).isEqualTo("all");
        assertThat(num(rows.get(0).get("estimate"))).isCloseTo(641.23, within(0.005));
        assertThat(num(rows.get(0).get("se"))).isCloseTo(23.704, within(0.0005));
        assertThat(rows.get(0).get("n")).isEqualTo("183");
        assertThat(num(rows.get(1).get("estimate"))).isCloseTo(3_647_300, within(0.5));
        assertThat(num(rows.get(1).get("se"))).isCloseTo(400_603, within(0.5));
    }

    /** Every R case (api data and the fresh SYNTHETIC survey) through the command line: estimates to 1e-6, SEs to 1e-4. */
    @TestFactory
    List<DynamicTest> everyRCaseThroughTheCommandLine() throws Exception {
        List<DynamicTest> tests = new ArrayList<>(rCases(API));
        tests.addAll(rCases(API.resolveSibling("fresh")));
        return tests;
    }

    static List<DynamicTest> rCases(Path folder) throws Exception {
        Map<String, Map<String, CSVRecord>> expected = new LinkedHashMap<>();
        for (CSVRecord e : csv(Files.readString(folder.resolve("expected.csv")))) {
            expected.computeIfAbsent(e.get("case"), k -> new LinkedHashMap<>())
                    .put(e.get("statistic") + " " + e.get("variable") + " " + e.get("domain"), e);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (CSVRecord c : csv(Files.readString(folder.resolve("cases.csv")))) {
            tests.add(DynamicTest.dynamicTest(c.get("case"), () -> {
                List<String> args = new ArrayList<>(List.of("survey", "estimate", folder.resolve(c.get("data")).toString()));
                // arguments are separated by spaces; a space inside a value is written '_' by the R script
                for (String a : c.get("args").trim().split("\\s+")) {
                    args.add(a.replace('_', ' '));
                }
                Run r = miasto(args.toArray(String[]::new));
                assertThat(r.code()).as(r.err()).isZero();
                Map<String, CSVRecord> want = expected.get(c.get("case"));
                List<CSVRecord> got = csv(r.out());
                assertThat(got).hasSameSizeAs(want.values());
                for (CSVRecord g : got) {
                    String key = g.get("statistic") + " " + g.get("variable") + " " + g.get("domain");
                    CSVRecord w = want.get(key);
                    assertThat(w).as(c.get("case") + ": unexpected row " + key).isNotNull();
                    assertThat(g.get("n")).as(key).isEqualTo(w.get("n"));
                    double est = Math.max(1, Math.abs(num(w.get("estimate"))));
                    close(key + " estimate", num(w.get("estimate")), num(g.get("estimate")),
                            1e-6 * Math.abs(num(w.get("estimate"))), 1e-12);
                    close(key + " se", num(w.get("se")), num(g.get("se")), 1e-4 * Math.abs(num(w.get("se"))), 1e-12 * est);
                    double half = Math.abs(num(w.get("ci_high")) - num(w.get("ci_low"))) / 2;
                    double scale = Double.isNaN(half) ? Math.abs(num(w.get("estimate"))) : half; // one end open
                    close(key + " ci_low", num(w.get("ci_low")), num(g.get("ci_low")), 1e-4 * scale, 1e-12 * est);
                    close(key + " ci_high", num(w.get("ci_high")), num(g.get("ci_high")), 1e-4 * scale, 1e-12 * est);
                }
            }));
        }
        return tests;
    }

    /** |actual − expected| ≤ bound + floor; both missing passes. */
    static void close(String what, double expected, double actual, double bound, double floor) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
            return;
        }
        assertThat(Math.abs(actual - expected)).as(what + ": R " + expected + ", CLI " + actual)
                .isLessThanOrEqualTo(bound + floor);
    }

    @Test
    void aPolishSpreadsheetWithDecimalCommasGivesTheHandComputedEstimates() throws Exception {
        Path f = dir.resolve("ankieta.csv");
        Files.writeString(f, "waga;płeć;zadowolenie\n1,5;kobieta;4\n2,5;mężczyzna;2\n1;kobieta;5\n", Charset.forName("windows-1250"));
        Run r = miasto("survey", "estimate", f.toString(), "--weight", "waga", "--mean", "zadowolenie",
                "--total", "zadowolenie", "--proportion", "płeć=kobieta", "--by", "płeć");
        assertThat(r.code()).as(r.err()).isZero();
        List<CSVRecord> rows = csv(r.out());
        // mean (1.5·4 + 2.5·2 + 1·5)/5 = 3.2; influence w(y − 3.2)/5 = 0.24, −0.6, 0.36;
        // with-replacement variance 3/2 · (0.24² + 0.6² + 0.36²) = 0.8208
        assertThat(rows.get(0).get("domain")).isEqualTo("all");
        assertThat(num(rows.get(0).get("estimate"))).isCloseTo(3.2, within(1e-12));
        assertThat(num(rows.get(0).get("se"))).isCloseTo(Math.sqrt(0.8208), within(1e-12));
        assertThat(rows.get(1).get("domain")).isEqualTo("płeć=kobieta");
        assertThat(num(rows.get(1).get("estimate"))).isCloseTo((1.5 * 4 + 5) / 2.5, within(1e-12));
        assertThat(rows.get(2).get("domain")).isEqualTo("płeć=mężczyzna");
        assertThat(rows.get(2).get("n")).isEqualTo("1");
        CSVRecord total = rows.get(3);
        assertThat(total.get("statistic")).isEqualTo("total");
        assertThat(num(total.get("estimate"))).isCloseTo(16, within(1e-12));
        CSVRecord share = rows.get(6);
        assertThat(share.get("variable")).isEqualTo("płeć=kobieta");
        assertThat(num(share.get("estimate"))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void anXlsxWorkbookIsReadToo() throws Exception {
        Path f = dir.resolve("ankieta.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet("odpowiedzi");
            Object[][] rows = {{"waga", "zadowolenie"}, {1.5, 4.0}, {2.5, 2.0}, {1.0, 5.0}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    if (rows[i][j] instanceof String s) {
                        row.createCell(j).setCellValue(s);
                    } else {
                        row.createCell(j).setCellValue((Double) rows[i][j]);
                    }
                }
            }
            wb.write(out);
        }
        Run r = miasto("survey", "estimate", f.toString(), "--weight", "waga", "--mean", "zadowolenie");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(num(csv(r.out()).get(0).get("estimate"))).isCloseTo(3.2, within(1e-12));
    }

    @Test
    void refusalsNameTheRowColumnOrMarginInPolishAndEnglish() throws Exception {
        Path f = dir.resolve("ankieta.csv");
        Files.writeString(f, "waga;płeć;wiek;y\n1,5;K;18-39;4\n0;M;40+;2\n1;K;40+;5\n1;M;18-39;3\n");
        Run pl = miasto("survey", "estimate", f.toString(), "--weight", "waga", "--mean", "y");
        assertThat(pl.code()).isEqualTo(1);
        assertThat(pl.out()).isEmpty();
        assertThat(pl.err()).contains("ankieta.csv: Wiersz 3, kolumna „waga”: waga musi być większa od zera (jest 0).");
        Run en = miasto("survey", "estimate", f.toString(), "--weight", "waga", "--mean", "y", "--lang", "en");
        assertThat(en.err()).contains("ankieta.csv: Row 3, column \"waga\": a weight must be above zero (it is 0).");

        Files.writeString(f, "waga;płeć;wiek;y\n1,5;K;18-39;4\n2;M;40+;2\n1;K;40+;5\n1;M;18-39;3\n");
        Run conflict = miasto("survey", "estimate", f.toString(), "--weight", "waga", "--mean", "y",
                "--rake", "płeć=K:500,M:520", "--rake", "wiek=18-39:400,40+:600");
        assertThat(conflict.code()).isEqualTo(1);
        assertThat(conflict.err()).contains("Rozkłady opisują różne populacje: „płeć” sumuje się do 1\u00a0020, a „wiek” do 1\u00a0000.");
        Run empty = miasto("survey", "estimate", f.toString(), "--weight", "waga", "--mean", "y", "--lang", "en",
                "--rake", "wiek=18-39:400,40+:500,80+:100");
        assertThat(empty.err()).contains("Margin \"wiek\": level \"80+\" has people but no respondent (an empty cell).");
        Run missing = miasto("survey", "estimate", f.toString(), "--weight", "waga", "--mean", "y", "--lang", "en",
                "--rake", "wiek=18-39:400");
        assertThat(missing.err()).contains("Margin \"wiek\" has no level \"40+\", which the respondent in row 3 has.");
        Run column = miasto("survey", "estimate", f.toString(), "--mean", "dochód");
        assertThat(column.err()).contains("Nie ma kolumny „dochód”. Kolumny pliku: waga, płeć, wiek, y.");
        Run option = miasto("survey", "estimate", f.toString(), "--mean", "y", "--replicates", "jackknife", "--lang", "en");
        assertThat(option.code()).isEqualTo(1);
        assertThat(option.err()).contains("Option --replicates: cannot read \"jackknife\"; expected: jk1, jkn or bootstrap:N.");
        Run bounds = miasto("survey", "estimate", API.resolve("apiclus1.csv").toString(), "--weight", "pw", "--cluster",
                "dnum", "--rake", "stype=E:4421,H:755,M:1018", "--rake", "sch.wide=No:1072,Yes:5122", "--calibrate",
                "linear", "--bounds", "0.85,1.2", "--mean", "api00");
        assertThat(bounds.err()).contains("Kalibracja nie znalazła wag spełniających sumy w granicach (po 50 iteracjach");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "w,y\n1,2\n2,3\n");
        Run none = miasto("survey", "estimate", f.toString(), "--weight", "w");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Podaj co najmniej jedno oszacowanie");
        assertThat(miasto("survey", "estimate", dir.resolve("nie-ma.csv").toString(), "--mean", "y").code()).isEqualTo(2);
        Run help = miasto("survey", "estimate", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--rake=COL=LEVEL:COUNT,LEVEL:COUNT").contains("--replicates=jk1|jkn|bootstrap:N")
                .contains("--proportion=COL=LEVEL").contains("--by=COL");
        assertThat(miasto("survey").code()).isEqualTo(2);
    }
}
