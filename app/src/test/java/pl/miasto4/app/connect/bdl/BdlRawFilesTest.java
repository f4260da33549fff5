package pl.miasto4.app.connect.bdl;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.SourceOptions;
import pl.miasto4.app.importing.SourceTranslation;
import pl.miasto4.indicator.io.Catalogue;
import pl.miasto4.tabular.TabularReader;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 18 raw GUS files of {@code shared/data/gus-bdl/raw}, as downloaded, read and mapped by the
 * connector against the default catalogue ({@code catalogue/units.csv}, {@code catalogue/indicators.csv}),
 * compared value by value with the independently tidied {@code cities66_indicators_long.csv}
 * (PROVENANCE.md: reshaped by other people, no values changed; where two files give the same city,
 * indicator and year it keeps the XTAB/XPIV value).
 */
class BdlRawFilesTest {
    static final Path GUS = SharedData.gusBdl();

    @Test
    void everyValueOfTheSixtySixCitiesEqualsTheTidiedTable() throws IOException {
        Catalogue catalogue = DefaultCatalogue.load();
        BdlFileConnector connector = connector();
        Map<String, BigDecimal> workbook = new HashMap<>();   // XTAB, XPIV and the area register
        Map<String, BigDecimal> ctab = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(GUS.resolve("raw"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(18);
        for (Path f : files) {
            Optional<SourceTranslation> t = connector.translate(f, f.getFileName().toString(),
                    ImportOptions.of("test").withDryRun(true), SourceOptions.none(Locale.ENGLISH), () -> catalogue);
            assertThat(t).as(f.getFileName() + " recognised as a GUS file").isPresent();
            assertThat(t.get().refused()).as(f.getFileName() + " refused: " + t.get().refused()).isNull();
            if (t.get().longFile() == null) {
                continue; // nothing mapped (P3802, P4431: meaning not verified, PROVENANCE.md)
            }
            Map<String, BigDecimal> into = f.getFileName().toString().contains("_CTAB_") ? ctab : workbook;
            for (CSVRecord r : csv(t.get().longFile())) {
                String key = r.get("unit") + "|" + r.get("indicator") + "|" + r.get("period");
                BigDecimal v = new BigDecimal(r.get("value"));
                BigDecimal before = into.put(key, v);
                assertThat(before == null || before.compareTo(v) == 0).as("two workbooks disagree on " + key).isTrue();
                if (before == null || into == workbook) {
                    sources.putIfAbsent(key, r.get("source"));
                }
            }
            Files.delete(t.get().longFile());
        }
        // the CTAB exports kept as a cross-check agree with the workbooks wherever both give a value
        long crossChecked = 0;
        for (Map.Entry<String, BigDecimal> e : ctab.entrySet()) {
            BigDecimal w = workbook.get(e.getKey());
            if (w != null) {
                assertThat(e.getValue()).as("CTAB vs workbook " + e.getKey()).isEqualByComparingTo(w);
                crossChecked++;
            }
        }
        assertThat(crossChecked).as("values given both by CTAB and a workbook").isGreaterThanOrEqualTo(132);

        Map<String, BigDecimal> imported = new HashMap<>(ctab);
        imported.putAll(workbook);
        long compared = 0, krakow = 0;
        List<String> mismatches = new ArrayList<>();
        for (CSVRecord r : csv(GUS.resolve("cities66_indicators_long.csv"))) {
            String unit = catalogue.resolveUnit(r.get("kod")).orElseThrow(() -> new AssertionError("unit " + r.get("kod")));
            String key = unit + "|" + r.get("indicator") + "|" + r.get("year");
            BigDecimal expected = new BigDecimal(r.get("value"));
            BigDecimal actual = imported.get(key);
            if (actual == null || actual.compareTo(expected) != 0) {
                mismatches.add(key + ": tidied " + expected + ", from the raw file " + actual);
            }
            assertThat(sources.get(key)).as("source of " + key).contains("GUS").contains(r.get("source_file").replaceAll("\\.\\w+$", ""));
            compared++;
            if (unit.equals("1261011")) {
                krakow++;
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(compared).isEqualTo(5178);
        assertThat(krakow).as("Kraków's values compared").isEqualTo(79);
    }

    static BdlFileConnector connector() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new BdlFileConnector(null, null, messages, TabularReader.DEFAULT_MAX_BYTES);
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        }
    }

    @Test
    void theReportIsWordedInPolishAndInEnglish() throws IOException {
        Catalogue catalogue = DefaultCatalogue.load();
        Path file = GUS.resolve("raw/housing_prices_poland/PODM_3802_CTAB_20260321174825.csv");
        Map<Locale, String> notes = new HashMap<>();
        for (Locale l : List.of(Locale.forLanguageTag("pl"), Locale.ENGLISH)) {
            SourceTranslation t = connector().translate(file, file.getFileName().toString(), ImportOptions.of("test"),
                    SourceOptions.none(l), () -> catalogue).orElseThrow();
            notes.put(l, String.join("\n", t.notes()));
        }
        assertThat(notes.get(Locale.forLanguageTag("pl"))).contains("podgrupa P3802").contains("nie jest przypisana")
                .contains("--map P3802:ogółem=KOD_WSKAŹNIKA");
        assertThat(notes.get(Locale.ENGLISH)).contains("subgroup P3802").contains("is not mapped")
                .contains("--map P3802:ogółem=INDICATOR_CODE");
        // every text this work added exists in both languages
        java.util.Properties pl = new java.util.Properties(), en = new java.util.Properties();
        try (Reader a = new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8);
             Reader b = new InputStreamReader(getClass().getResourceAsStream("/messages_en.properties"), StandardCharsets.UTF_8)) {
            pl.load(a);
            en.load(b);
        }
        java.util.function.Predicate<Object> ours = k -> k.toString().matches("(connect|freshness|import\\.gus|indicator\\.ranking|indicator\\.map)\\..*|import\\.runlog");
        assertThat(pl.keySet().stream().filter(ours).map(Object::toString).sorted().toList())
                .isNotEmpty().isEqualTo(en.keySet().stream().filter(ours).map(Object::toString).sorted().toList());
    }
}
