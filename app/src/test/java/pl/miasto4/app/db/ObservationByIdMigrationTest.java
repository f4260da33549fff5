package pl.miasto4.app.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V50 moves observations to integer keys and splits current values from history. A database that
 * was at V40 with data keeps every version of every value: migrated here in a schema of its own
 * (on the same server as the other storage tests), with current, superseded and confidential
 * values, and compared before and after.
 */
class ObservationByIdMigrationTest extends StoreTest {
    private static final String SCHEMA = "migration_v50_test";

    @Autowired
    DataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/migration").outOfOrder(true).target(target).cleanDisabled(false).load();
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static final String VERSION_ROW = """
            concat_ws('|', unit_code, indicator_code, period, period_start, value, provisional, estimated, break_in_series,
                      confidential, source, batch_id, recorded_at, superseded_at)""";

    @Test
    void everyVersionOfEveryValueSurvivesTheMoveToIds() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            flyway("40").migrate();
            st.execute("SET search_path TO " + SCHEMA);
            try {
                st.execute("""
                        INSERT INTO territorial_unit (code, name, kind) VALUES ('1261011', 'Kraków', 'city_county'),
                                                                              ('1465011', 'Warszawa', 'city_county');
                        INSERT INTO indicator (code, name_pl, name_en, unit, polarity, frequency, kind)
                        VALUES ('pm10', 'PM10', 'PM10', 'µg/m³', 'lower_better', 'annual', 'objective'),
                               ('wage', 'Płaca', 'Wage', 'PLN', 'higher_better', 'annual', 'objective');
                        INSERT INTO observation (unit_code, indicator_code, period, period_start, value, provisional, estimated,
                                                 break_in_series, confidential, source, batch_id, recorded_at, superseded_at)
                        VALUES ('1261011', 'pm10', '2020', '2020-01-01', 40.5, true, false, false, false, 'GIOŚ', NULL,
                                '2025-01-01T10:00:00Z', '2025-02-01T10:00:00Z'),
                               ('1261011', 'pm10', '2020', '2020-01-01', 41.25, false, false, true, false, 'GIOŚ (korekta)', NULL,
                                '2025-02-01T10:00:00Z', NULL),
                               ('1261011', 'wage', '2021-Q3', '2021-07-01', 7500, false, true, false, false, NULL, NULL,
                                '2025-01-01T10:00:00Z', NULL),
                               ('1465011', 'wage', '2021-Q3', '2021-07-01', NULL, false, false, false, true, 'GUS', NULL,
                                '2025-01-01T10:00:00Z', NULL),
                               ('1465011', 'pm10', '2019-05', '2019-05-01', 1, false, false, false, false, 'a', NULL,
                                '2024-01-01T10:00:00Z', '2024-06-01T10:00:00Z'),
                               ('1465011', 'pm10', '2019-05', '2019-05-01', 2, false, false, false, false, 'b', NULL,
                                '2024-06-01T10:00:00Z', '2024-07-01T10:00:00Z'),
                               ('1465011', 'pm10', '2019-05', '2019-05-01', 3, false, false, false, false, 'c', NULL,
                                '2024-07-01T10:00:00Z', NULL);
                        """);
                List<String> all = rows(st, "SELECT " + VERSION_ROW + " FROM observation ORDER BY 1");
                List<String> current = rows(st, "SELECT " + VERSION_ROW + " FROM observation WHERE superseded_at IS NULL ORDER BY 1");
                assertThat(all).hasSize(7);
                assertThat(current).hasSize(4);
                long version = rows(st, "SELECT version FROM store_version").stream().mapToLong(Long::parseLong).sum();

                flyway("latest").migrate();

                assertThat(rows(st, "SELECT " + VERSION_ROW + " FROM observation_version ORDER BY 1")).isEqualTo(all);
                assertThat(rows(st, "SELECT " + VERSION_ROW.replace(", superseded_at", ", NULL::timestamptz")
                        + " FROM observation ORDER BY 1")).isEqualTo(current);
                assertThat(rows(st, "SELECT count(*) FROM observation_history")).containsExactly("3");

                // a referenced unit or indicator cannot be deleted, one without values can
                assertThatThrownBy(() -> st.execute("DELETE FROM territorial_unit WHERE code = '1465011'"))
                        .hasMessageContaining("has observations");
                assertThatThrownBy(() -> st.execute("DELETE FROM indicator WHERE code = 'wage'"))
                        .hasMessageContaining("has observations");
                st.execute("INSERT INTO territorial_unit (code, name, kind) VALUES ('9999999', 'Nowe', 'gmina')");
                st.execute("DELETE FROM territorial_unit WHERE code = '9999999'");

                // writing values moves the store version (V2's trigger, now on the new tables)
                long before = Long.parseLong(rows(st, "SELECT version FROM store_version").get(0));
                assertThat(before).isGreaterThan(version);
                st.execute("""
                        INSERT INTO observation_current (unit_id, indicator_id, period, period_start, value)
                        SELECT u.id, i.id, '2022', '2022-01-01', 1 FROM territorial_unit u, indicator i
                        WHERE u.code = '1261011' AND i.code = 'wage'""");
                assertThat(Long.parseLong(rows(st, "SELECT version FROM store_version").get(0))).isEqualTo(before + 1);
            } finally {
                st.execute("RESET search_path");
                st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }
}
