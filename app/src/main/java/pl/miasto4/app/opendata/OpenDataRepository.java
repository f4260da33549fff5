package pl.miasto4.app.opendata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads what the catalogue describes: series of the store, counted PB pools, index builds, maturity assessments. */
@Repository
public class OpenDataRepository {
    private final JdbcClient jdbc;

    public OpenDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A set of units a series is published for: every unit of a kind ({@code kind} set), or a named list
     * ({@code members} set, e.g. the voivodeship capitals).
     */
    public record UnitSet(String code, String kind, List<String> members) {
        /** Every unit of a kind. */
        public static UnitSet ofKind(String kind) {
            return new UnitSet(kind, kind, null);
        }

        String condition() {
            return kind != null ? "u.kind = :setKind" : "u.code = ANY(:setMembers)";
        }

        java.util.Map<String, Object> params() {
            return kind != null ? java.util.Map.of("setKind", kind)
                    : java.util.Map.of("setMembers", members.toArray(String[]::new));
        }
    }

    /** An indicator's current values for one set of units, summarised. */
    public record Series(String indicator, String namePl, String nameEn, String definitionPl, String definitionEn,
                         String measure, int decimals, String frequency, String dimension, String source, UnitSet unitSet,
                         long values, long units, LocalDate firstStart, LocalDate lastStart, OffsetDateTime modified) {
    }

    /** The series of every kind of unit that has values, then of each named set. */
    public List<Series> series(List<UnitSet> namedSets) {
        List<Series> out = new java.util.ArrayList<>(series("u.kind", null));
        for (UnitSet set : namedSets) {
            out.addAll(series(null, set));
        }
        return out;
    }

    private List<Series> series(String kindColumn, UnitSet set) {
        String where = set == null ? "TRUE" : set.condition();
        return jdbc.sql("""
                SELECT i.code, i.name_pl, i.name_en, i.definition_pl, i.definition_en, i.unit, i.decimals, i.frequency, i.dimension,
                       i.source, %s AS kind, count(*) AS n, count(DISTINCT o.unit_id) AS units,
                       min(o.period_start) AS first_start, max(o.period_start) AS last_start, max(o.recorded_at) AS modified
                FROM observation_current o JOIN indicator i ON i.id = o.indicator_id
                JOIN territorial_unit u ON u.id = o.unit_id
                WHERE %s
                GROUP BY i.code, 11 ORDER BY i.code, 11""".formatted(set == null ? kindColumn : "NULL::text", where))
                .params(set == null ? java.util.Map.of() : set.params())
                .query((rs, n) -> new Series(rs.getString("code"), rs.getString("name_pl"), rs.getString("name_en"),
                        rs.getString("definition_pl"), rs.getString("definition_en"), rs.getString("unit"),
                        rs.getInt("decimals"), rs.getString("frequency"), rs.getString("dimension"), rs.getString("source"),
                        set == null ? UnitSet.ofKind(rs.getString("kind")) : set,
                        rs.getLong("n"), rs.getLong("units"), rs.getObject("first_start", LocalDate.class),
                        rs.getObject("last_start", LocalDate.class), rs.getObject("modified", OffsetDateTime.class)))
                .list();
    }

    /** How many current values a series has and when the newest was recorded: what its ETag is made of. */
    public record Version(long values, OffsetDateTime modified) {
    }

    public Version version(String indicator, UnitSet set) {
        return jdbc.sql("""
                SELECT count(*) AS n, max(o.recorded_at) AS modified FROM observation_current o
                JOIN territorial_unit u ON u.id = o.unit_id
                WHERE o.indicator_id = (SELECT id FROM indicator WHERE code = :indicator) AND %s""".formatted(set.condition()))
                .param("indicator", indicator).params(set.params())
                .query((rs, n) -> new Version(rs.getLong("n"), rs.getObject("modified", OffsetDateTime.class))).single();
    }

    /** A territorial unit: TERYT code and official name. */
    public record Unit(String code, String name) {
    }

    /** The units of one kind that have values of the indicator, in code order (the order of {@link #rows}). */
    public List<Unit> unitsWithValues(String indicator, UnitSet set) {
        return jdbc.sql("""
                SELECT u.code, u.name FROM territorial_unit u WHERE %s AND EXISTS (
                    SELECT 1 FROM observation_current o
                    WHERE o.unit_id = u.id AND o.indicator_id = (SELECT id FROM indicator WHERE code = :indicator))
                ORDER BY u.code""".formatted(set.condition())).param("indicator", indicator).params(set.params())
                .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2))).list();
    }

    /** The periods of a series in time order (the order of {@link #rows} within a unit). */
    public List<String> periods(String indicator, UnitSet set) {
        return jdbc.sql("""
                SELECT o.period FROM observation_current o JOIN territorial_unit u ON u.id = o.unit_id
                WHERE o.indicator_id = (SELECT id FROM indicator WHERE code = :indicator) AND %s
                GROUP BY o.period_start, o.period ORDER BY o.period_start, o.period""".formatted(set.condition()))
                .param("indicator", indicator).params(set.params()).query(String.class).list();
    }

    /** A value of a series with the names the files show. */
    public record Row(String unitCode, String unitName, String period, java.math.BigDecimal value, String flags,
                      String source) {
    }

    /** Every current value of a series, unit by unit and period by period. */
    public void rows(String indicator, UnitSet set, java.util.function.Consumer<Row> consumer) {
        var spec = jdbc.sql("""
                SELECT u.code, u.name, o.period, o.value,
                       observation_flags(o.provisional, o.estimated, o.break_in_series, o.confidential) AS flags, o.source
                FROM observation_current o JOIN territorial_unit u ON u.id = o.unit_id
                WHERE o.indicator_id = (SELECT id FROM indicator WHERE code = :indicator) AND %s
                ORDER BY u.code, o.period_start, o.period""".formatted(set.condition()))
                .param("indicator", indicator).params(set.params()).withFetchSize(5000)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getString(6)));
        // a stream holds its connection until it is closed
        try (java.util.stream.Stream<Row> rows = spec.stream()) {
            rows.forEach(consumer);
        }
    }

    /** A pool of a counted participatory-budget edition (its ballots are public as a pabulib file). */
    public record PbPool(String edition, String city, String editionName, Integer year, LocalDate votingStart,
                         LocalDate votingEnd, OffsetDateTime created, String pool, String poolName) {
    }

    public List<PbPool> countedPbPools() {
        return jdbc.sql("""
                SELECT e.slug, e.city, e.name AS edition_name, e.year, e.voting_start, e.voting_end, e.created_at,
                       p.code, p.name AS pool_name
                FROM pb_edition e JOIN pb_pool p ON p.edition_id = e.id WHERE e.status = 'counted'
                ORDER BY e.slug, p.position, p.code""")
                .query((rs, n) -> new PbPool(rs.getString("slug"), rs.getString("city"), rs.getString("edition_name"),
                        (Integer) rs.getObject("year"), rs.getObject("voting_start", LocalDate.class),
                        rs.getObject("voting_end", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("code"), rs.getString("pool_name")))
                .list();
    }

    /** A saved index build. */
    public record IndexBuild(long id, String name, String description, String target, OffsetDateTime asOf,
                             OffsetDateTime created) {
    }

    public List<IndexBuild> indexBuilds() {
        return jdbc.sql("SELECT id, name, description, target, as_of, created_at FROM index_build ORDER BY id")
                .query((rs, n) -> new IndexBuild(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        rs.getString("target"), rs.getObject("as_of", OffsetDateTime.class),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** A stored maturity assessment of a city. */
    public record Assessment(long id, String code, String unitCode, String unitName, String modelNamePl,
                             String modelNameEn, String modelVersion, int year, String origin, OffsetDateTime created) {
    }

    public List<Assessment> assessments() {
        return jdbc.sql("""
                SELECT a.id, a.code, a.unit_code, u.name AS unit_name, m.name_pl, m.name_en, a.model_version, a.year,
                       a.origin, a.created_at
                FROM maturity_assessment a JOIN territorial_unit u ON u.code = a.unit_code
                JOIN maturity_model m ON m.id = a.model_id AND m.version = a.model_version
                ORDER BY a.unit_code, a.year, a.id""")
                .query((rs, n) -> new Assessment(rs.getLong("id"), rs.getString("code"), rs.getString("unit_code"),
                        rs.getString("unit_name"), rs.getString("name_pl"), rs.getString("name_en"),
                        rs.getString("model_version"), rs.getInt("year"), rs.getString("origin"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** The city's total population in the given year, or the latest year before it the store has. */
    public java.util.Optional<java.math.BigDecimal> population(String unit, int year) {
        return jdbc.sql("""
                SELECT value FROM observation WHERE unit_code = ? AND indicator_code = 'population_total'
                  AND value > 0 AND period_start <= make_date(?, 12, 31)
                ORDER BY period_start DESC LIMIT 1""").params(unit, year).query(java.math.BigDecimal.class).optional();
    }

    /**
     * What the catalogue's entries depend on, as one key: the store's version ({@code store_version}, moved by every
     * committed change of observations, indicators or units) and the counted PB editions, index builds and maturity
     * assessments, which that version does not follow. Entries and written catalogues are kept while it stays the same.
     */
    public String catalogueVersion() {
        return jdbc.sql("""
                SELECT concat_ws('/', (SELECT version FROM store_version),
                       (SELECT count(*) || ':' || coalesce(max(e.created_at)::text, '') FROM pb_edition e WHERE e.status = 'counted'),
                       (SELECT count(*) || ':' || coalesce(max(b.id), 0) FROM index_build b),
                       (SELECT count(*) || ':' || coalesce(max(a.id), 0) FROM maturity_assessment a))""")
                .query(String.class).single();
    }
}
