package pl.miasto4.index.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Node;
import pl.miasto4.index.Units;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads COINr's wide input layout as it is: {@code iData} (one row per unit: uCode, uName,
 * group columns, denominators, indicators; "NA" or empty = missing) and {@code iMeta} (one row
 * per indicator, aggregate, group or denominator: Level, iCode, iName, Direction, Weight, Unit,
 * Target, Denominator, Parent, Type). Writes data sets as CSV like COINr's {@code get_dset}.
 */
public final class CoinrCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();

    private CoinrCsv() {
    }

    public static Coin read(Path iData, Path iMeta) {
        Framework framework = readMeta(iMeta);
        List<List<String>> rows = rows(iData);
        return fromRows(framework, rows, iData.toString());
    }

    public static Framework readMeta(Path iMeta) {
        List<List<String>> rows = rows(iMeta);
        String file = iMeta.toString();
        List<String> header = rows.get(0);
        Map<String, Integer> col = new HashMap<>();
        for (int j = 0; j < header.size(); j++) {
            col.put(header.get(j), j);
        }
        for (String required : List.of("iCode", "Level", "Type", "Parent", "Weight", "Direction")) {
            if (!col.containsKey(required)) {
                throw new IndexInputException(file, 1, 1, "iMeta has no column '" + required + "'");
            }
        }
        List<Node> nodes = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> denoms = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int line = i + 1;
            String code = cell(r, col, "iCode");
            String type = cell(r, col, "Type");
            if (code == null) {
                throw new IndexInputException(file, line, col.get("iCode") + 1, "iCode is empty");
            }
            switch (type == null ? "" : type) {
                case "Indicator", "Aggregate" -> {
                    int level = (int) number(r, col, "Level", file, line, true);
                    double w = number(r, col, "Weight", file, line, true);
                    double dir = type.equals("Indicator") ? number(r, col, "Direction", file, line, true) : 1;
                    if (dir != 1 && dir != -1) {
                        throw new IndexInputException(file, line, col.get("Direction") + 1, "Direction must be 1 or -1");
                    }
                    if (type.equals("Indicator") != (level == 1)) {
                        throw new IndexInputException(file, line, col.get("Level") + 1,
                                "an Indicator has Level 1 and an Aggregate a Level above 1");
                    }
                    double target = col.containsKey("Target") ? number(r, col, "Target", file, line, false) : Double.NaN;
                    nodes.add(new Node(code, orElse(cell(r, col, "iName"), code), level, (int) dir, w,
                            cell(r, col, "Parent"), cell(r, col, "Denominator"), target, cell(r, col, "Unit")));
                }
                case "Group" -> groups.add(code);
                case "Denominator" -> denoms.add(code);
                case "Other" -> { }
                default -> throw new IndexInputException(file, line, col.get("Type") + 1,
                        "Type must be Indicator, Aggregate, Group, Denominator or Other, not '" + type + "'");
            }
        }
        try {
            return new Framework(nodes, groups, denoms);
        } catch (IndexInputException e) {
            throw new IndexInputException(file, 0, 0, e.reason());
        }
    }

    /** Builds a coin from iData rows (first row = header) and a framework. */
    public static Coin fromRows(Framework framework, List<List<String>> rows, String file) {
        List<String> header = rows.get(0);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int j = 0; j < header.size(); j++) {
            if (col.put(header.get(j), j) != null) {
                throw new IndexInputException(file, 1, j + 1, "column '" + header.get(j) + "' appears twice");
            }
        }
        if (!col.containsKey("uCode")) {
            throw new IndexInputException(file, 1, 1, "iData has no uCode column");
        }
        for (String c : framework.indicatorCodes()) {
            if (!col.containsKey(c)) {
                throw new IndexInputException(file, 1, 1, "indicator " + c + " of iMeta is not a column of iData");
            }
        }
        for (int j = 0; j < header.size(); j++) {
            String h = header.get(j);
            Node n = framework.node(h);
            if (n != null && !n.isIndicator()) {
                throw new IndexInputException(file, 1, j + 1, "aggregate " + h + " must not be a column of iData");
            }
        }
        int n = rows.size() - 1;
        List<String> codes = new ArrayList<>(n);
        List<String> names = new ArrayList<>(n);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i <= n; i++) {
            String u = cell(rows.get(i), col, "uCode");
            if (u == null) {
                throw new IndexInputException(file, i + 1, col.get("uCode") + 1, "uCode is empty");
            }
            if (!seen.add(u)) {
                throw new IndexInputException(file, i + 1, col.get("uCode") + 1, "uCode " + u + " appears twice");
            }
            codes.add(u);
            names.add(orElse(cell(rows.get(i), col, "uName"), u));
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String g : framework.groups()) {
            if (col.containsKey(g)) {
                List<String> v = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    v.add(cell(rows.get(i), col, g));
                }
                groups.put(g, v);
            }
        }
        Map<String, double[]> denoms = new LinkedHashMap<>();
        for (String d : framework.denominators()) {
            if (col.containsKey(d)) {
                denoms.put(d, numericColumn(rows, col, d, file));
            }
        }
        List<String> ind = framework.indicatorCodes();
        double[][] values = new double[ind.size()][];
        for (int j = 0; j < ind.size(); j++) {
            values[j] = numericColumn(rows, col, ind.get(j), file);
        }
        Units units = new Units(codes, names, groups, denoms);
        return Coin.of(framework, units, new Dataset(Coin.RAW, codes, ind, values));
    }

    private static double[] numericColumn(List<List<String>> rows, Map<String, Integer> col, String code, String file) {
        double[] v = new double[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            v[i - 1] = number(rows.get(i), col, code, file, i + 1, false);
        }
        return v;
    }

    public static List<List<String>> rows(Path file) {
        try (Reader r = Files.newBufferedReader(file); CSVParser p = CSVParser.parse(r, FORMAT)) {
            List<List<String>> out = new ArrayList<>();
            for (CSVRecord rec : p) {
                out.add(rec.toList());
            }
            if (out.isEmpty()) {
                throw new IndexInputException(file.toString(), 1, 1, "the file is empty");
            }
            int width = out.get(0).size();
            for (int i = 1; i < out.size(); i++) {
                if (out.get(i).size() != width) {
                    throw new IndexInputException(file.toString(), i + 1, Math.min(width, out.get(i).size()) + 1,
                            "row has " + out.get(i).size() + " fields, the header " + width);
                }
            }
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IndexInputException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static String cell(List<String> row, Map<String, Integer> col, String name) {
        Integer j = col.get(name);
        if (j == null) {
            return null;
        }
        String v = row.get(j).trim();
        return v.isEmpty() || v.equals("NA") ? null : v;
    }

    private static double number(List<String> row, Map<String, Integer> col, String name, String file, int line,
                                 boolean required) {
        String v = cell(row, col, name);
        if (v == null) {
            if (required) {
                throw new IndexInputException(file, line, col.get(name) + 1, name + " is empty");
            }
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isInfinite(d) || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IndexInputException(file, line, col.get(name) + 1, name + ": '" + v + "' is not a number");
        }
    }

    private static String orElse(String v, String dflt) {
        return v == null ? dflt : v;
    }

    /** Writes a data set: first column uCode, then one column per code; missing values as NA. */
    public static void write(Dataset d, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file); CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                .setRecordSeparator('\n').get())) {
            List<String> head = new ArrayList<>();
            head.add("uCode");
            head.addAll(d.codes());
            p.printRecord(pl.miasto4.tabular.SafeCells.row(head));
            for (int i = 0; i < d.unitCount(); i++) {
                List<String> r = new ArrayList<>(d.columnCount() + 1);
                r.add(d.units().get(i));
                for (int j = 0; j < d.columnCount(); j++) {
                    r.add(format(d.value(i, j)));
                }
                p.printRecord(pl.miasto4.tabular.SafeCells.row(r));
            }
        }
    }

    /** Writes any small table. */
    public static void writeTable(List<String> header, List<List<String>> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file); CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                .setRecordSeparator('\n').get())) {
            p.printRecord(pl.miasto4.tabular.SafeCells.row(header));
            for (List<String> r : rows) {
                p.printRecord(pl.miasto4.tabular.SafeCells.row(r));
            }
        }
    }

    public static String format(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
