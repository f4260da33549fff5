package pl.miasto4.app.dataset;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Repository
public class DatasetRepository {
    private static final String SELECT = """
            SELECT d.*, s.name AS system_name,
                   coalesce((SELECT array_agg(di.indicator_code ORDER BY di.indicator_code) FROM dataset_indicator di
                             WHERE di.dataset_id = d.id), '{}') AS indicators
            FROM dataset d LEFT JOIN it_system s ON s.id = d.system_id""";

    static final RowMapper<Dataset> MAPPER = (rs, n) -> new Dataset(rs.getLong("id"), rs.getString("code"),
            rs.getString("name_pl"), rs.getString("name_en"), rs.getString("description"), rs.getString("owner"),
            rs.getString("update_frequency"), rs.getString("format"), rs.getString("licence"), rs.getBoolean("is_open"),
            rs.getString("url"), rs.getObject("last_updated", java.time.LocalDate.class), rs.getString("system_name"),
            Arrays.asList((String[]) rs.getArray("indicators").getArray()));

    private final JdbcClient jdbc;

    public DatasetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Dataset> findAll() {
        return jdbc.sql(SELECT + " ORDER BY d.name_pl").query(MAPPER).list();
    }

    public Optional<Dataset> find(String code) {
        return jdbc.sql(SELECT + " WHERE d.code = ?").param(code).query(MAPPER).optional();
    }

    public List<Dataset> feeding(String indicatorCode) {
        return jdbc.sql(SELECT + " WHERE d.id IN (SELECT dataset_id FROM dataset_indicator WHERE indicator_code = ?) ORDER BY d.name_pl")
                .param(indicatorCode).query(MAPPER).list();
    }

    /** Inserts or replaces a dataset and its indicator links; returns its id. */
    public long save(Dataset d) {
        long id = jdbc.sql("""
                INSERT INTO dataset (code, name_pl, name_en, description, owner, update_frequency, format, licence, is_open,
                                     url, last_updated)
                VALUES (:code, :namePl, :nameEn, :description, :owner, :frequency, :format, :licence, :open, :url, :lastUpdated)
                ON CONFLICT (code) DO UPDATE SET name_pl = excluded.name_pl, name_en = excluded.name_en,
                    description = excluded.description, owner = excluded.owner, update_frequency = excluded.update_frequency,
                    format = excluded.format, licence = excluded.licence, is_open = excluded.is_open, url = excluded.url,
                    last_updated = excluded.last_updated
                RETURNING id""")
                .param("code", d.code()).param("namePl", d.namePl()).param("nameEn", d.nameEn())
                .param("description", d.description()).param("owner", d.owner()).param("frequency", d.updateFrequency())
                .param("format", d.format()).param("licence", d.licence()).param("open", d.open()).param("url", d.url())
                .param("lastUpdated", d.lastUpdated())
                .query(Long.class).single();
        jdbc.sql("DELETE FROM dataset_indicator WHERE dataset_id = ?").param(id).update();
        for (String i : d.indicators()) {
            jdbc.sql("INSERT INTO dataset_indicator (dataset_id, indicator_code) SELECT ?, code FROM indicator WHERE code = ?")
                    .params(id, i).update();
        }
        return id;
    }

    /** The codes, in the order given, that name no indicator of the catalogue. */
    public List<String> unknownIndicators(List<String> codes) {
        java.util.Set<String> known = new java.util.HashSet<>(jdbc.sql("SELECT code FROM indicator WHERE code = ANY(?)")
                .param(codes.stream().filter(java.util.Objects::nonNull).toArray(String[]::new)).query(String.class).list());
        return codes.stream().filter(c -> c == null || !known.contains(c)).map(String::valueOf).toList();
    }
}
