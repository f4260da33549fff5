package pl.miasto4.index;

import java.util.List;
import java.util.Map;

/**
 * The units being compared (cities, countries, gminas) with what describes them but is not
 * scored: names, group columns (e.g. GDP_group) and denominators (e.g. Population).
 */
public record Units(List<String> codes, List<String> names, Map<String, List<String>> groups,
                    Map<String, double[]> denominators) {
    public Units {
        codes = List.copyOf(codes);
        names = List.copyOf(names);
        groups = Map.copyOf(groups);
        denominators = Map.copyOf(denominators);
    }

    public int size() {
        return codes.size();
    }

    /** A group column (null values mean the unit belongs to no group). */
    public List<String> group(String name) {
        List<String> g = groups.get(name);
        if (g == null) {
            throw IndexInputException.of("no group column " + name + "; groups are " + groups.keySet());
        }
        return g;
    }

    /**
     * A group column for the given units, in their order (a data set may hold fewer units than the
     * coin, e.g. after screening, so positions must not be assumed to match).
     */
    public List<String> group(String name, List<String> units) {
        List<String> g = group(name);
        java.util.List<String> out = new java.util.ArrayList<>(units.size());
        for (String u : units) {
            out.add(g.get(position(u)));
        }
        return out;
    }

    /** A denominator column for the given units, in their order. */
    public double[] denominator(String name, List<String> units) {
        double[] d = denominator(name);
        double[] out = new double[units.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = d[position(units.get(i))];
        }
        return out;
    }

    private int position(String unit) {
        int i = codes.indexOf(unit);
        if (i < 0) {
            throw IndexInputException.of("unit " + unit + " is not among the coin's units");
        }
        return i;
    }

    public double[] denominator(String name) {
        double[] d = denominators.get(name);
        if (d == null) {
            throw IndexInputException.of("no denominator column " + name + "; denominators are " + denominators.keySet());
        }
        return d.clone();
    }
}
