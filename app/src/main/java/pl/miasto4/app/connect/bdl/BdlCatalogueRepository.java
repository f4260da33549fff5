package pl.miasto4.app.connect.bdl;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a BDL file may add to the catalogue on request (its units, indicators described by its OPIS
 * sheet), and what the API connector asks the store: a unit's kind, the years already stored.
 */
@Repository
public class BdlCatalogueRepository {
    private final JdbcClient jdbc;

    public BdlCatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addUnit(String code, String name, String kind) {
        jdbc.sql("INSERT INTO territorial_unit (code, name, kind) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")
                .params(code, name, kind).update();
    }

    void addIndicator(String code, String name, String definition, String unit, String source) {
        jdbc.sql("""
                INSERT INTO indicator (code, name_pl, name_en, definition_pl, unit, polarity, decimals, frequency, kind, source)
                VALUES (?, ?, ?, ?, ?, 'neutral', 2, 'annual', 'objective', ?)
                ON CONFLICT (code) DO NOTHING""")
                .params(code, name, name, definition, unit.isBlank() ? "-" : unit, source).update();
    }

    /** A unit by its code or alias: its code and kind. */
    record Unit(String code, String kind) {
    }

    java.util.Optional<Unit> unit(String codeOrAlias) {
        return jdbc.sql("SELECT code, kind FROM territorial_unit WHERE code = ? OR ? = ANY(aliases) ORDER BY code = ? DESC LIMIT 1")
                .params(codeOrAlias, codeOrAlias, codeOrAlias)
                .query((rs, n) -> new Unit(rs.getString("code"), rs.getString("kind"))).optional();
    }

    /** The years (annual periods) for which every one of the units has a value of the indicator. */
    java.util.Set<Integer> yearsStoredForAll(java.util.List<String> units, String indicator) {
        return new java.util.TreeSet<>(jdbc.sql("""
                SELECT period::int FROM observation
                WHERE unit_code = ANY(?) AND indicator_code = ? AND period ~ '^[0-9]{4}$'
                GROUP BY period HAVING count(DISTINCT unit_code) = ?""")
                .params(units.toArray(String[]::new), indicator, units.size()).query(Integer.class).list());
    }
}
