package pl.miasto4.app.indicator;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
public class IndicatorRepository {

    static final RowMapper<Indicator> MAPPER = (rs, n) -> new Indicator(
            rs.getString("code"), rs.getString("name_pl"), rs.getString("name_en"),
            rs.getString("definition_pl"), rs.getString("definition_en"), rs.getString("unit"),
            rs.getString("polarity"), rs.getInt("decimals"), rs.getString("frequency"), rs.getString("kind"),
            rs.getString("dimension"), rs.getString("iso37120"), rs.getString("iso37122"), rs.getString("iso37123"),
            rs.getString("u4ssc"), rs.getString("sdg"), rs.getString("source"),
            rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"));

    private final JdbcClient jdbc;

    public IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Indicator> findAll() {
        return jdbc.sql("SELECT * FROM indicator ORDER BY dimension NULLS LAST, code").query(MAPPER).list();
    }

    public List<Indicator> findByDimension(String dimension) {
        return jdbc.sql("SELECT * FROM indicator WHERE dimension = ? ORDER BY code").param(dimension).query(MAPPER).list();
    }

    public Optional<Indicator> find(String code) {
        return jdbc.sql("SELECT * FROM indicator WHERE code = ?").param(code).query(MAPPER).optional();
    }

    /** Per dimension: indicators in the catalogue and those with at least one current value. */
    public Map<String, long[]> countsByDimension() {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.sql("""
                SELECT i.dimension, count(*) AS total,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM observation_current o WHERE o.indicator_id = i.id))
                           AS with_data
                FROM indicator i GROUP BY i.dimension""")
                .query(rs -> {
                    counts.put(rs.getString("dimension"), new long[]{rs.getLong("total"), rs.getLong("with_data")});
                });
        return counts;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM indicator").query(Long.class).single();
    }

    /** Inserts or updates an indicator; returns true if anything changed. */
    public boolean upsert(Indicator i) {
        return jdbc.sql("""
                INSERT INTO indicator (code, name_pl, name_en, definition_pl, definition_en, unit, polarity, decimals,
                    frequency, kind, dimension, iso37120, iso37122, iso37123, u4ssc, sdg, source, min_value, max_value)
                VALUES (:code, :namePl, :nameEn, :defPl, :defEn, :unit, :polarity, :decimals, :frequency, :kind, :dimension,
                    :iso37120, :iso37122, :iso37123, :u4ssc, :sdg, :source, :min, :max)
                ON CONFLICT (code) DO UPDATE SET name_pl = excluded.name_pl, name_en = excluded.name_en,
                    definition_pl = excluded.definition_pl, definition_en = excluded.definition_en, unit = excluded.unit,
                    polarity = excluded.polarity, decimals = excluded.decimals, frequency = excluded.frequency,
                    kind = excluded.kind, dimension = excluded.dimension, iso37120 = excluded.iso37120,
                    iso37122 = excluded.iso37122, iso37123 = excluded.iso37123, u4ssc = excluded.u4ssc, sdg = excluded.sdg,
                    source = excluded.source, min_value = excluded.min_value, max_value = excluded.max_value,
                    updated_at = now()
                WHERE (indicator.name_pl, indicator.name_en, indicator.definition_pl, indicator.definition_en, indicator.unit,
                       indicator.polarity, indicator.decimals, indicator.frequency, indicator.kind, indicator.dimension,
                       indicator.iso37120, indicator.iso37122, indicator.iso37123, indicator.u4ssc, indicator.sdg,
                       indicator.source, indicator.min_value, indicator.max_value)
                  IS DISTINCT FROM (excluded.name_pl, excluded.name_en, excluded.definition_pl, excluded.definition_en,
                       excluded.unit, excluded.polarity, excluded.decimals, excluded.frequency, excluded.kind,
                       excluded.dimension, excluded.iso37120, excluded.iso37122, excluded.iso37123, excluded.u4ssc,
                       excluded.sdg, excluded.source, excluded.min_value, excluded.max_value)
                """)
                .param("code", i.code()).param("namePl", i.namePl()).param("nameEn", i.nameEn())
                .param("defPl", i.definitionPl()).param("defEn", i.definitionEn()).param("unit", i.unit())
                .param("polarity", i.polarity()).param("decimals", i.decimals()).param("frequency", i.frequency())
                .param("kind", i.kind()).param("dimension", i.dimension()).param("iso37120", i.iso37120())
                .param("iso37122", i.iso37122()).param("iso37123", i.iso37123()).param("u4ssc", i.u4ssc())
                .param("sdg", i.sdg()).param("source", i.source()).param("min", i.minValue()).param("max", i.maxValue())
                .update() > 0;
    }
}
