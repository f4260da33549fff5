package pl.miasto4.app.importing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.observation.Observation;
import pl.miasto4.app.observation.ObservationCsv;
import pl.miasto4.app.observation.ObservationQuery;
import pl.miasto4.app.observation.ObservationRepository;

import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import path a city analyst uses most, against real PostgreSQL: all or nothing, history kept,
 * re-imports are no-ops, concurrent imports stay consistent. The values imported here use the
 * indicator "students_higher_education" for the districts of Kraków, which the demo data does not
 * cover, so the tests do not disturb each other's data or the demo's.
 */
class ImportStoreTest extends StoreTest {
    static final Charset CP1250 = Charset.forName("windows-1250");

    @Autowired
    ImportService imports;
    @Autowired
    ObservationRepository observations;
    @Autowired
    ObservationCsv csv;

    @TempDir
    Path dir;

    private Path file(String name, String text, Charset cs) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        return p;
    }

    private ImportReport run(Path p, boolean dryRun) {
        return imports.importFile(p, p.getFileName().toString(), new ImportOptions(dryRun, "test", null, null, null, null));
    }

    private BigDecimal current(String unit, String indicator, String period) {
        return observations.history(unit, indicator, period).stream().filter(o -> o.supersededAt() == null)
                .map(Observation::value).findFirst().orElse(null);
    }

    @Test
    void polishOfficeFileIsImportedExactlyAndReimportChangesNothing() throws Exception {
        Path p = file("dzielnice.csv", """
                kod;wskaźnik;rok;wartość;flagi;źródło
                1261011-01;students_higher_education;2021;1 234,5;p;Urząd Miasta Krakowa, Wydział Edukacji (łączność: żółw)
                1261011-02;students_higher_education;2021;0,25;;
                1261011-03;students_higher_education;2021-Q3;17;e;
                """, CP1250);
        ImportReport first = run(p, false);
        assertThat(first.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(first.inserted()).isEqualTo(3);
        assertThat(first.format()).contains("windows-1250").contains("decimal comma");
        assertThat(current("1261011-01", "students_higher_education", "2021")).isEqualByComparingTo("1234.5");
        assertThat(current("1261011-02", "students_higher_education", "2021")).isEqualTo(new BigDecimal("0.25"));
        Observation o = observations.history("1261011-01", "students_higher_education", "2021").get(0);
        assertThat(o.source()).isEqualTo("Urząd Miasta Krakowa, Wydział Edukacji (łączność: żółw)");
        assertThat(o.flags()).isEqualTo("p");
        assertThat(observations.history("1261011-02", "students_higher_education", "2021").get(0).source())
                .isEqualTo("file dzielnice.csv");

        String before = dump();
        ImportReport again = run(p, false);
        assertThat(again.status()).isEqualTo(ImportReport.Status.NO_CHANGES);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aCorrectionSupersedesAndAsOfShowsWhatWasKnown() throws Exception {
        run(file("v1.csv", "unit,indicator,period,value\n1261011-04,students_higher_education,2020,100\n", StandardCharsets.UTF_8), false);
        OffsetDateTime between = jdbc.sql("SELECT clock_timestamp()").query(OffsetDateTime.class).single();
        Thread.sleep(20);
        ImportReport dry = run(file("v2.csv", "unit,indicator,period,value,flags\n1261011-04,students_higher_education,2020,105,b\n",
                StandardCharsets.UTF_8), true);
        assertThat(dry.status()).isEqualTo(ImportReport.Status.DRY_RUN);
        assertThat(dry.superseded()).isEqualTo(1);
        assertThat(dry.changes()).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("100");
            assertThat(c.newValue()).isEqualTo("105");
            assertThat(c.newFlags()).isEqualTo("b");
        });
        assertThat(current("1261011-04", "students_higher_education", "2020")).isEqualByComparingTo("100");

        ImportReport v2 = run(dir.resolve("v2.csv"), false);
        assertThat(v2.superseded()).isEqualTo(1);
        List<Observation> history = observations.history("1261011-04", "students_higher_education", "2020");
        assertThat(history).extracting(Observation::value).containsExactly(new BigDecimal("100"), new BigDecimal("105"));
        assertThat(history.get(0).supersededAt()).isNotNull();
        assertThat(history.get(1).supersededAt()).isNull();

        ObservationQuery asOf = new ObservationQuery(List.of("1261011-04"), List.of("students_higher_education"), null,
                null, null, between, 0, 10);
        assertThat(observations.find(asOf)).extracting(Observation::value).containsExactly(new BigDecimal("100"));
        ObservationQuery now = new ObservationQuery(List.of("1261011-04"), List.of("students_higher_education"), null,
                null, null, null, 0, 10);
        assertThat(observations.find(now)).extracting(Observation::value).containsExactly(new BigDecimal("105"));
    }

    @Test
    void estimatesKeepTheirStandardErrorsAndIntervalsThroughImportCorrectionHistoryAndExport() throws Exception {
        // Polish headers, decimal commas: a survey estimate with its SE and interval, one flagged unreliable
        Path p = file("ankieta.csv", """
                kod;wskaźnik;rok;wartość;błąd_standardowy;przedział_od;przedział_do;niepewny
                1261011-09;students_higher_education;2017;62,5;2,1;58,384;66,616;
                1261011-10;students_higher_education;2017;40;14,5;11,58;68,42;tak
                1261011-11;students_higher_education;2017;7;;;;
                """, CP1250);
        ImportReport first = run(p, false);
        assertThat(first.status()).as(first.summary()).isEqualTo(ImportReport.Status.IMPORTED);
        Observation o = observations.history("1261011-09", "students_higher_education", "2017").get(0);
        assertThat(o.se()).isEqualByComparingTo("2.1");
        assertThat(o.ciLow()).isEqualByComparingTo("58.384");
        assertThat(o.ciHigh()).isEqualByComparingTo("66.616");
        assertThat(o.unreliable()).isFalse();
        Observation shaky = observations.history("1261011-10", "students_higher_education", "2017").get(0);
        assertThat(shaky.unreliable()).isTrue();
        Observation measured = observations.history("1261011-11", "students_higher_education", "2017").get(0);
        assertThat(measured.se()).isNull();
        assertThat(measured.ciLow()).isNull();
        assertThat(measured.unreliable()).isFalse();
        // the series of charts carries them, and the margin is half the interval
        ObservationRepository.Point point = observations.series(List.of("1261011-09"), List.of("students_higher_education"))
                .stream().filter(x -> x.period().equals("2017")).findFirst().orElseThrow();
        assertThat(point.margin()).isEqualByComparingTo("4.116");

        // re-import: no change; a new SE alone is a correction, the old SE stays in the history
        assertThat(run(p, false).status()).isEqualTo(ImportReport.Status.NO_CHANGES);
        ImportReport corrected = run(file("ankieta2.csv", """
                unit,indicator,period,value,se,ci_low,ci_high
                1261011-09,students_higher_education,2017,62.5,2.0,58.58,66.42
                """, StandardCharsets.UTF_8), false);
        assertThat(corrected.superseded()).isEqualTo(1);
        List<Observation> versions = observations.history("1261011-09", "students_higher_education", "2017");
        assertThat(versions).extracting(Observation::se).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.1"), new BigDecimal("2.0"));
        assertThat(versions.get(0).supersededAt()).isNotNull();

        // export writes them and reads back as a no-op
        StringWriter out = new StringWriter();
        csv.write(new ObservationQuery(List.of("1261011-09", "1261011-10", "1261011-11"), List.of("students_higher_education"),
                null, "2017", "2017", null, 0, Integer.MAX_VALUE), out, ObservationCsv.Dialect.EXCEL_PL);
        assertThat(out.toString()).contains("se;ci_low;ci_high;unreliable")
                .contains(";62,5;;file ankieta2.csv;2,0;58,58;66,42;\r\n")
                .contains(";40;;file ankieta.csv;14,5;11,58;68,42;true\r\n");
        Path back = file("back.csv", out.toString(), StandardCharsets.UTF_8);
        assertThat(run(back, false).status()).isEqualTo(ImportReport.Status.NO_CHANGES);

        // bad uncertainty: each file refused whole, naming line and column, nothing stored
        String before = dump();
        String head = "unit,indicator,period,value,se,ci_low,ci_high,unreliable\n1261011-12,students_higher_education,2017,5,1,3,7,\n";
        Object[][] bad = {
                {"negse.csv", head + "1261011-13,students_higher_education,2017,5,-1,3,7,\n", "standard error is negative", "se (column 5)"},
                {"outside.csv", head + "1261011-13,students_higher_education,2017,5,1,6,7,\n", "does not contain the value 5", "ci_low (column 6)"},
                {"oneend.csv", head + "1261011-13,students_higher_education,2017,5,1,3,,\n", "needs both ends", "ci_high (column 7)"},
                {"notnum.csv", head + "1261011-13,students_higher_education,2017,5,abc,3,7,\n", "not a number", "se (column 5)"},
                {"flag.csv", head + "1261011-13,students_higher_education,2017,5,1,3,7,maybe\n", "unknown value for 'unreliable'", "unreliable (column 8)"},
        };
        for (Object[] b : bad) {
            ImportReport r = run(file((String) b[0], (String) b[1], StandardCharsets.UTF_8), false);
            assertThat(r.status()).as((String) b[0]).isEqualTo(ImportReport.Status.REJECTED);
            assertThat(r.problems()).as((String) b[0]).singleElement().satisfies(pr -> {
                assertThat(pr.line()).isEqualTo(3);
                assertThat(pr.reason()).contains((String) b[2]);
                assertThat(pr.toString()).contains((String) b[3]);
            });
            assertThat(dump()).as("store after " + b[0]).isEqualTo(before);
        }
    }

    @Test
    void everyKindOfBadFileIsRejectedAndChangesNothing() throws Exception {
        List<Path> bad = new ArrayList<>();
        bad.add(file("empty.csv", "", StandardCharsets.UTF_8));
        byte[] garbage = new byte[5000];
        new java.util.Random(1).nextBytes(garbage);
        Path g = dir.resolve("garbage.csv");
        Files.write(g, garbage);
        bad.add(g);
        Path book = dir.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            var s = wb.createSheet("data");
            s.createRow(0).createCell(0).setCellValue("unit");
            for (int i = 1; i < 3000; i++) {
                s.createRow(i).createCell(0).setCellValue("1261011");
            }
            wb.write(out);
        }
        byte[] full = Files.readAllBytes(book);
        Path truncated = dir.resolve("truncated.xlsx");
        Files.write(truncated, Arrays.copyOf(full, full.length / 3));
        bad.add(truncated);
        // one good row and one bad row: the good row must not be stored either
        bad.add(file("partly.csv", "unit,indicator,period,value\n1261011-05,students_higher_education,2020,1\n"
                + "1261011-05,students_higher_education,2021,abc\n", StandardCharsets.UTF_8));
        bad.add(file("duplicate.csv", "unit,indicator,period,value\n1261011-05,students_higher_education,2020,1\n"
                + "1261011-05,students_higher_education,2020,2\n", StandardCharsets.UTF_8));
        bad.add(file("unknown.csv", "unit,indicator,period,value\nNOWHERE,students_higher_education,2020,1\n", StandardCharsets.UTF_8));
        bad.add(file("range.csv", "unit,indicator,period,value\n1261011-05,unemployment_rate_registered,2020,140\n", StandardCharsets.UTF_8));
        bad.add(file("period.csv", "unit,indicator,period,value\n1261011-05,students_higher_education,2020-13,1\n", StandardCharsets.UTF_8));
        bad.add(file("header.csv", "unit,indicator,period,value\n", StandardCharsets.UTF_8));
        bad.add(file("nocolumns.csv", "a,b\n1,2\n", StandardCharsets.UTF_8));
        byte[] utf8 = "unit,indicator,period,value,source\n1261011-05,students_higher_education,2020,1,Łódź\n1261011-06,students_higher_education,2020,1,Gdańsk\n1261011-07,students_higher_education,2020,1,Żółw\n".getBytes(StandardCharsets.UTF_8);
        byte[] cp = "1261011-08,students_higher_education,2020,1,Kraków\n".getBytes(CP1250);
        byte[] mixed = Arrays.copyOf(utf8, utf8.length + cp.length);
        System.arraycopy(cp, 0, mixed, utf8.length, cp.length);
        Path m = dir.resolve("mixed.csv");
        Files.write(m, mixed);
        bad.add(m);

        String before = dump();
        for (Path p : bad) {
            ImportReport r = run(p, false);
            assertThat(r.status()).as(p.getFileName().toString()).isEqualTo(ImportReport.Status.REJECTED);
            assertThat(r.problems()).as(p.getFileName().toString()).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.reason()).isNotBlank());
            assertThat(dump()).as("store after " + p.getFileName()).isEqualTo(before);
        }
        ImportReport dup = run(dir.resolve("duplicate.csv"), false);
        assertThat(dup.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(3);
            assertThat(pr.reason()).contains("duplicate key").contains("line 2");
        });
        assertThat(run(dir.resolve("partly.csv"), false).problems()).singleElement()
                .satisfies(pr -> assertThat(pr.toString()).isEqualTo("partly.csv: line 3, value (column 4), value 'abc': not a number: 'abc'"));
        assertThat(run(m, false).problems()).singleElement().satisfies(pr -> assertThat(pr.reason()).contains("line 5").contains("mixes encodings"));
    }

    @Test
    void sourcesWithEscapesAndCharactersBeyondTheBasicPlaneSurviveTheCopy() throws Exception {
        String source = "C:\\dane\\2024\tzakładka \"A\" \\N 😀 𝄞 ąę";
        String csvSource = "\"" + source.replace("\"", "\"\"") + "\"";
        run(file("escapes.csv", "unit,indicator,period,value,source\n1261011-09,students_higher_education,1999,1," + csvSource + "\n",
                StandardCharsets.UTF_8), false);
        assertThat(observations.history("1261011-09", "students_higher_education", "1999")).singleElement()
                .satisfies(o -> assertThat(o.source()).isEqualTo(source));
    }

    /**
     * A header cell of a column the long format does not use may hold anything a spreadsheet allows:
     * a line break, quotes, a backslash, a tab. The note about it goes into the batch's JSON as it
     * is; the file is imported, not refused with a database error.
     */
    @Test
    void anUnusedHeaderCellWithALineBreakIsNotedAndTheFileImported() throws Exception {
        Path p = file("uwagi.csv", "unit,indicator,period,value,\"uwagi \"\"redakcji\"\"\nC:\\dane\tna 2026\"\n"
                + "1261011-10,students_higher_education,1998,42\n", StandardCharsets.UTF_8);
        ImportReport r = run(p, false);
        assertThat(r.status()).as(r.summary() + " " + r.problems()).isEqualTo(ImportReport.Status.IMPORTED);
        String note = "column 'uwagi \"redakcji\"\nC:\\dane\tna 2026' is not used";
        assertThat(r.warnings()).anyMatch(w -> w.startsWith(note));
        String stored = jdbc.sql("SELECT warnings::text FROM import_batch WHERE id = ?").param(r.batchId())
                .query(String.class).single();
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readValue(stored, String[].class))
                .containsExactlyElementsOf(r.warnings());
        assertThat(current("1261011-10", "students_higher_education", "1998")).isEqualByComparingTo("42");
    }

    @Test
    void exportThenImportIsANoOpAndPolishSurvives() throws Exception {
        ObservationQuery krakow = new ObservationQuery(List.of("1261011"), List.of(), null, null, null, null, 0, Integer.MAX_VALUE);
        for (ObservationCsv.Dialect dialect : ObservationCsv.Dialect.values()) {
            StringWriter w = new StringWriter();
            long n = csv.write(krakow, w, dialect);
            assertThat(n).isGreaterThan(300);
            Path exported = dir.resolve("export-" + dialect + ".csv");
            Files.writeString(exported, w.toString(), StandardCharsets.UTF_8);
            String before = dump();
            ImportReport r = run(exported, false);
            assertThat(r.status()).as(dialect.name() + " " + r.problems()).isEqualTo(ImportReport.Status.NO_CHANGES);
            assertThat(r.unchanged()).isEqualTo(n);
            assertThat(dump()).isEqualTo(before);
            assertThat(w.toString()).contains("Kraków").contains("GIOŚ");
        }
    }

    @Test
    void asemWideFormatWithItsMetadataAndNewUnits() throws Exception {
        Path data = dir.resolve("asem_iData.csv");
        Path meta = dir.resolve("asem_iMeta.csv");
        Files.copy(Path.of("..", "examples", "index", "asem_iData.csv"), data);
        Files.copy(Path.of("..", "examples", "index", "asem_iMeta.csv"), meta);
        ImportReport refused = imports.importFile(data, "asem_iData.csv", new ImportOptions(false, "test", null, null, null, null));
        assertThat(refused.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(refused.problems().get(0).reason()).contains("unknown territorial unit").contains("--create-units");

        ImportReport r = imports.importFile(data, "asem_iData.csv", new ImportOptions(false, "test", null, null, null, "country"));
        assertThat(r.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(r.inserted() + r.skippedNoData()).isEqualTo(51L * 53);
        assertThat(current("AUT", "LPI", "2018")).isEqualByComparingTo("4.097985");
        assertThat(jdbc.sql("SELECT count(*) FROM index_framework_node WHERE framework_code = 'asem'").query(Long.class).single())
                .isEqualTo(68);
        assertThat(jdbc.sql("SELECT value FROM unit_group WHERE unit_code = 'AUT' AND group_code = 'GDP_group'")
                .query(String.class).single()).isEqualTo("L");
        assertThat(jdbc.sql("SELECT kind FROM territorial_unit WHERE code = 'AUT'").query(String.class).single()).isEqualTo("country");
    }

    /**
     * Rows of {@value #OWN} for the 18 districts of Kraków, monthly from {@code fromYear}: the tests
     * below use an indicator of their own (the others use "+OWN+").
     */
    private static void monthlyRows(StringBuilder sb, int fromYear, int years, int valueShift) {
        for (int d = 1; d <= 18; d++) {
            for (int y = fromYear; y < fromYear + years; y++) {
                for (int m = 1; m <= 12; m++) {
                    sb.append(String.format("1261011-%02d,"+OWN+",%d-%02d,%d,tests%n", d, y, m, d * 1000 + m + valueShift));
                }
            }
        }
    }

    static final String OWN = "senior_activity_centres";

    @Test
    void aFileWithKnownKeysAfterNewOnesIsComparedNotDuplicated() throws Exception {
        assertThat(jdbc.sql("SELECT count(*) FROM observation_version WHERE indicator_code = ?").param(OWN)
                .query(Long.class).single()).as("the demo data has no values of " + OWN).isZero();
        // Many new rows first (the import streams them straight into the store and sends more than
        // one buffer to PostgreSQL), then keys the store already has: one unchanged, one changed.
        run(file("known.csv", "unit,indicator,period,value,source\n1261011-01,"+OWN+",1800-01,5,tests\n"
                + "1261011-02,"+OWN+",1800-01,6,tests\n", StandardCharsets.UTF_8), false);
        StringBuilder sb = new StringBuilder("unit,indicator,period,value,source\n");
        monthlyRows(sb, 1801, 20, 0);
        int fresh = 18 * 20 * 12;
        sb.append("1261011-01,"+OWN+",1800-01,5,tests\n");
        sb.append("1261011-02,"+OWN+",1800-01,7,tests\n");
        Path p = file("later-known.csv", sb.toString(), StandardCharsets.UTF_8);
        assertThat(Files.size(p)).isGreaterThan(2 * 65536);
        ImportReport r = run(p, false);
        assertThat(r.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(r.inserted()).isEqualTo(fresh);
        assertThat(r.superseded()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(observations.history("1261011-02", OWN, "1800-01"))
                .extracting(Observation::value).containsExactly(new BigDecimal("6"), new BigDecimal("7"));
        assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE indicator_code = '"+OWN+"' "
                + "AND period >= '1801' AND period < '1821'").query(Long.class).single()).isEqualTo(fresh);
        assertThat(jdbc.sql("SELECT count(*) FROM observation_version WHERE indicator_code = '"+OWN+"' "
                + "AND period >= '1801' AND period < '1821'").query(Long.class).single()).isEqualTo(fresh);
        // batch numbers have no gaps: attempts that were rolled back took none
        assertThat(jdbc.sql("SELECT max(id) = count(*) FROM import_batch").query(Boolean.class).single()).isTrue();
        String before = dump();
        assertThat(run(p, false).status()).isEqualTo(ImportReport.Status.NO_CHANGES);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aBadRowOrARepeatedKeyFarIntoALargeNewFileLeavesNoTrace() throws Exception {
        StringBuilder bad = new StringBuilder("unit,indicator,period,value,source\n");
        monthlyRows(bad, 1830, 20, 0);
        bad.append("1261011-03,"+OWN+",1850-01,abc,tests\n");
        StringBuilder repeated = new StringBuilder("unit,indicator,period,value,source\n");
        monthlyRows(repeated, 1830, 20, 0);
        repeated.append("1261011-03,"+OWN+",1831-05,1,tests\n");
        int lastLine = 18 * 20 * 12 + 2;
        String before = dump();
        ImportReport r = run(file("late-bad.csv", bad.toString(), StandardCharsets.UTF_8), false);
        assertThat(r.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(r.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(lastLine);
            assertThat(pr.reason()).contains("not a number");
        });
        assertThat(dump()).isEqualTo(before);
        r = run(file("late-repeat.csv", repeated.toString(), StandardCharsets.UTF_8), false);
        assertThat(r.status()).isEqualTo(ImportReport.Status.REJECTED);
        int firstLine = 1 + 2 * 20 * 12 + 12 + 5; // district 03, year 1831, May
        assertThat(r.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(lastLine);
            assertThat(pr.reason()).contains("duplicate key").contains("line " + firstLine);
        });
        assertThat(dump()).isEqualTo(before);
        // a bad row early and a repeated key later: both are reported
        StringBuilder both = new StringBuilder("unit,indicator,period,value,source\n");
        both.append("1261011-03,"+OWN+",1829-01,1 2 3,tests\n");
        monthlyRows(both, 1830, 20, 0);
        both.append("1261011-03,"+OWN+",1831-05,1,tests\n");
        r = run(file("early-bad-late-repeat.csv", both.toString(), StandardCharsets.UTF_8), false);
        assertThat(r.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(r.problems()).extracting(pr -> pr.line()).containsExactly(2L, (long) lastLine + 1);
        assertThat(r.problems().get(1).reason()).contains("duplicate key").contains("line " + (firstLine + 1));
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void concurrentOverlappingImportsLeaveOneConsistentStore() throws Exception {
        // Four files write the same 200 keys with different values at the same time.
        int keys = 200;
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            StringBuilder sb = new StringBuilder("unit,indicator,period,value\n");
            for (int k = 0; k < keys; k++) {
                sb.append("1261011-1").append(k % 8).append(",students_higher_education,").append(1900 + k / 8)
                        .append(',').append(f * 1000 + k).append('\n');
            }
            files.add(file("concurrent-" + f + ".csv", sb.toString(), StandardCharsets.UTF_8));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ImportReport>> results = new ArrayList<>();
        for (Path p : files) {
            results.add(pool.submit((Callable<ImportReport>) () -> run(p, false)));
        }
        long inserted = 0, superseded = 0;
        for (Future<ImportReport> f : results) {
            ImportReport r = f.get();
            assertThat(r.status()).isEqualTo(ImportReport.Status.IMPORTED);
            inserted += r.inserted();
            superseded += r.superseded();
        }
        pool.shutdown();
        // whichever ran first inserted every key; each of the other three superseded every key
        assertThat(inserted).isEqualTo(keys);
        assertThat(superseded).isEqualTo(3L * keys);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM observation WHERE indicator_code = 'students_higher_education'
                  AND unit_code LIKE '1261011-1%' AND period < '1930'""").query(Long.class).single()).isEqualTo(keys);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM observation_version WHERE indicator_code = 'students_higher_education'
                  AND unit_code LIKE '1261011-1%' AND period < '1930'""").query(Long.class).single()).isEqualTo(4L * keys);
        // all current values come from the same (last) file: imports were applied one after the other
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT floor(value / 1000)) FROM observation
                  WHERE indicator_code = 'students_higher_education' AND unit_code LIKE '1261011-1%' AND period < '1930'""")
                .query(Long.class).single()).isEqualTo(1);
    }
}
