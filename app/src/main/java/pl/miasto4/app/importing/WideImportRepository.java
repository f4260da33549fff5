package pl.miasto4.app.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.miasto4.indicator.io.WideFileReader;
import pl.miasto4.indicator.io.WideFileReader.MetaRow;

import java.util.List;

/** What a wide (COINr iData + iMeta) file adds beside its values: the framework, its indicators, new units, groups. */
@Repository
public class WideImportRepository {
    private final JdbcClient jdbc;

    public WideImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The framework and its nodes (replacing an earlier version), and its data indicators if the catalogue lacks them. */
    void saveFramework(String code, String metaName, List<MetaRow> meta) {
        jdbc.sql("""
                INSERT INTO index_framework (code, name, source_file) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET source_file = excluded.source_file""")
                .params(code, code, metaName).update();
        jdbc.sql("DELETE FROM index_framework_node WHERE framework_code = ?").param(code).update();
        int position = 0;
        for (MetaRow m : meta) {
            jdbc.sql("""
                    INSERT INTO index_framework_node (framework_code, code, name, level, parent_code, weight, direction,
                                                      type, unit, target, denominator, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(code, m.code(), m.name(), m.level(), m.parent(), m.weight(), m.direction(), m.type(),
                            m.unit(), m.target(), m.denominator(), position++)
                    .update();
            if (m.isData()) {
                String polarity = m.direction() == null ? "neutral" : m.direction() > 0 ? "higher_better" : "lower_better";
                String name = m.name() == null || m.name().isBlank() ? m.code() : m.name();
                jdbc.sql("""
                        INSERT INTO indicator (code, name_pl, name_en, unit, polarity, decimals, frequency, kind, source)
                        VALUES (?, ?, ?, ?, ?, 2, 'annual', 'objective', ?)
                        ON CONFLICT (code) DO NOTHING""")
                        .params(m.code(), name, name, m.unit() == null || m.unit().isBlank() ? "-" : m.unit(), polarity,
                                "index framework " + code)
                        .update();
            }
        }
    }

    void addUnit(String code, String name, String kind) {
        jdbc.sql("INSERT INTO territorial_unit (code, name, kind) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")
                .params(code, name, kind).update();
    }

    /** The framework's group memberships, replacing the ones it had. */
    void replaceGroups(String framework, List<WideFileReader.GroupValue> groups) {
        jdbc.sql("DELETE FROM unit_group WHERE framework_code = ?").param(framework).update();
        for (WideFileReader.GroupValue g : groups) {
            jdbc.sql("INSERT INTO unit_group (framework_code, unit_code, group_code, value) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (framework_code, unit_code, group_code) DO UPDATE SET value = excluded.value")
                    .params(framework, g.unitCode(), g.group(), g.value()).update();
        }
    }
}
