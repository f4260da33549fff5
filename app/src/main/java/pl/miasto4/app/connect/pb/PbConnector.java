package pl.miasto4.app.connect.pb;

import org.springframework.stereotype.Service;
import pl.miasto4.app.connect.load.ConnectorRun;
import pl.miasto4.app.connect.load.IndicatorLoad;
import pl.miasto4.app.connect.load.IndicatorValue;
import pl.miasto4.app.connect.load.Note;
import pl.miasto4.app.connect.load.UnitDirectory;
import pl.miasto4.app.observation.ObservationRepository;
import pl.miasto4.app.pb.PbEditionFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Participatory budgets → indicators. Reads every counted edition in the store (imported from
 * pabulib files, or run here and closed), validates that its city and districts are units of the
 * store, maps the figures to the catalogue ({@link PbIndicators}) and imports them all or nothing.
 */
@Service
public class PbConnector {
    public static final String NAME = "pb";

    private final PbEditionFigures figures;
    private final UnitDirectory units;
    private final ObservationRepository observations;
    private final IndicatorLoad load;

    public PbConnector(PbEditionFigures figures, UnitDirectory units, ObservationRepository observations, IndicatorLoad load) {
        this.figures = figures;
        this.units = units;
        this.observations = observations;
        this.load = load;
    }

    /** Every counted edition, or only {@code editionSlug}'s when given. */
    public ConnectorRun run(String editionSlug, boolean dryRun, String username) {
        List<PbEditionFigures.PoolFigures> pools = figures.counted(editionSlug);
        List<Note> notes = new ArrayList<>();
        if (pools.isEmpty()) {
            notes.add(Note.of("connect.pb.no_editions"));
            return new ConnectorRun(NAME, 0, null, notes);
        }
        UnitDirectory.Snapshot known = units.snapshot();
        Map<String, Map<String, BigDecimal>> populationByYear = new HashMap<>();
        List<IndicatorValue> values = PbIndicators.derive(pools, known::cityByName, known::district,
                (unit, year) -> Optional.ofNullable(populationByYear.computeIfAbsent(Integer.toString(year), this::population).get(unit)),
                notes);
        notes.add(0, Note.of("connect.pb.read", pools.size(), pools.stream().map(PbEditionFigures.PoolFigures::editionSlug).distinct().count()));
        return new ConnectorRun(NAME, values.size(), load.load(NAME, values, dryRun, username), notes);
    }

    private Map<String, BigDecimal> population(String period) {
        Map<String, BigDecimal> m = new HashMap<>();
        observations.valuesIn("population_total", period).forEach(v -> m.put(v.unitCode(), v.value()));
        return m;
    }
}
