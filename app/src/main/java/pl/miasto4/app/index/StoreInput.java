package pl.miasto4.app.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Units;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The input of a build as read from the store (or back from a saved build): the framework, the
 * units, their groups and every value with the period it came from. {@link #coin()} turns it into
 * the engine's coin exactly as {@code CoinrCsv} does with iData/iMeta files, so a build from the
 * store and a build from the same values in CSV are the same build.
 *
 * @param groups unit code → group column → value
 */
public record StoreInput(Framework framework, List<Unit> units, Map<String, Map<String, String>> groups,
                         List<Value> values, OffsetDateTime asOf) {

    /** A unit of the build, with the name it is shown by. */
    public record Unit(String code, String name) {
    }

    /** One input value: an indicator or denominator of a unit, the period it is for and its flags (p, e, b). */
    public record Value(String unit, String code, String period, double value, String flags) {
    }

    public StoreInput {
        units = List.copyOf(units);
        values = List.copyOf(values);
        groups = Map.copyOf(groups);
    }

    public List<String> unitCodes() {
        return units.stream().map(Unit::code).toList();
    }

    /** The coin: Raw holds the framework's indicators, units carry their group values and denominators. */
    public Coin coin() {
        int n = units.size();
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < n; i++) {
            row.put(units.get(i).code(), i);
        }
        Map<String, double[]> byCode = new HashMap<>();
        for (Value v : values) {
            byCode.computeIfAbsent(v.code(), k -> nan(n))[row.get(v.unit())] = v.value();
        }
        List<String> indicators = framework.indicatorCodes();
        double[][] raw = new double[indicators.size()][];
        for (int j = 0; j < raw.length; j++) {
            raw[j] = byCode.getOrDefault(indicators.get(j), nan(n)).clone();
        }
        Map<String, double[]> denominators = new LinkedHashMap<>();
        for (String d : framework.denominators()) {
            denominators.put(d, byCode.getOrDefault(d, nan(n)).clone());
        }
        Map<String, List<String>> groupColumns = new LinkedHashMap<>();
        for (String g : framework.groups()) {
            List<String> col = new ArrayList<>(n);
            for (Unit u : units) {
                col.add(groups.getOrDefault(u.code(), Map.of()).get(g));
            }
            groupColumns.put(g, java.util.Collections.unmodifiableList(col));
        }
        List<String> codes = unitCodes();
        Units u = new Units(codes, units.stream().map(Unit::name).toList(), groupColumns, denominators);
        return Coin.of(framework, u, new Dataset(Coin.RAW, codes, indicators, raw));
    }

    private static double[] nan(int n) {
        double[] d = new double[n];
        Arrays.fill(d, Double.NaN);
        return d;
    }

    /** How much of the selection the store could fill: per indicator (and denominator) and per unit. */
    public Coverage coverage() {
        List<String> codes = new ArrayList<>(framework.indicatorCodes());
        codes.addAll(framework.denominators());
        Map<String, List<Value>> byCode = new LinkedHashMap<>();
        codes.forEach(c -> byCode.put(c, new ArrayList<>()));
        Map<String, Integer> perUnit = new LinkedHashMap<>();
        units.forEach(u -> perUnit.put(u.code(), 0));
        java.util.Set<String> indicatorSet = new java.util.HashSet<>(framework.indicatorCodes());
        for (Value v : values) {
            byCode.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v);
            if (indicatorSet.contains(v.code())) {
                perUnit.merge(v.unit(), 1, Integer::sum);
            }
        }
        List<Coverage.CoverageColumn> columns = new ArrayList<>();
        for (String c : codes) {
            List<Value> vs = byCode.get(c);
            TreeSet<String> periods = new TreeSet<>();
            int flagged = 0;
            for (Value v : vs) {
                periods.add(v.period());
                if (!v.flags().isEmpty()) {
                    flagged++;
                }
            }
            columns.add(new Coverage.CoverageColumn(c, indicatorSet.contains(c) ? "indicator" : "denominator", vs.size(),
                    units.size() - vs.size(), periods.isEmpty() ? null : periods.first(),
                    periods.isEmpty() ? null : periods.last(), List.copyOf(periods), flagged));
        }
        List<Coverage.CoverageUnit> unitRows = new ArrayList<>();
        int k = framework.indicatorCodes().size();
        for (Unit u : units) {
            int present = perUnit.get(u.code());
            unitRows.add(new Coverage.CoverageUnit(u.code(), u.name(), present, k - present));
        }
        long present = values.stream().filter(v -> indicatorSet.contains(v.code())).count();
        return new Coverage(units.size(), k, present, (long) units.size() * k - present, columns, unitRows);
    }

    /**
     * What the store could fill.
     *
     * @param present cells (unit × indicator) with a value; {@code missing} the others
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coverage(int units, int indicators, long present, long missing, List<CoverageColumn> columns,
                           List<CoverageUnit> unitRows) {
        /** One indicator or denominator: units with a value, without, the periods the values come from. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record CoverageColumn(String code, String role, int present, int missing, String firstPeriod, String lastPeriod,
                             List<String> periods, int flagged) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record CoverageUnit(String unit, String name, int present, int missing) {
        }

        public double share() {
            return units == 0 || indicators == 0 ? 0 : (double) present / ((long) units * indicators);
        }
    }
}
