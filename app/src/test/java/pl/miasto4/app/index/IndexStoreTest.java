package pl.miasto4.app.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;
import pl.miasto4.app.indicator.Indicator;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.observation.ObservationRepository;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.IndexBuilder;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.indicator.Period;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * An analyst builds indices from the store instead of from iData/iMeta files: the ASEM framework
 * imported in COINr's layout, and a quality-of-life index of the 66 cities with county rights from
 * the catalogue indicators with demo data. Each build must equal the build of the same values given
 * as CSV files.
 */
class IndexStoreTest extends StoreTest {
    static final Path EXAMPLES = Path.of("..", "examples", "index").toAbsolutePath().normalize();

    @Autowired
    ImportService imports;
    @Autowired
    StoreInputReader reader;
    @Autowired
    IndexService service;
    @Autowired
    RecipeLibrary library;
    @Autowired
    IndicatorRepository indicators;
    @Autowired
    ObservationRepository observations;

    @TempDir
    Path dir;

    @BeforeAll
    static void importAsem(@Autowired ImportService imports) {
        // as ImportStoreTest does: COINr's example data set, its countries created as units
        AsemFixture.importInto(imports);
    }

    static StoreSelection asem() {
        return new StoreSelection(AsemFixture.FRAMEWORK, null, null, null, null, "2018", "exact", null, null);
    }

    /** Every cell of every data set of {@code b} equals {@code a}'s to 1e-9 (matched by unit and code). */
    static void assertSameBuild(Coin a, Coin b) {
        assertThat(b.datasets().keySet()).isEqualTo(a.datasets().keySet());
        for (String name : a.datasets().keySet()) {
            Dataset x = a.dataset(name), y = b.dataset(name);
            assertThat(y.codes()).as(name).containsExactlyInAnyOrderElementsOf(x.codes());
            assertThat(y.units()).as(name).containsExactlyInAnyOrderElementsOf(x.units());
            for (String code : x.codes()) {
                for (String unit : x.units()) {
                    double u = x.value(unit, code), v = y.value(unit, code);
                    if (Double.isNaN(u)) {
                        assertThat(v).as(name + " " + unit + " " + code).isNaN();
                    } else {
                        assertThat(v).as(name + " " + unit + " " + code).isCloseTo(u, within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void asemFromTheStoreIsTheAsemBuildFromItsCsvFiles() {
        Recipe recipe = RecipeYaml.read(EXAMPLES.resolve("asem-coinr.yaml"));
        StoreInput input = reader.read(asem());
        Coin fromCsv = new IndexBuilder().build(CoinrCsv.read(AsemFixture.data(), AsemFixture.meta()), recipe);
        Coin fromStore = new IndexBuilder().build(input.coin(), recipe);
        assertThat(fromStore.framework().nodes()).hasSameSizeAs(fromCsv.framework().nodes());
        assertThat(fromStore.units().size()).isEqualTo(fromCsv.units().size());
        assertSameBuild(fromCsv, fromStore);
        // the groups and denominators came through too (group-mean imputation and denomination used them)
        assertThat(fromStore.units().group("GDP_group")).containsExactlyElementsOf(
                fromStore.units().codes().stream().map(c -> fromCsv.units().group("GDP_group").get(fromCsv.units().codes().indexOf(c))).toList());
    }

    /** The quality-of-life demo selection, read from its shipped definition. */
    StoreSelection demoSelection() {
        return IndexDemo.definition().selection();
    }

    @Test
    void aCatalogueIndexOfThe66CitiesEqualsTheSameValuesGivenAsCsv() throws Exception {
        StoreSelection s = demoSelection();
        Recipe recipe = RecipeYaml.parse(library.recipe("city-jrc").orElseThrow().yaml());
        StoreInput input = reader.read(s);
        Coin fromStore = new IndexBuilder().build(input.coin(), recipe);

        // The same selection done by hand: the catalogue says each indicator's dimension and polarity; the
        // value of a city is the latest current observation from 'from' to 'period' (read here through the
        // observation repository, not through the reader under test).
        Period to = Period.parse(s.period()).period(), from = Period.parse(s.from()).period();
        List<String> cities = jdbc.sql("SELECT code FROM territorial_unit WHERE kind = ? ORDER BY name DESC")
                .param(s.unitKind()).query(String.class).list();
        List<String> codes = new ArrayList<>();
        s.indicators().forEach(c -> codes.add(c.code()));
        s.indicators().stream().map(StoreSelection.IndicatorChoice::denominator).filter(d -> d != null).distinct().forEach(codes::add);
        Map<String, Map<String, String>> latest = new TreeMap<>();
        for (ObservationRepository.Point p : observations.series(cities, codes)) {
            Period pp = Period.parse(p.period()).period();
            if (p.value() != null && !pp.start().isAfter(to.end()) && !pp.start().isBefore(from.start())) {
                latest.computeIfAbsent(p.unitCode(), k -> new TreeMap<>()).put(p.indicatorCode(), p.value().toPlainString());
            }
        }
        StringBuilder meta = new StringBuilder("Level,iCode,iName,Direction,Weight,Parent,Denominator,Type\n");
        List<String> dims = new ArrayList<>();
        for (StoreSelection.IndicatorChoice c : s.indicators()) {
            Indicator i = indicators.find(c.code()).orElseThrow();
            meta.append("1,").append(i.code()).append(",x,").append(i.polarityEnum().direction()).append(",1,")
                    .append(i.dimension()).append(',').append(c.denominator() == null ? "" : c.denominator()).append(",Indicator\n");
            if (!dims.contains(i.dimension())) {
                dims.add(i.dimension());
            }
        }
        dims.forEach(d -> meta.append("2,").append(d).append(",x,,1,Index,,Aggregate\n"));
        meta.append("3,Index,x,,1,,,Aggregate\n");
        codes.stream().filter(c -> s.indicators().stream().noneMatch(i -> i.code().equals(c)))
                .forEach(d -> meta.append(",").append(d).append(",x,,,,,Denominator\n"));
        StringBuilder data = new StringBuilder("uCode," + String.join(",", codes) + "\n");
        for (String city : cities) {
            data.append(city);
            for (String c : codes) {
                data.append(',').append(latest.getOrDefault(city, Map.of()).getOrDefault(c, "NA"));
            }
            data.append('\n');
        }
        Files.writeString(dir.resolve("iData.csv"), data);
        Files.writeString(dir.resolve("iMeta.csv"), meta);
        Coin fromCsv = new IndexBuilder().build(CoinrCsv.read(dir.resolve("iData.csv"), dir.resolve("iMeta.csv")), recipe);

        assertThat(fromStore.units().size()).isEqualTo(66);
        assertSameBuild(fromCsv, fromStore);
        // a meaningful demo: every city gets an index score, and the store has data for most cells
        double[] index = fromStore.latest().column("Index");
        assertThat(java.util.Arrays.stream(index).filter(Double::isNaN).count()).isZero();
        assertThat(input.coverage().share()).isGreaterThan(0.8);
    }

    @Test
    void theLatestRuleTakesTheNewestValueUpToThePeriodAndTheExactRuleOnlyThatPeriod() {
        // air quality measurements in the demo data end years before the economic series
        String city = "1261011", code = "pm10_annual_mean";
        List<ObservationRepository.Point> series = observations.series(List.of(city), List.of(code));
        assertThat(series).isNotEmpty();
        ObservationRepository.Point last = series.get(series.size() - 1);
        int lastYear = Integer.parseInt(last.period());
        StoreSelection latest = new StoreSelection(null, List.of(StoreSelection.IndicatorChoice.of(code)), "flat",
                List.of(city, "1465011"), null, Integer.toString(lastYear + 3), "latest", null, null);
        StoreInput in = reader.read(latest);
        StoreInput.Value v = in.values().stream().filter(x -> x.unit().equals(city)).findFirst().orElseThrow();
        assertThat(v.period()).isEqualTo(last.period());
        assertThat(v.value()).isEqualTo(last.value().doubleValue());

        StoreSelection exact = new StoreSelection(null, latest.indicators(), "flat", latest.units(), null,
                Integer.toString(lastYear + 3), "exact", null, null);
        // nothing at all for that period: refused rather than an index of missing values
        assertThat(problems(exact)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("period"));
        StoreSelection exactLast = new StoreSelection(null, latest.indicators(), "flat", latest.units(), null,
                last.period(), "exact", null, null);
        assertThat(reader.read(exactLast).values()).filteredOn(x -> x.unit().equals(city)).singleElement()
                .satisfies(x -> assertThat(x.value()).isEqualTo(last.value().doubleValue()));

        // 'from' after the last measurement leaves the city without a value: stale data is not used
        // (with an indicator that has recent values, so the selection is not empty)
        StoreSelection fresh = new StoreSelection(null, List.of(StoreSelection.IndicatorChoice.of(code),
                StoreSelection.IndicatorChoice.of("avg_gross_monthly_wage")), "flat", latest.units(), null,
                Integer.toString(lastYear + 3), "latest", Integer.toString(lastYear + 1), null);
        StoreInput recent = reader.read(fresh);
        assertThat(recent.values()).noneMatch(x -> x.unit().equals(city) && x.code().equals(code));
        assertThat(recent.values()).anyMatch(x -> x.unit().equals(city) && x.code().equals("avg_gross_monthly_wage"));
    }

    @Test
    void aSelectionReadAsOfAMomentIgnoresLaterCorrections() throws Exception {
        String code = "library_readers_per_1000";
        List<String> districts = List.of("1261011-01", "1261011-02", "1261011-03");
        Path first = dir.resolve("readers.csv");
        Files.writeString(first, "unit,indicator,period,value\n1261011-01,%s,2021,101\n1261011-02,%s,2021,202\n1261011-03,%s,2021,303\n"
                .formatted(code, code, code));
        assertThat(imports.importFile(first, "readers.csv", new ImportOptions(false, "test", null, null, null, null)).status())
                .isIn(ImportReport.Status.IMPORTED, ImportReport.Status.NO_CHANGES);
        StoreSelection s = new StoreSelection(null, List.of(StoreSelection.IndicatorChoice.of(code)), "flat", districts, null,
                "2021", "exact", null, null);
        StoreInput before = reader.read(s);
        OffsetDateTime asOf = before.asOf();
        Path corrected = dir.resolve("readers-corrected.csv");
        Files.writeString(corrected, "unit,indicator,period,value\n1261011-01,%s,2021,111\n".formatted(code));
        assertThat(imports.importFile(corrected, "readers-corrected.csv", new ImportOptions(false, "test", null, null, null, null))
                .superseded()).isEqualTo(1);

        StoreInput now = reader.read(s);
        StoreInput then = reader.read(s.withAsOf(asOf));
        assertThat(value(now, "1261011-01", code)).isEqualTo(111);
        assertThat(value(then, "1261011-01", code)).isEqualTo(101);
        assertThat(then.values()).isEqualTo(before.values());
    }

    static double value(StoreInput in, String unit, String code) {
        return in.values().stream().filter(v -> v.unit().equals(unit) && v.code().equals(code)).findFirst().orElseThrow().value();
    }

    @Test
    void aSavedBuildKeepsItsInputsAndResultsAndIsRebuiltExactly() {
        BuildRequest request = new BuildRequest("ASEM test build", "COINr workflow from the store", asem(), null, "asem-coinr",
                null, "asem-uncertainty", true);
        IndexRun run = service.run(request);
        long id = service.save(run, request.name(), request.description(), "test");
        IndexService.Saved saved = service.saved(id).orElseThrow();
        assertThat(saved.reproduced()).isTrue();
        assertThat(saved.maxDifference()).isZero();
        assertSameBuild(run.coin(), saved.run().coin());
        assertThat(saved.meta().units()).isEqualTo(51);
        assertThat(saved.meta().indicators()).isEqualTo(49);
        assertThat(saved.meta().selection().asOf()).isEqualTo(run.input().asOf());
        // the stored uncertainty results are the run's
        assertThat(saved.run().uncertainty().ranks()).hasSize(51);
        assertThat(saved.meta().replications()).isEqualTo(run.uncertainty().replications());
        assertThat(saved.meta().failed()).isEqualTo(run.uncertainty().failed()).isPositive();
        var byUnit = new LinkedHashMap<String, pl.miasto4.index.uncertainty.UncertaintyResult.RankStats>();
        saved.run().uncertainty().ranks().forEach(r -> byUnit.put(r.unit(), r));
        for (var r : run.uncertainty().ranks()) {
            assertThat(byUnit.get(r.unit()).median()).isEqualTo(r.median());
            assertThat(byUnit.get(r.unit()).q05()).isEqualTo(r.q05());
            assertThat(byUnit.get(r.unit()).q95()).isEqualTo(r.q95());
            assertThat(byUnit.get(r.unit()).nominalRank()).isEqualTo(r.nominalRank());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity = 'index_build' AND entity_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        // ranks stored with the scores: 1 = best of the index
        Integer best = jdbc.sql("SELECT min(rank) FROM index_build_score WHERE build_id = ? AND code = 'Index'").param(id)
                .query(Integer.class).single();
        assertThat(best).isEqualTo(1);
        assertThat(service.delete(id, "test")).isTrue();
        assertThat(service.saved(id)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM index_build_value WHERE build_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void theDefaultUncertaintyAnalysisGivesRankIntervalsAndSobolIndices() {
        IndexRun run = service.run(IndexDemo.definition());
        assertThat(run.uncertaintyError()).isNull();
        var u = run.uncertainty();
        assertThat(u.ranks()).hasSize(66);
        assertThat(u.sensitivity()).extracting(pl.miasto4.index.uncertainty.UncertaintyResult.Sensitivity::choice)
                .containsExactly("Weights", "Exclusion");
        for (var r : u.ranks()) {
            assertThat(r.q05()).isLessThanOrEqualTo(r.median());
            assertThat(r.median()).isLessThanOrEqualTo(r.q95());
        }
        // some city's rank is uncertain: the interval is not a point for everyone
        assertThat(u.ranks()).anyMatch(r -> r.q95() - r.q05() >= 1);
    }

    @Test
    void aMethodTheUncertaintyEngineCannotVaryStillBuildsAndSaysWhy() {
        BuildRequest r = IndexDemo.definition();
        IndexRun run = service.run(new BuildRequest(r.name(), null, r.selection(), null, "city-hellwig", null, null, true));
        assertThat(run.aggregated()).isTrue();
        assertThat(run.uncertainty()).isNull();
        assertThat(run.uncertaintyError()).contains("arithmetic");
    }

    @Test
    void badSelectionsAreRefusedWithTheFieldAndTheReason() {
        List<SelectionException.Problem> p = problems(new StoreSelection(null,
                List.of(StoreSelection.IndicatorChoice.of("no_such_indicator"), StoreSelection.IndicatorChoice.of("population_total")),
                null, null, "city_county", "2022", null, null, null));
        assertThat(p).extracting(SelectionException.Problem::field).containsExactly("indicators[0].code", "indicators[1].direction");
        assertThat(p.get(1).reason()).contains("neutral");

        assertThat(problems(new StoreSelection(null, List.of(StoreSelection.IndicatorChoice.of("pm10_annual_mean")), null,
                List.of("1261011"), null, "2o22", "sometimes", null, null)))
                .extracting(SelectionException.Problem::field).containsExactly("periodMode", "period");
        assertThat(problems(new StoreSelection(null, List.of(StoreSelection.IndicatorChoice.of("pm10_annual_mean")), null,
                List.of("1261011"), null, "2022", null, null, null)))
                .singleElement().satisfies(x -> assertThat(x.reason()).contains("at least two"));
        assertThat(problems(new StoreSelection("no_framework", null, null, null, null, "2018", null, null, null)))
                .singleElement().satisfies(x -> assertThat(x.field()).isEqualTo("framework"));
        assertThat(problems(new StoreSelection(null, List.of(StoreSelection.IndicatorChoice.of("pm10_annual_mean")), null,
                List.of("1261011", "9999999"), null, "2022", null, null, null)))
                .singleElement().satisfies(x -> assertThat(x.field()).isEqualTo("units[1]"));
    }

    List<SelectionException.Problem> problems(StoreSelection s) {
        try {
            reader.read(s);
        } catch (SelectionException e) {
            return e.problems();
        }
        throw new AssertionError("the selection was accepted: " + s);
    }

    @Test
    void aBadRecipeIsRefusedWithItsLineAndColumn() {
        BuildRequest r = IndexDemo.definition();
        assertThatThrownBy(() -> service.run(new BuildRequest(null, null, r.selection(),
                "name: x\nsteps:\n  - step: normalise\n    method: maxmin\n", null, null, null, false)))
                .isInstanceOf(IndexInputException.class).hasMessageContaining("recipe:4:").hasMessageContaining("maxmin");
    }
}
