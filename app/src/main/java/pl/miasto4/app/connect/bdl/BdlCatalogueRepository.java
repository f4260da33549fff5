package pl.miasto4.app.connect.bdl;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a BDL file may add to the catalogue on request: its units, and indicators described by its OPIS sheet. */
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
}
