package pl.miasto4.app.connect.pb;

import pl.miasto4.app.connect.load.IndicatorValue;
import pl.miasto4.app.connect.load.Note;
import pl.miasto4.app.pb.PbEditionFigures.PoolFigures;
import pl.miasto4.app.unit.TerritorialUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The formulas, apart from the plumbing: the pools of counted editions, grouped by the unit they
 * belong to (a citywide pool to the city, a district pool to the district) and the edition's year,
 * become the catalogue's participatory-budget indicators. Nothing is estimated: turnout needs a
 * voter register (editions run here), money per resident needs the unit's population in the store,
 * funded projects need the official result.
 */
final class PbIndicators {
    static final String BALLOTS = "pb_ballots_cast";
    static final String BALLOTS_PER_1000 = "pb_ballots_per_1000_residents";
    static final String TURNOUT = "pb_turnout_pct";
    static final String BUDGET_PER_CAPITA = "pb_budget_per_capita_pln";
    static final String PROJECTS = "pb_projects_selected";
    static final String WITH_FUNDED = "pb_voters_with_funded_project_pct";

    private PbIndicators() {
    }

    /** The figures of one unit in one year, summed over its pools of one edition. */
    record UnitYear(String unit, int year, String edition, BigDecimal budget, long ballots, boolean official, long funded,
                    long withFunded, Integer registerVoters, Long votersVoted, String source) {
        UnitYear plus(PoolFigures p) {
            return new UnitYear(unit, year, edition, budget.add(p.budget()), ballots + p.ballots(), official && p.officialResult(),
                    funded + p.funded(), withFunded + p.ballotsWithFunded(), registerVoters, votersVoted, source);
        }
    }

    /**
     * @param city       the store's city with county rights for an edition's city name
     * @param district   the store's district of that city for a pool's district name
     * @param population the unit's population_total in a year, if the store has it
     */
    static List<IndicatorValue> derive(List<PoolFigures> pools, Function<String, Optional<TerritorialUnit>> city,
                                       BiFunction<TerritorialUnit, String, Optional<TerritorialUnit>> district,
                                       BiFunction<String, Integer, Optional<BigDecimal>> population, List<Note> notes) {
        Map<String, UnitYear> byUnit = new LinkedHashMap<>();
        for (PoolFigures p : pools) {
            if (p.year() == null) {
                notes.add(Note.of("connect.pb.no_year", p.editionSlug()));
                continue;
            }
            Optional<TerritorialUnit> c = city.apply(p.city());
            if (c.isEmpty()) {
                notes.add(Note.of("connect.pb.unknown_city", p.editionSlug(), p.poolCode(), p.city()));
                continue;
            }
            Optional<TerritorialUnit> unit = p.poolKind().equals("citywide") ? c : district.apply(c.get(), p.district());
            if (unit.isEmpty()) {
                notes.add(Note.of("connect.pb.unknown_district", p.editionSlug(), p.poolCode(), p.district()));
                continue;
            }
            String key = unit.get().code() + "|" + p.year() + "|" + p.editionSlug();
            byUnit.merge(key, new UnitYear(unit.get().code(), p.year(), p.editionSlug(), p.budget(), p.ballots(),
                    p.officialResult(), p.funded(), p.ballotsWithFunded(), p.registerVoters(), p.votersVoted(),
                    p.source() == null ? "pb edition " + p.editionSlug() : p.source()), (a, b) -> a.plus(p));
        }
        List<IndicatorValue> out = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (UnitYear u : byUnit.values()) {
            String period = Integer.toString(u.year());
            String clash = seen.putIfAbsent(u.unit() + "|" + period, u.edition());
            if (clash != null) {
                notes.add(Note.of("connect.pb.two_editions", u.unit(), period, clash, u.edition()));
                continue;
            }
            String source = "Miasto 4.0 from participatory-budget edition " + u.edition() + " (" + u.source() + ")";
            out.add(new IndicatorValue(u.unit(), BALLOTS, period, BigDecimal.valueOf(u.ballots()), source));
            if (u.official()) {
                out.add(new IndicatorValue(u.unit(), PROJECTS, period, BigDecimal.valueOf(u.funded()), source));
                if (u.ballots() > 0) {
                    out.add(new IndicatorValue(u.unit(), WITH_FUNDED, period, percent(u.withFunded(), u.ballots()), source));
                }
            } else {
                notes.add(Note.of("connect.pb.no_result", u.edition(), u.unit()));
            }
            Optional<BigDecimal> pop = population.apply(u.unit(), u.year());
            if (pop.isPresent() && pop.get().signum() > 0) {
                String withPop = source + "; population_total " + period + " from the store";
                out.add(new IndicatorValue(u.unit(), BUDGET_PER_CAPITA, period,
                        u.budget().divide(pop.get(), 2, RoundingMode.HALF_EVEN), withPop));
                out.add(new IndicatorValue(u.unit(), BALLOTS_PER_1000, period,
                        BigDecimal.valueOf(u.ballots()).multiply(BigDecimal.valueOf(1000)).divide(pop.get(), 2, RoundingMode.HALF_EVEN),
                        withPop));
            } else {
                notes.add(Note.of("connect.pb.no_population", u.edition(), u.unit(), period));
            }
        }
        // turnout is the edition's: the people on its register who voted (in any pool), for the city
        Map<String, PoolFigures> editions = new LinkedHashMap<>();
        pools.forEach(p -> editions.putIfAbsent(p.editionSlug(), p));
        for (PoolFigures e : editions.values()) {
            Optional<TerritorialUnit> c = city.apply(e.city());
            if (e.year() == null || c.isEmpty()) {
                continue;
            }
            if (e.registerVoters() != null && e.registerVoters() > 0 && e.votersVoted() != null) {
                String period = Integer.toString(e.year());
                if (!e.editionSlug().equals(seen.getOrDefault(c.get().code() + "|" + period, e.editionSlug()))) {
                    continue; // another edition of the same year holds this city's values (noted above)
                }
                out.add(new IndicatorValue(c.get().code(), TURNOUT, period, percent(e.votersVoted(), e.registerVoters()),
                        "Miasto 4.0 from participatory-budget edition " + e.editionSlug() + ": voters who voted / the "
                                + e.registerVoters() + " on its voter register"));
            } else {
                notes.add(Note.of("connect.pb.no_register", e.editionSlug()));
            }
        }
        return out;
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }
}
