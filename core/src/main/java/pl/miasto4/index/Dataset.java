package pl.miasto4.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One named, immutable table of units × columns (indicator or aggregate codes), like a data
 * set in a COINr coin ({@code Raw}, {@code Denominated}, {@code Imputed}, …). Missing values are
 * NaN. Stored column by column as primitive arrays; {@link #column(int)} returns a copy.
 */
public final class Dataset {
    private final String name;
    private final List<String> units;
    private final List<String> codes;
    private final double[][] columns;
    private final Map<String, Integer> index = new HashMap<>();

    /** Takes ownership of {@code columns}: the caller must not change them afterwards. */
    public Dataset(String name, List<String> units, List<String> codes, double[][] columns) {
        if (codes.size() != columns.length) {
            throw new IllegalArgumentException("codes and columns differ in number");
        }
        for (double[] c : columns) {
            if (c.length != units.size()) {
                throw new IllegalArgumentException("a column's length differs from the number of units");
            }
        }
        this.name = name;
        this.units = List.copyOf(units);
        this.codes = List.copyOf(codes);
        this.columns = columns;
        for (int j = 0; j < codes.size(); j++) {
            index.put(codes.get(j), j);
        }
    }

    public String name() {
        return name;
    }

    public List<String> units() {
        return units;
    }

    public List<String> codes() {
        return codes;
    }

    public int unitCount() {
        return units.size();
    }

    public int columnCount() {
        return codes.size();
    }

    public boolean has(String code) {
        return index.containsKey(code);
    }

    public int indexOf(String code) {
        Integer j = index.get(code);
        if (j == null) {
            throw IndexInputException.of("no column " + code + " in data set " + name);
        }
        return j;
    }

    public double value(int unit, int column) {
        return columns[column][unit];
    }

    public double value(String unit, String code) {
        return columns[indexOf(code)][units.indexOf(unit)];
    }

    public double[] column(int j) {
        return columns[j].clone();
    }

    public double[] column(String code) {
        return column(indexOf(code));
    }

    /** Copies of the given columns, in the given order. */
    public double[][] columns(List<String> selected) {
        double[][] out = new double[selected.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = column(selected.get(k));
        }
        return out;
    }

    public Dataset renamed(String newName) {
        return new Dataset(newName, units, codes, columns);
    }

    /** This data set with further columns appended (used by aggregation). */
    public Dataset withColumns(String newName, List<String> moreCodes, double[][] moreColumns) {
        List<String> c = new java.util.ArrayList<>(codes);
        c.addAll(moreCodes);
        double[][] all = Arrays.copyOf(columns, columns.length + moreColumns.length);
        System.arraycopy(moreColumns, 0, all, columns.length, moreColumns.length);
        return new Dataset(newName, units, c, all);
    }
}
