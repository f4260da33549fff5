package pl.miasto4.app.observation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One indicator across units is read by its own query (units walked in code order); with a
 * dimension filter the same selection goes through the general query. Both must give the same
 * rows in the same order, page by page, now and as of a past moment, on the demo's real data.
 */
class ObservationQueriesTest extends StoreTest {
    @Autowired
    ObservationRepository observations;

    private List<Observation> pages(ObservationQuery q, int size) {
        List<Observation> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Observation> rows = observations.find(q.withPage(page, size));
            all.addAll(rows);
            if (rows.size() < size) {
                return all;
            }
        }
    }

    @Test
    void oneIndicatorReadsTheSameRowsAsTheGeneralQuery() {
        String indicator = "pm10_annual_mean";
        String dimension = jdbc.sql("SELECT dimension FROM indicator WHERE code = ?").param(indicator).query(String.class).single();
        OffsetDateTime now = jdbc.sql("SELECT clock_timestamp()").query(OffsetDateTime.class).single();
        for (OffsetDateTime asOf : new OffsetDateTime[]{null, now}) {
            for (String from : new String[]{null, "2015"}) {
                for (List<String> units : List.of(List.<String>of(), List.of("1261011", "1465011", "0264011"))) {
                    ObservationQuery fast = new ObservationQuery(units, List.of(indicator), null, from, null, asOf, 0, 7);
                    ObservationQuery general = new ObservationQuery(units, List.of(indicator), dimension, from, null, asOf, 0, 7);
                    List<Observation> a = pages(fast, 7);
                    assertThat(a).as("demo data for %s from %s", units, from).hasSizeGreaterThan(units.isEmpty() ? 50 : 5);
                    assertThat(a).isEqualTo(pages(general, 7));
                    assertThat(a).extracting(Observation::unitCode).isSorted();
                }
            }
        }
    }
}
