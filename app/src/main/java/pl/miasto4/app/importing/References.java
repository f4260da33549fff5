package pl.miasto4.app.importing;

import pl.miasto4.indicator.io.ReadResult;

import java.util.HashSet;
import java.util.Set;

/**
 * The distinct unit and indicator ids a file refers to (consecutive rows usually repeat them), checked
 * once per id when the file has been read, as a foreign key would check every row.
 */
final class References {
    private final Set<Integer> units = new HashSet<>();
    private final Set<Integer> indicators = new HashSet<>();
    private Integer lastUnit;
    private Integer lastIndicator;

    void add(Integer unit, Integer indicator) {
        if (unit != null && !unit.equals(lastUnit)) {
            units.add(unit);
            lastUnit = unit;
        }
        if (indicator != null && !indicator.equals(lastIndicator)) {
            indicators.add(indicator);
            lastIndicator = indicator;
        }
    }

    /**
     * Every unit and indicator the file refers to must still exist, and stays locked against deletion
     * until the import commits; one deleted meanwhile is a problem of the file. Units and indicators the
     * import itself created are its own and need no lock.
     */
    void lock(ObservationImportRepository store, StoreCatalogue catalogue, ReadResult result) {
        store.lockUnits(units).forEach(id -> result.problem(0, null, catalogue.unitCode(id),
                "the territorial unit was deleted while the file was being imported"));
        store.lockIndicators(indicators).forEach(id -> result.problem(0, null, catalogue.indicatorCode(id),
                "the indicator was deleted while the file was being imported"));
    }
}
