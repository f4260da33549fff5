package pl.miasto4.app.observation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A selection of observations. Empty lists and nulls mean "no filter".
 *
 * @param periodFrom first period start included (e.g. 2015), inclusive
 * @param periodTo   last period start included, inclusive
 * @param asOf       show what the store knew at this moment instead of the current values
 */
public record ObservationQuery(List<String> units, List<String> indicators, String dimension, String periodFrom,
                               String periodTo, OffsetDateTime asOf, int page, int size) {

    public static ObservationQuery all() {
        return new ObservationQuery(List.of(), List.of(), null, null, null, null, 0, Integer.MAX_VALUE);
    }

    public ObservationQuery withPage(int page, int size) {
        return new ObservationQuery(units, indicators, dimension, periodFrom, periodTo, asOf, page, size);
    }
}
