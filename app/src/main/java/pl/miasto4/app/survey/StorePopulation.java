package pl.miasto4.app.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;

/**
 * The population the store holds for weighting a survey: residents by age band × sex of one unit in
 * one year, as the indicators {@code population_age_<band>_<female|male>} (persons, e.g.
 * {@code population_age_25_34_female}, imported from GUS BDL P2137 or the city's register).
 * Nothing is derived or filled in: a cell the store lacks is absent.
 */
@Repository
public class StorePopulation {
    /** The indicator codes of population by age band × sex: band and sex are the two groups. */
    public static final String CODE_PATTERN = "^population_age_(.+)_(female|male)$";

    private final JdbcClient jdbc;

    public StorePopulation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One cell: an age band, a sex and the number of residents. */
    public record Cell(String ageBand, String sex, BigDecimal persons) {
    }

    /** The unit's residents by age band × sex in the year's period (current values), in band order. */
    public List<Cell> byAgeBandAndSex(String unitCode, String period) {
        return jdbc.sql("""
                SELECT substring(o.indicator_code FROM :pattern) AS band,
                       substring(o.indicator_code FROM '_(female|male)$') AS sex, o.value
                FROM observation o
                WHERE o.unit_code = :unit AND o.period = :period AND o.indicator_code ~ :pattern AND o.value IS NOT NULL
                ORDER BY o.indicator_code""")
                .param("pattern", CODE_PATTERN).param("unit", unitCode).param("period", period)
                .query((rs, n) -> new Cell(rs.getString("band"), rs.getString("sex"), rs.getBigDecimal("value")))
                .list();
    }

    /** Whether the unit exists (by TERYT code). */
    public boolean unitExists(String unitCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM territorial_unit WHERE code = ?)").param(unitCode)
                .query(Boolean.class).single();
    }
}
