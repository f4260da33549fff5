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

    public double[] denominator(String name) {
        double[] d = denominators.get(name);
        if (d == null) {
            throw IndexInputException.of("no denominator column " + name + "; denominators are " + denominators.keySet());
        }
        return d.clone();
    }
}
