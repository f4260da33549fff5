package pl.miasto4.app.survey;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.CliStoreTest;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;
import pl.miasto4.app.indicator.Indicator;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.observation.Observation;
import pl.miasto4.app.observation.ObservationRepository;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code miasto survey publish} against real PostgreSQL: a SYNTHETIC customer-satisfaction survey of
 * Kraków raked to the (SYNTHETIC) population by age band × sex the store holds, the share satisfied
 * stored for the city and its districts with SE, interval and the unreliable flag — compared with R
 * survey's rake + svyciprop on the same file ({@code tools/reference/survey_publish_reference.R},
 * {@code r_expected.csv}), never with the engine's own output.
 */
class SurveyPublishStoreTest extends CliStoreTest {
    static final String INDICATOR = "city_office_customer_satisfaction_pct";
    static final Path DATA = Path.of("src/test/resources/survey/publish");
    /** SYNTHETIC population of Kraków by age band × sex, the numbers the R script rakes to. */
    static final Map<String, Integer> POPULATION = Map.of("18_34_female", 60000, "18_34_male", 58000,
            "35_64_female", 120000, "35_64_male", 110000, "65_plus_female", 70000, "65_plus_male", 45000);

    @Autowired
    IndicatorRepository indicators;
    @Autowired
    ImportService imports;
    @Autowired
    ObservationRepository observations;

    @TempDir
    Path dir;

    @BeforeEach
    void populationInTheStore() throws Exception {
        StringBuilder csv = new StringBuilder("unit,indicator,period,value,source\n");
        for (Map.Entry<String, Integer> e : POPULATION.entrySet()) {
            String code = "population_age_" + e.getKey();
            indicators.upsert(new Indicator(code, "Ludność " + e.getKey(), "Population " + e.getKey(), null, null,
                    "persons", "neutral", 0, "annual", "objective", "social_cohesion", null, null, null, null, null,
                    "SYNTHETIC", BigDecimal.ZERO, null));
            csv.append("1261011,").append(code).append(",2024,").append(e.getValue()).append(",SYNTHETIC test population\n");
        }
        Path p = dir.resolve("population.csv");
        Files.writeString(p, csv);
        ImportReport r = imports.importFile(p, "population.csv", ImportOptions.of("test"));
        assertThat(r.rejected()).as(r.summary()).isFalse();
    }

    private Observation stored(String unit) {
        return observations.history(unit, INDICATOR, "2024").stream().filter(o -> o.supersededAt() == null)
                .findFirst().orElse(null);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[] publish(String... extra) {
        return publishIn("2024", extra);
    }

    private String[] publishIn(String period, String... extra) {
        String[] base = {"survey", "publish", DATA.resolve("SYNTHETIC_satisfaction.csv").toString(), "--indicator", INDICATOR,
                "--unit", "1261011", "--period", period, "--proportion", "satisfied=tak", "--by", "district",
                "--source", "Badanie satysfakcji klientów UMK 2024 (SYNTHETIC)"};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void theShareSatisfiedIsStoredPerCityAndDistrictAsRComputesItAndRepublishingChangesNothing() throws Exception {
        List<CSVRecord> expected;
        try (Reader r = Files.newBufferedReader(DATA.resolve("r_expected.csv"))) {
            expected = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertThat(run(publish("--rake-from-store", "age_band,sex"))).as(stderr()).isZero();
        assertThat(stdout()).contains("imported as batch").contains("added 5")
                .contains("1261011-04: ").contains("szacunek niepewny");
        for (CSVRecord e : expected) {
            String unit = e.get("domain").equals("all") ? "1261011" : e.get("domain");
            Observation o = stored(unit);
            assertThat(o).as(unit).isNotNull();
            double estimate = Double.parseDouble(e.get("estimate")) * 100;
            double se = Double.parseDouble(e.get("se")) * 100;
            assertThat(o.value().doubleValue()).as(unit + " estimate").isCloseTo(estimate, within(1e-9 * estimate));
            assertThat(o.se().doubleValue()).as(unit + " se").isCloseTo(se, within(1e-6 * se));
            double halfWidth = (Double.parseDouble(e.get("ci_high")) - Double.parseDouble(e.get("ci_low"))) * 50;
            // R's svyciprop solves its logit by svyglm's iterations (to 1e-8): ends agree to 1e-4 of the half width
            assertThat(o.ciLow().doubleValue()).as(unit + " ci_low")
                    .isCloseTo(Double.parseDouble(e.get("ci_low")) * 100, within(1e-4 * halfWidth));
            assertThat(o.ciHigh().doubleValue()).as(unit + " ci_high")
                    .isCloseTo(Double.parseDouble(e.get("ci_high")) * 100, within(1e-4 * halfWidth));
            boolean unreliable = Integer.parseInt(e.get("n")) < 30 || se / estimate > 0.30;
            assertThat(o.unreliable()).as(unit + " unreliable").isEqualTo(unreliable);
            assertThat(o.source()).isEqualTo("Badanie satysfakcji klientów UMK 2024 (SYNTHETIC)");
        }
        // district 04 has 22 respondents: the one flagged
        assertThat(stored("1261011-04").unreliable()).isTrue();
        assertThat(stored("1261011-01").unreliable()).isFalse();

        String before = dump();
        assertThat(run(publish("--rake-from-store", "age_band,sex"))).isZero();
        assertThat(stdout()).contains("no changes");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithItsPlaceAndNothingIsStored() throws Exception {
        String before = dump();
        // no population by age band × sex for 2023 in the store: said, not invented
        assertThat(run(publishIn("2023", "--rake-from-store", "age_band,sex"))).isEqualTo(1);
        assertThat(stderr()).contains("W bazie nie ma ludności według grup wieku i płci dla jednostki 1261011 w okresie 2023");
        // the same in English
        assertThat(run(publishIn("2023", "--rake-from-store", "age_band,sex", "--lang", "en"))).isEqualTo(1);
        assertThat(stderr()).contains("The store has no population by age band and sex for unit 1261011 in period 2023");
        assertThat(dump()).isEqualTo(before);

        // a weight ≤ 0: the row and the column
        Path weighted = dir.resolve("wagi.csv");
        List<String> lines = Files.readAllLines(DATA.resolve("SYNTHETIC_satisfaction.csv"));
        StringBuilder sb = new StringBuilder(lines.get(0) + ",waga\n");
        for (int i = 1; i < lines.size(); i++) {
            sb.append(lines.get(i)).append(i == 7 ? ",0\n" : ",1.5\n");
        }
        Files.writeString(weighted, sb);
        String[] args = publish("--weight", "waga");
        args[2] = weighted.toString();
        assertThat(run(args)).isEqualTo(1);
        assertThat(stderr()).contains("Wiersz 8, kolumna „waga”: waga musi być większa od zera (jest 0)");

        // a margin that does not sum to the population of the other
        assertThat(run(publish("--rake", "sex=female:250000,male:213000", "--rake", "age_band=18_34:1000,35_64:1000,65_plus:1000")))
                .isEqualTo(1);
        assertThat(stderr()).contains("Rozkłady opisują różne populacje");

        // a domain that is not a unit: the import refuses the whole file
        Path odd = dir.resolve("dzielnice.csv");
        Files.writeString(odd, Files.readString(DATA.resolve("SYNTHETIC_satisfaction.csv")).replace("1261011-04", "NOWA-HUTA"));
        args = publish();
        args[2] = odd.toString();
        assertThat(run(args)).isEqualTo(1);
        assertThat(stderr()).contains("nic nie zapisano").contains("'NOWA-HUTA': unknown territorial unit");
        // an unknown indicator
        args = publish();
        args[4] = "no_such_indicator";
        assertThat(run(args)).isEqualTo(1);
        assertThat(stderr()).contains("Nie ma wskaźnika „no_such_indicator” w katalogu.");
        assertThat(dump()).isEqualTo(before);
    }
}
