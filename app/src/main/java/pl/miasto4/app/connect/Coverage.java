package pl.miasto4.app.connect;

import org.springframework.stereotype.Service;
import pl.miasto4.app.connect.load.Note;
import pl.miasto4.app.indicator.Indicator;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.observation.Observation;
import pl.miasto4.app.observation.ObservationQuery;
import pl.miasto4.app.observation.ObservationRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far the sources reach for one unit: indicators with a value, by dimension, and for every
 * dimension without any, the source that would fill it (none of them is in the shared data).
 */
@Service
public class Coverage {
    /** The nine dimensions; an empty one is named with its source ({@code connect.coverage.missing.<dimension>}). */
    static final List<String> DIMENSIONS = List.of("human_capital", "social_cohesion", "economy", "governance", "environment",
            "mobility", "urban_planning", "international_outreach", "technology");

    private final ObservationRepository observations;
    private final IndicatorRepository indicators;

    public Coverage(ObservationRepository observations, IndicatorRepository indicators) {
        this.observations = observations;
        this.indicators = indicators;
    }

    public List<Note> of(String unit) {
        Set<String> codes = new TreeSet<>();
        observations.stream(new ObservationQuery(List.of(unit), List.of(), null, null, null, null, 0, Integer.MAX_VALUE),
                (Observation o) -> codes.add(o.indicatorCode()));
        Map<String, Integer> byDimension = new TreeMap<>();
        for (String code : codes) {
            indicators.find(code).map(Indicator::dimension).ifPresent(d -> byDimension.merge(d, 1, Integer::sum));
        }
        List<Note> notes = new ArrayList<>();
        notes.add(Note.of("connect.coverage.summary", unit, codes.size(), byDimension.size(), byDimension.toString()));
        for (String d : DIMENSIONS) {
            if (!byDimension.containsKey(d)) {
                notes.add(Note.of("connect.coverage.missing." + d));
            }
        }
        return notes;
    }
}
