package pl.miasto4.app.connect.elections;

import org.springframework.stereotype.Service;
import pl.miasto4.app.connect.load.ConnectorRun;
import pl.miasto4.app.connect.load.IndicatorLoad;
import pl.miasto4.app.connect.load.IndicatorValue;
import pl.miasto4.app.connect.load.Note;
import pl.miasto4.app.connect.load.UnitDirectory;
import pl.miasto4.app.unit.TerritorialUnit;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PKW results → turnout per city and election, a governance indicator. Reads a results file
 * ({@link PkwTurnoutFile}), sums the gminy (or polling stations) of every city with county rights
 * the store knows, and imports {@code valid ballot papers / voters entitled × 100}: PKW's own
 * turnout (Electoral Code art. 74: the number of valid ballot papers is the number of people who
 * voted). Warsaw, published as its 18 districts, is their sum.
 */
@Service
public class ElectionsConnector {
    public static final String NAME = "elections";

    private final UnitDirectory units;
    private final IndicatorLoad load;

    public ElectionsConnector(UnitDirectory units, IndicatorLoad load) {
        this.units = units;
        this.load = load;
    }

    public ConnectorRun run(Reader file, String name, Election election, LocalDate pollingDay, boolean dryRun,
                            String username) throws IOException {
        PkwTurnoutFile.Read read = PkwTurnoutFile.read(file, name);
        if (!read.problems().isEmpty()) {
            return ConnectorRun.refused(NAME, read.problems());
        }
        UnitDirectory.Snapshot known = units.snapshot();
        Map<String, long[]> byCity = new LinkedHashMap<>();
        long outside = 0;
        for (PkwTurnoutFile.Row r : read.rows()) {
            Optional<TerritorialUnit> city = r.teryt().isEmpty()
                    ? (r.gmina().isEmpty() ? known.cityByName(r.powiat()) : Optional.empty())
                    : known.cityByPowiat(r.teryt());
            if (city.isEmpty()) {
                outside++;
                continue;
            }
            long[] sums = byCity.computeIfAbsent(city.get().code(), c -> new long[2]);
            sums[0] += r.eligible();
            sums[1] += r.validCards();
        }
        List<IndicatorValue> values = new ArrayList<>();
        String source = "PKW (Państwowa Komisja Wyborcza), " + name + ": valid ballot papers / voters entitled to vote";
        for (Map.Entry<String, long[]> c : byCity.entrySet()) {
            long eligible = c.getValue()[0];
            if (eligible == 0) {
                continue;
            }
            BigDecimal turnout = BigDecimal.valueOf(c.getValue()[1]).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(eligible), 2, RoundingMode.HALF_EVEN);
            values.add(new IndicatorValue(c.getKey(), election.indicator(), pollingDay.toString(), turnout, source));
        }
        List<Note> notes = new ArrayList<>();
        notes.add(Note.of("connect.elections.read", read.rows().size(), byCity.size(), pollingDay.toString()));
        if (read.empty() > 0) {
            notes.add(Note.of("connect.elections.empty", read.empty()));
        }
        if (outside > 0) {
            notes.add(Note.of("connect.elections.outside", outside));
        }
        return new ConnectorRun(NAME, values.size(), load.load(NAME, values, dryRun, username), notes);
    }
}
