package pl.miasto4.indicator.io;

import pl.miasto4.indicator.Period;
import pl.miasto4.tabular.NumberParser;
import pl.miasto4.tabular.Row;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads data in wide format, the layout COINr users know: {@code iData} has one row per unit
 * ({@code uCode}, optional {@code uName}, optional {@code Time}) and one column per indicator,
 * denominator or group; {@code iMeta} describes each column and the index hierarchy
 * ({@code Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type}).
 * See COINr's documentation, "Building coins" (Becker, JRC), for the meaning of each column.
 */
public final class WideFileReader {

    /** One row of iMeta. */
    public record MetaRow(long line, int level, String code, String name, Integer direction, BigDecimal weight,
                          String unit, BigDecimal target, String denominator, String parent, String type) {
        public boolean isData() {
            return "Indicator".equalsIgnoreCase(type) || "Denominator".equalsIgnoreCase(type);
        }

        public boolean isGroup() {
            return "Group".equalsIgnoreCase(type);
        }
    }

    /** A unit's membership in a group column (e.g. GDP_group = "L"). */
    public record GroupValue(String unitCode, String group, String value) {
    }

    /** A unit named in the data but not in the store, with the name the file gives it. */
    public record NewUnit(String code, String name) {
    }

    private WideFileReader() {
    }

    /** Reads and checks iMeta; problems go to {@code result}. */
    public static List<MetaRow> readMeta(RowSource meta, String fileName, ReadResult result) {
        Map<String, Integer> col = columns(meta.header());
        for (String required : List.of("icode", "type")) {
            if (!col.containsKey(required)) {
                result.problem(1, null, null, fileName + ": the metadata has no '" + (required.equals("icode") ? "iCode" : "Type")
                        + "' column (COINr iMeta layout: Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type)");
            }
        }
        if (result.rejected()) {
            return List.of();
        }
        List<MetaRow> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try {
            Row r;
            while ((r = meta.next()) != null) {
                String code = get(r, col, "icode");
                String type = get(r, col, "type");
                if (code.isEmpty()) {
                    result.problem(r.line(), meta.columnLabel(col.get("icode")), code, fileName + ": empty iCode");
                    continue;
                }
                if (!code.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]*")) {
                    result.problem(r.line(), meta.columnLabel(col.get("icode")), code,
                            fileName + ": an iCode may contain only letters, digits, '_', '.' and '-'");
                }
                Long previous = seen.putIfAbsent(code, r.line());
                if (previous != null) {
                    result.problem(r.line(), meta.columnLabel(col.get("icode")), code, fileName + ": iCode already defined on line " + previous);
                }
                if (!List.of("indicator", "aggregate", "denominator", "group", "other").contains(type.toLowerCase(Locale.ROOT))) {
                    result.problem(r.line(), meta.columnLabel(col.get("type")), type,
                            fileName + ": Type must be Indicator, Aggregate, Denominator, Group or Other");
                }
                Integer level = integer(r, col, "level", meta, fileName, result);
                Integer direction = integer(r, col, "direction", meta, fileName, result);
                if (direction != null && direction != 1 && direction != -1) {
                    result.problem(r.line(), meta.columnLabel(col.get("direction")), direction.toString(), fileName + ": Direction must be 1 or -1");
                }
                boolean needsLevel = type.equalsIgnoreCase("Indicator") || type.equalsIgnoreCase("Aggregate");
                if (needsLevel && level == null) {
                    result.problem(r.line(), col.containsKey("level") ? meta.columnLabel(col.get("level")) : "Level", "",
                            fileName + ": an " + type + " needs a Level");
                }
                if (type.equalsIgnoreCase("Indicator") && direction == null) {
                    result.problem(r.line(), col.containsKey("direction") ? meta.columnLabel(col.get("direction")) : "Direction", "",
                            fileName + ": an Indicator needs a Direction (1 or -1)");
                }
                rows.add(new MetaRow(r.line(), level == null ? 0 : level, code, get(r, col, "iname"), direction,
                        number(r, col, "weight", meta, fileName, result), get(r, col, "unit"),
                        number(r, col, "target", meta, fileName, result), blankToNull(get(r, col, "denominator")),
                        blankToNull(get(r, col, "parent")), type));
            }
        } catch (TabularException e) {
            result.fileProblem(e.getMessage());
        }
        Map<String, MetaRow> byCode = new HashMap<>();
        rows.forEach(m -> byCode.put(m.code(), m));
        for (MetaRow m : rows) {
            if (m.parent() != null && !byCode.containsKey(m.parent())) {
                result.problem(m.line(), "Parent", m.parent(), fileName + ": the parent is not an iCode of the metadata");
            } else if (m.parent() != null && byCode.get(m.parent()).level() != m.level() + 1) {
                result.problem(m.line(), "Parent", m.parent(), fileName + ": the parent must be one level up (Level "
                        + (m.level() + 1) + "), it is at Level " + byCode.get(m.parent()).level());
            }
            if (m.denominator() != null && (!byCode.containsKey(m.denominator())
                    || !"Denominator".equalsIgnoreCase(byCode.get(m.denominator()).type()))) {
                result.problem(m.line(), "Denominator", m.denominator(), fileName + ": not an iCode of Type Denominator");
            }
        }
        if (rows.isEmpty() && !result.rejected()) {
            result.fileProblem(fileName + ": the metadata has no rows");
        }
        return rows;
    }

    /**
     * Reads iData. Values of Indicator and Denominator columns become observations; group columns
     * go to {@code groups}; units the catalogue does not know go to {@code newUnits} when
     * {@code createUnits}, or are refused.
     *
     * @param period the period of all rows when iData has no Time column (may be null)
     */
    public static ReadResult readData(RowSource data, String fileName, List<MetaRow> meta, Catalogue catalogue,
                                      Period period, boolean createUnits, String defaultSource,
                                      Consumer<ObservationRecord> sink, Consumer<GroupValue> groups,
                                      Consumer<NewUnit> newUnits) {
        ReadResult result = new ReadResult(fileName);
        result.description(data.description() + ", wide format (iData + iMeta)");
        Map<String, MetaRow> byCode = new LinkedHashMap<>();
        meta.forEach(m -> byCode.put(m.code(), m));
        List<String> header = data.header();
        int unitCol = -1, nameCol = -1, timeCol = -1;
        List<Integer> dataCols = new ArrayList<>();
        List<Integer> groupCols = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            switch (h.toLowerCase(Locale.ROOT)) {
                case "ucode" -> unitCol = i;
                case "uname" -> nameCol = i;
                case "time", "year", "rok", "period", "okres" -> timeCol = i;
                default -> {
                    MetaRow m = byCode.get(h);
                    if (m == null) {
                        result.problem(1, data.columnLabel(i), h, "the column is not described in the metadata (iMeta)");
                    } else if (m.isData()) {
                        dataCols.add(i);
                    } else if (m.isGroup()) {
                        groupCols.add(i);
                    }
                }
            }
        }
        if (unitCol < 0) {
            result.problem(1, null, null, "the data has no uCode column");
        }
        if (timeCol < 0 && period == null) {
            result.problem(1, null, null, "the data has no Time column: give the period of the values (e.g. --period 2023)");
        }
        if (result.rejected()) {
            return result;
        }
        Map<String, Long> seenUnits = new HashMap<>();
        try {
            Row r;
            while ((r = data.next()) != null) {
                result.countRow();
                long before = result.problemCount();
                String unitText = r.cell(unitCol).strip();
                Optional<String> unit = catalogue.resolveUnit(unitText);
                if (unitText.isEmpty()) {
                    result.problem(r.line(), data.columnLabel(unitCol), unitText, "the uCode is empty");
                    continue;
                }
                if (unit.isEmpty()) {
                    if (createUnits) {
                        newUnits.accept(new NewUnit(unitText, nameCol >= 0 ? r.cell(nameCol).strip() : unitText));
                        unit = Optional.of(unitText);
                    } else {
                        result.problem(r.line(), data.columnLabel(unitCol), unitText,
                                "unknown territorial unit (to add the units of this file, import with --create-units KIND)");
                        continue;
                    }
                }
                Period p = period;
                if (timeCol >= 0) {
                    Period.Result pr = Period.parse(r.cell(timeCol));
                    if (!pr.ok()) {
                        result.problem(r.line(), data.columnLabel(timeCol), r.cell(timeCol), "bad period: " + pr.error());
                        continue;
                    }
                    p = pr.period();
                }
                String key = unit.get() + "|" + p;
                Long dup = seenUnits.putIfAbsent(key, r.line());
                if (dup != null) {
                    result.problem(r.line(), data.columnLabel(unitCol), unitText, "duplicate key: unit " + unit.get()
                            + " for period " + p + " already appears on line " + dup);
                    continue;
                }
                List<ObservationRecord> rowRecords = new ArrayList<>();
                for (int c : dataCols) {
                    String text = r.cell(c);
                    NumberParser.Parsed v = NumberParser.parse(text, data.decimalMark());
                    if (v.noData()) {
                        result.countNoData();
                        continue;
                    }
                    if (!v.ok()) {
                        result.problem(r.line(), data.columnLabel(c), text, v.error(), v.errorKey(), v.errorArgs());
                        continue;
                    }
                    MetaRow m = byCode.get(header.get(c));
                    Optional<Catalogue.IndicatorRule> rule = catalogue.indicator(m.code());
                    if (rule.isPresent() && rule.get().min() != null && v.value().compareTo(rule.get().min()) < 0) {
                        result.problem(r.line(), data.columnLabel(c), text, "value out of range: below the minimum " + rule.get().min().toPlainString());
                        continue;
                    }
                    if (rule.isPresent() && rule.get().max() != null && v.value().compareTo(rule.get().max()) > 0) {
                        result.problem(r.line(), data.columnLabel(c), text, "value out of range: above the maximum " + rule.get().max().toPlainString());
                        continue;
                    }
                    rowRecords.add(new ObservationRecord(r.line(), unit.get(), m.code(), p, v.value(), ObservationFlags.NONE, defaultSource));
                }
                if (result.problemCount() == before) {
                    for (ObservationRecord rec : rowRecords) {
                        result.countRecord();
                        sink.accept(rec);
                    }
                    for (int c : groupCols) {
                        String g = r.cell(c).strip();
                        if (!g.isEmpty() && !NumberParser.isNoData(g)) {
                            groups.accept(new GroupValue(unit.get(), header.get(c), g));
                        }
                    }
                }
            }
        } catch (TabularException e) {
            result.fileProblem(e.getMessage());
        }
        if (result.rowsRead() == 0 && !result.rejected()) {
            result.fileProblem("the data has a header but no rows");
        }
        return result;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return m;
    }

    private static String get(Row r, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null) {
            return "";
        }
        String v = r.cell(i).strip();
        return v.equalsIgnoreCase("NA") ? "" : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Integer integer(Row r, Map<String, Integer> col, String name, RowSource src, String file, ReadResult result) {
        BigDecimal d = number(r, col, name, src, file, result);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            result.problem(r.line(), src.columnLabel(col.get(name)), d.toPlainString(), file + ": must be a whole number");
            return null;
        }
    }

    private static BigDecimal number(Row r, Map<String, Integer> col, String name, RowSource src, String file, ReadResult result) {
        String text = get(r, col, name);
        if (text.isEmpty()) {
            return null;
        }
        NumberParser.Parsed p = NumberParser.parse(text, src.decimalMark());
        if (!p.ok()) {
            if (!p.noData()) {
                result.problem(r.line(), src.columnLabel(col.get(name)), text, file + ": " + p.error());
            }
            return null;
        }
        return p.value();
    }
}
