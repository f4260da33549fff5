package pl.miasto4.app.unit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Repository
public class UnitRepository {

    static final RowMapper<TerritorialUnit> MAPPER = (rs, n) -> new TerritorialUnit(
            rs.getString("code"), rs.getString("name"), rs.getString("name_en"), rs.getString("kind"),
            rs.getString("parent_code"), strings(rs.getArray("aliases")),
            (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
            rs.getObject("valid_from", java.time.LocalDate.class), rs.getObject("valid_to", java.time.LocalDate.class));

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public List<TerritorialUnit> findAll() {
        List<TerritorialUnit> all = jdbc.sql("SELECT * FROM territorial_unit ORDER BY kind, name").query(MAPPER).list();
        java.util.Comparator<String> polish = pl.miasto4.app.web.PolishOrder.comparator();
        return all.stream().sorted(java.util.Comparator.comparing(TerritorialUnit::kind)
                .thenComparing(TerritorialUnit::name, polish)).toList();
    }

    public List<TerritorialUnit> findByKind(String kind) {
        // names in Polish alphabetical order (the database's C collation puts Łódź and Żory after Zielona Góra)
        return pl.miasto4.app.web.PolishOrder.sort(
                jdbc.sql("SELECT * FROM territorial_unit WHERE kind = ? ORDER BY name").param(kind).query(MAPPER).list(),
                TerritorialUnit::name);
    }

    public List<TerritorialUnit> children(String parentCode) {
        return pl.miasto4.app.web.PolishOrder.sort(
                jdbc.sql("SELECT * FROM territorial_unit WHERE parent_code = ? ORDER BY code").param(parentCode).query(MAPPER).list(),
                TerritorialUnit::name);
    }

    /** The kinds of unit the store has. */
    public List<String> kinds() {
        return jdbc.sql("SELECT DISTINCT kind FROM territorial_unit ORDER BY kind").query(String.class).list();
    }

    public Optional<TerritorialUnit> find(String code) {
        return jdbc.sql("SELECT * FROM territorial_unit WHERE code = ?").param(code).query(MAPPER).optional();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM territorial_unit").query(Long.class).single();
    }

    /** Inserts or updates a unit; returns true if anything changed. */
    public boolean upsert(TerritorialUnit u) {
        return jdbc.sql("""
                INSERT INTO territorial_unit (code, name, name_en, kind, parent_code, aliases, latitude, longitude, valid_from, valid_to)
                VALUES (:code, :name, :nameEn, :kind, :parent, :aliases, :lat, :lon, :from, :to)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en, kind = excluded.kind,
                    parent_code = excluded.parent_code, aliases = excluded.aliases, latitude = excluded.latitude,
                    longitude = excluded.longitude, valid_from = excluded.valid_from, valid_to = excluded.valid_to
                WHERE (territorial_unit.name, territorial_unit.name_en, territorial_unit.kind, territorial_unit.parent_code,
                       territorial_unit.aliases, territorial_unit.latitude, territorial_unit.longitude,
                       territorial_unit.valid_from, territorial_unit.valid_to)
                  IS DISTINCT FROM (excluded.name, excluded.name_en, excluded.kind, excluded.parent_code, excluded.aliases,
                       excluded.latitude, excluded.longitude, excluded.valid_from, excluded.valid_to)
                """)
                .param("code", u.code()).param("name", u.name()).param("nameEn", u.nameEn()).param("kind", u.kind())
                .param("parent", u.parentCode()).param("aliases", u.aliases().toArray(String[]::new))
                .param("lat", u.latitude()).param("lon", u.longitude())
                .param("from", u.validFrom()).param("to", u.validTo())
                .update() > 0;
    }
}
