package pl.miasto4.app.lake;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.lake.LakeTable;
import pl.miasto4.lake.SyntheticCardEvents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Recipe outputs from a real DuckDB lake into the real store through the normal import, with lineage. */
class LakeStoreTest extends StoreTest {
    @Autowired
    LakeService lakes;

    @Test
    void cityCardRecipeValuesReachTheStoreWithLineageAndTheSyntheticLabel() {
        SyntheticCardEvents gen = new SyntheticCardEvents(3000, 250, 2025, 11);
        lakes.lake().ingest(LakeTable.CARD_EVENTS, SyntheticCardEvents.SOURCE, gen.rows(lakes.hasher()));
        Set<String> holders = new HashSet<>();
        long uses = 0;
        for (SyntheticCardEvents.Event e : gen) {
            holders.add(e.cardId());
            uses++;
        }
        long population = 804_237;

        LakeService.Result r = lakes.run("city_card", "1261011", population, false, "test");
        assertThat(r.report().status()).isEqualTo(ImportReport.Status.IMPORTED);

        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT i.code, o.period, o.value, o.source FROM observation_current o
                JOIN indicator i ON i.id = o.indicator_id JOIN territorial_unit u ON u.id = o.unit_id
                WHERE u.code = '1261011' AND i.code LIKE 'city_card_%' AND o.period = '2025' ORDER BY i.code""")
                .query().listOfRows();
        assertThat(rows).extracting(m -> m.get("code")).containsExactly("city_card_holders_per_1000", "city_card_uses_per_holder");
        assertThat((BigDecimal) rows.get(0).get("value")).isEqualByComparingTo(
                BigDecimal.valueOf(holders.size() * 1000.0 / population).setScale(3, RoundingMode.HALF_UP));
        assertThat((BigDecimal) rows.get(1).get("value")).isEqualByComparingTo(
                BigDecimal.valueOf((double) uses / holders.size()).setScale(3, RoundingMode.HALF_UP));
        assertThat((String) rows.get(0).get("source")).startsWith("SYNTHETIC")
                .contains("recipe city_card v1; inputs card_events source=synthetic day=2025-01-01..");

        // the same lake again: the import finds nothing to change
        assertThat(lakes.run("city_card", "1261011", population, false, "test").report().status())
                .isEqualTo(ImportReport.Status.NO_CHANGES);
    }
}
