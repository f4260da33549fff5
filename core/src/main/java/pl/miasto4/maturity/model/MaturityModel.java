package pl.miasto4.maturity.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A versioned maturity model read from a YAML document: dimensions → criteria with five levels,
 * the scales they use, the technologies they name, the sources they cite and the rules that roll
 * scores up. Immutable; lookups by id.
 */
public record MaturityModel(String id, String version, Text name, Text description, List<Source> sources,
                            Map<String, Scale> scales, Map<String, Technology> technologies,
                            AggregationRules aggregation, List<Dimension> dimensions) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    public MaturityModel {
        sources = List.copyOf(sources);
        scales = Map.copyOf(scales);
        technologies = Map.copyOf(technologies);
        dimensions = List.copyOf(dimensions);
    }

    public Stream<Criterion> criteria() {
        return dimensions.stream().flatMap(d -> d.criteria().stream());
    }

    public Optional<Criterion> criterion(String criterionId) {
        return criteria().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    /** The dimension a criterion belongs to. */
    public Dimension dimensionOf(String criterionId) {
        return dimensions.stream().filter(d -> d.criteria().stream().anyMatch(c -> c.id().equals(criterionId)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no criterion " + criterionId));
    }

    /** Every indicator code the model references, with the criteria that use it, in model order. */
    public Map<String, List<String>> indicatorCodes() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        criteria().forEach(c -> c.indicators().forEach(i ->
                out.computeIfAbsent(i.code(), k -> new java.util.ArrayList<>()).add(c.id())));
        return out;
    }

    /** The label of a level on a criterion's scale, e.g. "transakcja" for level 4 of an e-service. */
    public Text levelLabel(Criterion criterion, int level) {
        Scale scale = scales.get(criterion.scale());
        return scale == null ? new Text(Integer.toString(level), Integer.toString(level))
                : scale.labels().getOrDefault(level, new Text(Integer.toString(level), Integer.toString(level)));
    }

    /** The descriptor of a level: the criterion's own, else the scale's default. */
    public Text levelDescriptor(Criterion criterion, int level) {
        Text own = criterion.levels().get(level);
        if (own != null) {
            return own;
        }
        Scale scale = scales.get(criterion.scale());
        return scale == null ? new Text("", "") : scale.descriptors().getOrDefault(level, new Text("", ""));
    }
}
