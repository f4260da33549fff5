package pl.miasto4.app.connect.pb;

import org.junit.jupiter.api.Test;
import pl.miasto4.app.connect.load.IndicatorValue;
import pl.miasto4.app.connect.load.Note;
import pl.miasto4.app.pb.PbEditionFigures.PoolFigures;
import pl.miasto4.app.unit.TerritorialUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The formulas on hand-countable figures: which unit gets what, and nothing where a figure is unknown. */
class PbIndicatorsTest {
    static final TerritorialUnit KRAKOW = new TerritorialUnit("1261011", "Kraków", "Kraków", "city_county", "12", List.of(),
            null, null, null, null);
    static final TerritorialUnit NOWA_HUTA = new TerritorialUnit("1261011-18", "Dzielnica XVIII Nowa Huta", null, "district",
            "1261011", List.of(), null, null, null, null);

    static Map<String, BigDecimal> derive(List<PoolFigures> pools, List<Note> notes) {
        List<IndicatorValue> values = PbIndicators.derive(pools,
                name -> name.equals("Kraków") ? Optional.of(KRAKOW) : Optional.empty(),
                (city, district) -> "Nowa Huta".equals(district) ? Optional.of(NOWA_HUTA) : Optional.empty(),
                (unit, year) -> unit.equals("1261011") && year == 2020 ? Optional.of(new BigDecimal("779115")) : Optional.empty(),
                notes);
        return values.stream().collect(Collectors.toMap(v -> v.unit() + " " + v.indicator() + " " + v.period(), IndicatorValue::value));
    }

    @Test
    void anImportedEditionGivesBallotsMoneyAndFundedShareButNoTurnout() {
        List<Note> notes = new ArrayList<>();
        Map<String, BigDecimal> v = derive(List.of(
                new PoolFigures("krakow-2020", "imported", "Kraków", 2020, "citywide", "citywide", null, new BigDecimal("6400000"),
                        42_280, true, 9, 21_140, null, null, "pabulib"),
                new PoolFigures("krakow-2020", "imported", "Kraków", 2020, "nowa-huta", "district", "Nowa Huta",
                        new BigDecimal("2112600"), 4_133, true, 12, 4_000, null, null, "pabulib"),
                new PoolFigures("krakow-2020", "imported", "Kraków", 2020, "zaspa", "district", "Zaspa", BigDecimal.ONE,
                        10, true, 1, 5, null, null, "pabulib")), notes);
        assertThat(v).containsEntry("1261011 pb_ballots_cast 2020", new BigDecimal("42280"))
                .containsEntry("1261011 pb_voters_with_funded_project_pct 2020", new BigDecimal("50.00"))
                .containsEntry("1261011 pb_budget_per_capita_pln 2020", new BigDecimal("8.21")) // 6,400,000 / 779,115
                .containsEntry("1261011 pb_ballots_per_1000_residents 2020", new BigDecimal("54.27")) // 42,280,000 / 779,115
                .containsEntry("1261011-18 pb_ballots_cast 2020", new BigDecimal("4133"))
                .containsEntry("1261011-18 pb_projects_selected 2020", new BigDecimal("12"))
                .doesNotContainKey("1261011 pb_turnout_pct 2020")
                .doesNotContainKey("1261011-18 pb_budget_per_capita_pln 2020");
        assertThat(notes).extracting(Note::key).contains("connect.pb.unknown_district", "connect.pb.no_register",
                "connect.pb.no_population");
    }

    @Test
    void anEditionRunHereHasItsTurnoutAgainstTheRegisterForTheCity() {
        Map<String, BigDecimal> v = derive(List.of(
                new PoolFigures("bo-2020", "live", "Kraków", 2020, "nowa-huta", "district", "Nowa Huta", new BigDecimal("100"),
                        12, true, 2, 9, 30, 12L, null)), new ArrayList<>());
        assertThat(v).containsEntry("1261011 pb_turnout_pct 2020", new BigDecimal("40.00"))
                .containsEntry("1261011-18 pb_ballots_cast 2020", new BigDecimal("12"))
                .containsEntry("1261011-18 pb_voters_with_funded_project_pct 2020", new BigDecimal("75.00"));
    }
}
