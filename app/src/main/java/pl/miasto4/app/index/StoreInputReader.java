package pl.miasto4.app.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.miasto4.app.indicator.Indicator;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.indicator.Dimension;
import pl.miasto4.indicator.Period;
import pl.miasto4.index.Framework;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Node;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link StoreSelection} out of the store: the framework (imported, or made from catalogue
 * indicators), the units, their groups and the values under the period rule, all as the store was
 * at one moment ({@code asOf}), so the same selection read again later gives the same input.
 */
@Repository
public class StoreInputReader {
    /** Code of the top aggregate of an index made from catalogue indicators (COINr's usual name). */
    public static final String TOP = "Index";
    /** Code of the dimension node for catalogue indicators with no dimension. */
    public static final String UNCLASSIFIED = "unclassified";
    /** Group column of catalogue selections: the voivodeship a unit lies in (for group imputation). */
    public static final String VOIVODESHIP = "voivodeship";

    private final JdbcClient jdbc;
    private final IndicatorRepository indicators;

    public StoreInputReader(JdbcClient jdbc, IndicatorRepository indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    public StoreInput read(StoreSelection s) {
        List<SelectionException.Problem> problems = new ArrayList<>(s.problems());
        if (!problems.isEmpty()) {
            throw new SelectionException(problems);
        }
        OffsetDateTime asOf = asOf(s);
        Framework framework = s.fromFramework() ? storedFramework(s.framework()) : catalogueFramework(s, problems);
        if (!problems.isEmpty()) {
            throw new SelectionException(problems);
        }
        List<String> codes = new ArrayList<>(framework.indicatorCodes());
        codes.addAll(framework.denominators());
        List<StoreInput.Unit> units = units(s, codes, asOf, problems);
        if (!problems.isEmpty()) {
            throw new SelectionException(problems);
        }
        List<String> unitCodes = units.stream().map(StoreInput.Unit::code).toList();
        Map<String, Map<String, String>> groups = s.fromFramework() ? frameworkGroups(s.framework(), unitCodes)
                : voivodeships(unitCodes);
        List<StoreInput.Value> values = values(s, unitCodes, codes, asOf);
        if (values.stream().noneMatch(v -> framework.indicatorCodes().contains(v.code()))) {
            throw SelectionException.of("period", s.period(), "the store has no value of these indicators for these "
                    + units.size() + " units under the period rule (" + s.modeOrDefault() + "); choose other units or another period");
        }
        return new StoreInput(framework, units, groups, values, asOf);
    }

    /** The moment the store is read at: the selection's, or now (the database's clock). */
    private OffsetDateTime asOf(StoreSelection s) {
        return s.asOf() != null ? s.asOf()
                : jdbc.sql("SELECT now()").query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
    }

    /** An imported framework (COINr iMeta rows) as the engine's framework. */
    Framework storedFramework(String code) {
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT code, name, level, parent_code, weight, direction, type, unit, target, denominator
                FROM index_framework_node WHERE framework_code = ? ORDER BY position""").param(code).query().listOfRows();
        if (rows.isEmpty()) {
            List<String> known = jdbc.sql("SELECT code FROM index_framework ORDER BY code").query(String.class).list();
            throw SelectionException.of("framework", code, "no such framework; frameworks in the store: "
                    + (known.isEmpty() ? "none (import one in COINr iData/iMeta layout)" : String.join(", ", known)));
        }
        List<Node> nodes = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> denominators = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String type = (String) r.get("type");
            String c = (String) r.get("code");
            switch (type.toLowerCase(java.util.Locale.ROOT)) {
                case "indicator", "aggregate" -> {
                    boolean indicator = type.equalsIgnoreCase("indicator");
                    Number dir = (Number) r.get("direction");
                    nodes.add(new Node(c, orElse((String) r.get("name"), c), ((Number) r.get("level")).intValue(),
                            indicator && dir != null ? dir.intValue() : 1,
                            r.get("weight") == null ? 1 : ((BigDecimal) r.get("weight")).doubleValue(),
                            blankToNull((String) r.get("parent_code")), blankToNull((String) r.get("denominator")),
                            r.get("target") == null ? Double.NaN : ((BigDecimal) r.get("target")).doubleValue(),
                            blankToNull((String) r.get("unit"))));
                }
                case "group" -> groups.add(c);
                case "denominator" -> denominators.add(c);
                default -> { }
            }
        }
        try {
            return new Framework(nodes, groups, denominators);
        } catch (IndexInputException e) {
            throw SelectionException.of("framework", code, "the stored framework is not a valid hierarchy: " + e.reason());
        }
    }

    /** Catalogue indicators → (dimensions →) Index, with directions from polarity and equal weights unless given. */
    Framework catalogueFramework(StoreSelection s, List<SelectionException.Problem> problems) {
        Map<String, Indicator> catalogue = new HashMap<>();
        for (Indicator i : indicators.findAll()) {
            catalogue.put(i.code(), i);
        }
        boolean byDimension = "dimensions".equals(s.groupingOrDefault());
        List<Node> leaves = new ArrayList<>();
        Set<String> denominators = new LinkedHashSet<>();
        Set<String> parents = new LinkedHashSet<>();
        for (int k = 0; k < s.indicators().size(); k++) {
            StoreSelection.IndicatorChoice c = s.indicators().get(k);
            String field = "indicators[" + k + "]";
            Indicator i = catalogue.get(c.code());
            if (i == null) {
                problems.add(new SelectionException.Problem(field + ".code", c.code(), "not in the indicator catalogue"));
                continue;
            }
            int direction = c.direction() != null ? c.direction() : i.polarityEnum().direction();
            if (direction == 0) {
                problems.add(new SelectionException.Problem(field + ".direction", null, "'" + i.code()
                        + "' is neutral in the catalogue (more is neither better nor worse): give its direction, 1 or -1, or leave it out"));
                continue;
            }
            if (c.denominator() != null) {
                if (!catalogue.containsKey(c.denominator())) {
                    problems.add(new SelectionException.Problem(field + ".denominator", c.denominator(), "not in the indicator catalogue"));
                    continue;
                }
                denominators.add(c.denominator());
            }
            String parent = !byDimension ? TOP : i.dimension() == null ? UNCLASSIFIED : i.dimension();
            parents.add(parent);
            leaves.add(new Node(i.code(), i.namePl(), 1, direction, c.weight() == null ? 1 : c.weight(),
                    parent, c.denominator(), Double.NaN, i.unit()));
        }
        for (String d : denominators) {
            if (leaves.stream().anyMatch(n -> n.code().equals(d))) {
                problems.add(new SelectionException.Problem("indicators", d, "is both an indicator and a denominator of the index"));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<Node> nodes = new ArrayList<>(leaves);
        if (byDimension) {
            // dimensions in the model's order (Dimension enum), then the unclassified ones
            for (Dimension d : Dimension.values()) {
                if (parents.contains(d.code())) {
                    nodes.add(new Node(d.code(), d.namePl(), 2, 1, 1, TOP, null, Double.NaN, null));
                }
            }
            if (parents.contains(UNCLASSIFIED)) {
                nodes.add(new Node(UNCLASSIFIED, "Bez wymiaru", 2, 1, 1, TOP, null, Double.NaN, null));
            }
            nodes.add(new Node(TOP, "Indeks", 3, 1, 1, null, null, Double.NaN, null));
        } else {
            nodes.add(new Node(TOP, "Indeks", 2, 1, 1, null, null, Double.NaN, null));
        }
        return new Framework(nodes, List.of(VOIVODESHIP), List.copyOf(denominators));
    }

    private List<StoreInput.Unit> units(StoreSelection s, List<String> codes, OffsetDateTime asOf,
                                        List<SelectionException.Problem> problems) {
        List<StoreInput.Unit> out;
        if (!s.units().isEmpty()) {
            Map<String, String> names = new HashMap<>();
            jdbc.sql("SELECT code, name FROM territorial_unit WHERE code = ANY(?)").param(s.units().toArray(String[]::new))
                    .query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
            out = new ArrayList<>();
            for (int k = 0; k < s.units().size(); k++) {
                String u = s.units().get(k);
                if (!names.containsKey(u)) {
                    problems.add(new SelectionException.Problem("units[" + k + "]", u, "no such territorial unit"));
                } else {
                    out.add(new StoreInput.Unit(u, names.get(u)));
                }
            }
        } else if (s.unitKind() != null) {
            out = jdbc.sql("SELECT code, name FROM territorial_unit WHERE kind = ? ORDER BY code").param(s.unitKind())
                    .query((rs, n) -> new StoreInput.Unit(rs.getString(1), rs.getString(2))).list();
            if (out.isEmpty()) {
                problems.add(new SelectionException.Problem("unitKind", s.unitKind(), "no units of this kind in the store"));
            }
        } else {
            // a framework's own units (its iData rows, known by their group columns), else every unit with data
            out = s.fromFramework() ? jdbc.sql("""
                    SELECT DISTINCT u.code, u.name FROM unit_group g JOIN territorial_unit u ON u.code = g.unit_code
                    WHERE g.framework_code = ? ORDER BY u.code""").param(s.framework())
                    .query((rs, n) -> new StoreInput.Unit(rs.getString(1), rs.getString(2))).list() : List.of();
        }
        if (out.isEmpty() && s.units().isEmpty() && s.unitKind() == null) {
            Rule rule = rule(s, asOf);
            out = jdbc.sql("""
                    SELECT u.code, u.name FROM territorial_unit u WHERE EXISTS (
                        SELECT 1 FROM observation_version o WHERE o.unit_code = u.code AND o.indicator_code = ANY(:codes) AND %s)
                    ORDER BY u.code""".formatted(rule.sql))
                    .params(rule.params).param("codes", codes.toArray(String[]::new))
                    .query((rs, n) -> new StoreInput.Unit(rs.getString(1), rs.getString(2))).list();
            if (out.isEmpty()) {
                problems.add(new SelectionException.Problem("units", null,
                        "no unit has a value of these indicators under the period rule; choose units or another period"));
            }
        }
        if (problems.isEmpty() && out.size() < 2) {
            problems.add(new SelectionException.Problem("units", null, "an index compares units: choose at least two"));
        }
        return out;
    }

    /** The period rule and the store state as of a moment, as SQL over observation_version {@code o}. */
    private record Rule(String sql, Map<String, Object> params) {
    }

    private static Rule rule(StoreSelection s, OffsetDateTime asOf) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder sql = new StringBuilder("o.value IS NOT NULL AND o.recorded_at <= :asOf "
                + "AND (o.superseded_at IS NULL OR o.superseded_at > :asOf)");
        p.put("asOf", asOf);
        Period period = s.periodValue();
        if (s.exact()) {
            sql.append(" AND o.period = :period");
            p.put("period", period.toString());
        } else {
            sql.append(" AND o.period_start <= :until");
            p.put("until", Date.valueOf(period.end()));
            if (s.fromValue() != null) {
                sql.append(" AND o.period_start >= :since");
                p.put("since", Date.valueOf(s.fromValue().start()));
            }
        }
        return new Rule(sql.toString(), p);
    }

    private List<StoreInput.Value> values(StoreSelection s, List<String> units, List<String> codes, OffsetDateTime asOf) {
        Rule rule = rule(s, asOf);
        return jdbc.sql("""
                SELECT DISTINCT ON (o.unit_code, o.indicator_code) o.unit_code, o.indicator_code, o.period, o.value,
                       observation_flags(o.provisional, o.estimated, o.break_in_series, false) AS flags
                FROM observation_version o
                WHERE o.unit_code = ANY(:units) AND o.indicator_code = ANY(:codes) AND %s
                ORDER BY o.unit_code, o.indicator_code, o.period_start DESC, o.period DESC""".formatted(rule.sql))
                .params(rule.params).param("units", units.toArray(String[]::new)).param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> new StoreInput.Value(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).doubleValue(), rs.getString(5)))
                .list();
    }

    private Map<String, Map<String, String>> frameworkGroups(String framework, List<String> units) {
        Map<String, Map<String, String>> out = new HashMap<>();
        jdbc.sql("SELECT unit_code, group_code, value FROM unit_group WHERE framework_code = ? AND unit_code = ANY(?)")
                .params(framework, units.toArray(String[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return out;
    }

    /** The voivodeship each unit lies in (following parents), as the group column {@value #VOIVODESHIP}. */
    private Map<String, Map<String, String>> voivodeships(List<String> units) {
        Map<String, Map<String, String>> out = new HashMap<>();
        jdbc.sql("""
                WITH RECURSIVE up (start, code, parent, kind) AS (
                    SELECT u.code, u.code, u.parent_code, u.kind FROM territorial_unit u WHERE u.code = ANY(?)
                    UNION ALL
                    SELECT up.start, p.code, p.parent_code, p.kind FROM up JOIN territorial_unit p ON p.code = up.parent
                    WHERE up.kind <> 'voivodeship')
                SELECT start, code FROM up WHERE kind = 'voivodeship'""")
                .param(units.toArray(String[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(VOIVODESHIP, rs.getString(2));
                });
        return out;
    }

    /**
     * Catalogue indicators with values for the selection's units (codes or kind) under its period
     * rule: how many units have a value and the periods they come from, to choose indicators
     * before building.
     */
    public List<IndicatorAvailability> availability(StoreSelection s) {
        List<SelectionException.Problem> problems = new ArrayList<>();
        for (SelectionException.Problem p : s.problems()) {
            if (!p.field().equals("framework")) {
                problems.add(p);
            }
        }
        if (s.units().isEmpty() && s.unitKind() == null) {
            problems.add(new SelectionException.Problem("unitKind", null, "give unit codes or a unit kind"));
        }
        if (!problems.isEmpty()) {
            throw new SelectionException(problems);
        }
        OffsetDateTime asOf = asOf(s);
        List<String> units = !s.units().isEmpty() ? s.units()
                : jdbc.sql("SELECT code FROM territorial_unit WHERE kind = ?").param(s.unitKind()).query(String.class).list();
        Rule rule = rule(s, asOf);
        return jdbc.sql("""
                SELECT x.indicator_code, count(*) AS units, min(x.period) AS first, max(x.period) AS last FROM (
                    SELECT DISTINCT ON (o.unit_code, o.indicator_code) o.unit_code, o.indicator_code, o.period
                    FROM observation_version o WHERE o.unit_code = ANY(:units) AND %s
                    ORDER BY o.unit_code, o.indicator_code, o.period_start DESC, o.period DESC) x
                GROUP BY x.indicator_code ORDER BY x.indicator_code""".formatted(rule.sql))
                .params(rule.params).param("units", units.toArray(String[]::new))
                .query((rs, n) -> new IndicatorAvailability(rs.getString(1), rs.getInt(2), units.size(), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** How many of the chosen units have a value of an indicator, and from which periods. */
    @io.swagger.v3.oas.annotations.media.Schema(description = "How many of the chosen units have a value of a catalogue indicator")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorAvailability(String indicator, int units, int of, String firstPeriod, String lastPeriod) {
    }

    /** An imported framework as listed: how many indicators, aggregates and levels it has, and its groups. */
    @io.swagger.v3.oas.annotations.media.Schema(description = "An index framework imported in COINr iMeta layout")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FrameworkSummary(String code, String name, String sourceFile, OffsetDateTime createdAt, int indicators,
                                   int aggregates, int levels, List<String> groups, List<String> denominators, int units) {
    }

    public List<FrameworkSummary> frameworks() {
        return jdbc.sql("""
                SELECT f.code, f.name, f.source_file, f.created_at,
                       count(*) FILTER (WHERE n.type = 'Indicator') AS indicators,
                       count(*) FILTER (WHERE n.type = 'Aggregate') AS aggregates, coalesce(max(n.level), 0) AS levels,
                       coalesce(array_agg(n.code ORDER BY n.position) FILTER (WHERE n.type = 'Group'), '{}') AS groups,
                       coalesce(array_agg(n.code ORDER BY n.position) FILTER (WHERE n.type = 'Denominator'), '{}') AS denominators,
                       (SELECT count(DISTINCT g.unit_code) FROM unit_group g WHERE g.framework_code = f.code) AS units
                FROM index_framework f LEFT JOIN index_framework_node n ON n.framework_code = f.code
                GROUP BY f.code ORDER BY f.code""")
                .query((rs, n) -> new FrameworkSummary(rs.getString("code"), rs.getString("name"), rs.getString("source_file"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getInt("indicators"), rs.getInt("aggregates"),
                        rs.getInt("levels"), List.of((String[]) rs.getArray("groups").getArray()),
                        List.of((String[]) rs.getArray("denominators").getArray()), rs.getInt("units")))
                .list();
    }

    private static String orElse(String v, String d) {
        return v == null || v.isBlank() ? d : v;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() || v.equals("NA") ? null : v;
    }
}
