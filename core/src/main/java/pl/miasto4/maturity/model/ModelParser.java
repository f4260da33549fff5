package pl.miasto4.maturity.model;

import pl.miasto4.maturity.document.Codes;
import pl.miasto4.maturity.document.Parsed;
import pl.miasto4.maturity.document.Problems;
import pl.miasto4.maturity.document.YamlMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and validates a maturity model document ({@code schema: miasto4.maturity-model/1}).
 * Reports every problem with its line: unknown keys, missing fields or levels, duplicate ids,
 * references to undeclared scales, technologies, components or sources, thresholds that are not
 * monotone, citations out of the source's range. The format is described in docs/maturity.md
 * and {@code maturity/schema/maturity-model.schema.json}.
 */
public final class ModelParser {
    public static final String SCHEMA = "miasto4.maturity-model/1";

    private ModelParser() {
    }

    public static Parsed<MaturityModel> parse(String text, String sourceName) {
        return Parsed.read(text, sourceName, ModelParser::read);
    }

    private static MaturityModel read(YamlMap doc) {
        doc.allowOnly("a maturity model", "schema", "id", "version", "name", "description", "sources",
                "default_source", "aggregation", "technologies", "scales", "dimensions");
        doc.requireSchema(SCHEMA, "a maturity model");
        String id = doc.requiredString("id", "a maturity model").orElse("?");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            doc.problems().at(doc.nodeOf("id"), "model id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String version = doc.requiredString("version", "a maturity model").orElse("?");
        Text name = ModelReaders.text(doc, "name", "the model", true).orElse(new Text("", ""));
        Text description = ModelReaders.text(doc, "description", "the model", false).orElse(new Text("", ""));

        Map<String, Source> sources = ModelReaders.sources(doc);
        String defaultSource = doc.string("default_source")
                .orElse(sources.isEmpty() ? null : sources.keySet().iterator().next());
        if (defaultSource != null && !sources.containsKey(defaultSource)) {
            doc.problems().at(doc.nodeOf("default_source"), "default_source '" + defaultSource + "' is not a declared source");
        }

        AggregationRules aggregation = readAggregation(doc);
        Map<String, Technology> technologies = readTechnologies(doc);
        Map<String, Scale> scales = readScales(doc);

        List<Dimension> dimensions = new ArrayList<>();
        Set<String> dimensionIds = new HashSet<>();
        Map<String, Integer> criterionIds = new HashMap<>();
        if (!doc.has("dimensions")) {
            doc.problems().at(doc.node(), "missing 'dimensions' in a maturity model");
        }
        for (YamlMap d : doc.maps("dimensions")) {
            d.allowOnly("a dimension", "id", "name", "description", "cross_cutting", "weight", "cite", "criteria");
            String did = d.requiredString("id", "a dimension").orElse("?");
            if (!dimensionIds.add(did)) {
                d.problems().at(d.nodeOf("id"), "duplicate dimension id '" + did + "'");
            }
            Text dname = ModelReaders.text(d, "name", "dimension " + did, true).orElse(new Text("", ""));
            Text ddesc = ModelReaders.text(d, "description", "dimension " + did, false).orElse(new Text("", ""));
            boolean crossCutting = d.bool("cross_cutting").orElse(false);
            double weight = positiveWeight(d, "dimension " + did);
            List<Citation> dcite = ModelReaders.citations(d, "cite", sources, defaultSource);
            List<Criterion> criteria = new ArrayList<>();
            if (d.maps("criteria").isEmpty()) {
                d.problems().at(d.node(), "dimension " + did + " has no criteria");
            }
            for (YamlMap c : d.maps("criteria")) {
                readCriterion(c, scales, technologies, sources, defaultSource).ifPresent(criterion -> {
                    Integer previous = criterionIds.putIfAbsent(criterion.id(), c.line());
                    if (previous != null) {
                        c.problems().at(c.nodeOf("id"), "duplicate criterion id '" + criterion.id()
                                + "' (first defined at line " + previous + ")");
                    }
                    criteria.add(criterion);
                });
            }
            dimensions.add(new Dimension(did, dname, ddesc, crossCutting, weight, criteria, dcite));
        }
        return new MaturityModel(id, version, name, description, List.copyOf(sources.values()), scales,
                technologies, aggregation, dimensions);
    }

    private static AggregationRules readAggregation(YamlMap doc) {
        Optional<YamlMap> agg = doc.map("aggregation");
        if (agg.isEmpty()) {
            doc.problems().at(doc.node(), "missing 'aggregation' in a maturity model (the roll-up rule per level)");
            return new AggregationRules(Aggregation.WEIGHTED_MEAN, Aggregation.WEIGHTED_MEAN,
                    Aggregation.WEIGHTED_MEAN, 0.5);
        }
        YamlMap a = agg.get();
        a.allowOnly("aggregation", "criterion_to_dimension", "criterion_to_component", "dimension_to_overall",
                "min_coverage");
        double minCoverage = a.number("min_coverage").orElse(0.5);
        if (minCoverage < 0 || minCoverage > 1) {
            a.problems().at(a.nodeOf("min_coverage"), "min_coverage must be between 0 and 1");
        }
        return new AggregationRules(rule(a, "criterion_to_dimension"), rule(a, "criterion_to_component"),
                rule(a, "dimension_to_overall"), minCoverage);
    }

    private static Aggregation rule(YamlMap a, String key) {
        a.requiredString(key, "aggregation");
        return Codes.read(a, key, Aggregation.class, "aggregation").orElse(Aggregation.WEIGHTED_MEAN);
    }

    private static Map<String, Technology> readTechnologies(YamlMap doc) {
        Map<String, Technology> out = new LinkedHashMap<>();
        for (YamlMap t : doc.maps("technologies")) {
            t.allowOnly("a technology", "id", "name");
            String tid = t.requiredString("id", "a technology").orElse(null);
            Text tname = ModelReaders.text(t, "name", "technology " + tid, true).orElse(new Text("", ""));
            if (tid != null && out.putIfAbsent(tid, new Technology(tid, tname)) != null) {
                t.problems().at(t.nodeOf("id"), "duplicate technology id '" + tid + "'");
            }
        }
        return out;
    }

    private static Map<String, Scale> readScales(YamlMap doc) {
        Map<String, Scale> out = new LinkedHashMap<>();
        if (!doc.has("scales")) {
            doc.problems().at(doc.node(), "missing 'scales' in a maturity model");
        }
        for (YamlMap s : doc.maps("scales")) {
            s.allowOnly("a scale", "id", "name", "levels");
            String sid = s.requiredString("id", "a scale").orElse("?");
            Text sname = ModelReaders.text(s, "name", "scale " + sid, true).orElse(new Text("", ""));
            Map<Integer, Text> labels = new TreeMap<>();
            Map<Integer, Text> descriptors = new TreeMap<>();
            Optional<YamlMap> levels = s.map("levels");
            if (levels.isEmpty()) {
                s.problems().at(s.node(), "scale " + sid + " has no 'levels'");
            }
            levels.ifPresent(l -> {
                for (YamlMap.Entry e : l.entries()) {
                    Optional<Integer> level = levelKey(e, "scale " + sid);
                    e.map().ifPresent(m -> {
                        m.allowOnly("a level of scale " + sid, "label", "descriptor");
                        Optional<Text> label = ModelReaders.text(m, "label", "level " + e.key() + " of scale " + sid, true);
                        Optional<Text> descriptor = ModelReaders.text(m, "descriptor", "level " + e.key(), false);
                        level.ifPresent(n -> {
                            label.ifPresent(t -> labels.put(n, t));
                            descriptor.ifPresent(t -> descriptors.put(n, t));
                        });
                    });
                }
                for (int n = MaturityModel.MIN_LEVEL; n <= MaturityModel.MAX_LEVEL; n++) {
                    if (!labels.containsKey(n)) {
                        s.problems().at(s.nodeOf("levels"), "scale " + sid + " is missing level " + n);
                    }
                }
            });
            if (out.putIfAbsent(sid, new Scale(sid, sname, labels, descriptors)) != null) {
                s.problems().at(s.nodeOf("id"), "duplicate scale id '" + sid + "'");
            }
        }
        return out;
    }

    private static Optional<Criterion> readCriterion(YamlMap c, Map<String, Scale> scales,
                                                     Map<String, Technology> technologies,
                                                     Map<String, Source> sources, String defaultSource) {
        c.allowOnly("a criterion", "id", "name", "question", "component", "scale", "scoring", "weight", "optional",
                "technologies", "evidence", "indicators", "indicator_combination", "levels", "cite");
        Optional<String> cid = c.requiredString("id", "a criterion");
        if (cid.isEmpty()) {
            return Optional.empty();
        }
        String id = cid.get();
        if (!id.matches("[a-z0-9_]+(\\.[a-z0-9_]+)*")) {
            c.problems().at(c.nodeOf("id"), "criterion id '" + id + "' must be snake_case words joined by '.'");
        }
        String where = "criterion " + id;
        Text name = ModelReaders.text(c, "name", where, true).orElse(new Text("", ""));
        Text question = ModelReaders.text(c, "question", where, false).orElse(name);
        c.requiredString("component", where);
        Component component = Codes.read(c, "component", Component.class, "component").orElse(Component.PROCESSES);
        String scaleId = c.requiredString("scale", where).orElse("?");
        Scale scale = scales.get(scaleId);
        if (scale == null && c.has("scale")) {
            c.problems().at(c.nodeOf("scale"), "criterion " + id + " uses undeclared scale '" + scaleId
                    + "' (declared: " + scales.keySet() + ")");
        }
        Scoring scoring = Codes.read(c, "scoring", Scoring.class, "scoring").orElse(Scoring.JUDGEMENT);
        double weight = positiveWeight(c, where);
        boolean optional = c.bool("optional").orElse(false);
        List<String> techs = new ArrayList<>();
        for (YamlMap.Scalar t : c.scalars("technologies")) {
            if (!technologies.containsKey(t.value())) {
                c.problems().at(t.node(), "criterion " + id + " names undeclared technology '" + t.value() + "'");
            } else {
                techs.add(t.value());
            }
        }
        List<Text> evidence = new ArrayList<>();
        for (YamlMap e : c.maps("evidence")) {
            ModelReaders.bilingual(e, "evidence of " + id).ifPresent(evidence::add);
        }
        List<IndicatorRule> indicators = readIndicators(c, id);
        Aggregation combination = Codes.read(c, "indicator_combination", Aggregation.class, "aggregation")
                .orElse(Aggregation.MIN);
        if (scoring != Scoring.JUDGEMENT && indicators.isEmpty()) {
            c.problems().at(c.has("scoring") ? c.nodeOf("scoring") : c.node(), "criterion " + id
                    + " is scored by indicators but lists none");
        }
        Map<Integer, Text> levels = new TreeMap<>();
        c.map("levels").ifPresent(l -> {
            for (YamlMap.Entry e : l.entries()) {
                Optional<Integer> level = levelKey(e, where);
                e.map().flatMap(m -> ModelReaders.bilingual(m, "level " + e.key() + " of " + id))
                        .ifPresent(t -> level.ifPresent(n -> levels.put(n, t)));
            }
        });
        if (scale != null) {
            for (int n = MaturityModel.MIN_LEVEL; n <= MaturityModel.MAX_LEVEL; n++) {
                if (!levels.containsKey(n) && !scale.descriptors().containsKey(n)) {
                    c.problems().at(c.has("levels") ? c.nodeOf("levels") : c.node(), "criterion " + id
                            + " is missing level " + n + " (no descriptor of its own nor on scale " + scaleId + ")");
                }
            }
        }
        List<Citation> citations = ModelReaders.citations(c, "cite", sources, defaultSource);
        return Optional.of(new Criterion(id, name, question, component, scaleId, levels, evidence, indicators,
                combination, scoring, techs, weight, optional, citations));
    }

    private static List<IndicatorRule> readIndicators(YamlMap c, String criterionId) {
        List<IndicatorRule> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlMap i : c.maps("indicators")) {
            i.allowOnly("an indicator", "code", "polarity", "unit", "reference", "thresholds");
            String where = "an indicator of " + criterionId;
            Optional<String> code = i.requiredString("code", where);
            code.ifPresent(s -> {
                if (!s.matches("[a-z][a-z0-9_]*")) {
                    i.problems().at(i.nodeOf("code"), "indicator code '" + s + "' must be snake_case");
                }
                if (!codes.add(s)) {
                    i.problems().at(i.nodeOf("code"), "indicator '" + s + "' listed twice in " + criterionId);
                }
            });
            i.requiredString("polarity", where);
            Polarity polarity = Codes.read(i, "polarity", Polarity.class, "polarity").orElse(Polarity.POSITIVE);
            Map<Integer, Double> thresholds = new TreeMap<>();
            Optional<YamlMap> t = i.map("thresholds");
            if (t.isEmpty()) {
                i.problems().at(i.node(), "missing 'thresholds' in " + where);
            }
            t.ifPresent(map -> {
                for (YamlMap.Entry e : map.entries()) {
                    Optional<Integer> level = levelKey(e, where);
                    level.ifPresent(n -> {
                        if (n == 1) {
                            i.problems().at(e.keyNode(), "level 1 needs no threshold (thresholds are for levels 2-5)");
                        }
                    });
                    e.scalar().ifPresent(v -> {
                        try {
                            double value = Double.parseDouble(v.trim());
                            level.ifPresent(n -> thresholds.put(n, value));
                        } catch (NumberFormatException ex) {
                            i.problems().at(e.valueNode(), "threshold for level " + e.key() + " must be a number, not '" + v + "'");
                        }
                    });
                }
                checkMonotone(i, map, thresholds, polarity, code.orElse("?"));
            });
            code.ifPresent(s -> out.add(new IndicatorRule(s, polarity, i.string("unit").orElse(""), thresholds,
                    i.string("reference").orElse(""))));
        }
        return out;
    }

    private static void checkMonotone(YamlMap indicator, YamlMap thresholdMap, Map<Integer, Double> thresholds,
                                      Polarity polarity, String code) {
        Integer previousLevel = null;
        Double previous = null;
        for (Map.Entry<Integer, Double> e : thresholds.entrySet()) {
            if (previous != null) {
                boolean ok = polarity == Polarity.POSITIVE ? e.getValue() > previous : e.getValue() < previous;
                if (!ok) {
                    indicator.problems().at(thresholdMap.nodeOf(Integer.toString(e.getKey())), "thresholds of '" + code
                            + "' are not monotone: level " + e.getKey() + " needs " + fmt(e.getValue()) + " but level "
                            + previousLevel + " already needs " + fmt(previous) + " (polarity "
                            + polarity.name().toLowerCase() + ": each level must need "
                            + (polarity == Polarity.POSITIVE ? "more" : "less") + ")");
                }
            }
            previousLevel = e.getKey();
            previous = e.getValue();
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static Optional<Integer> levelKey(YamlMap.Entry e, String where) {
        try {
            int n = Integer.parseInt(e.key().trim());
            if (n < MaturityModel.MIN_LEVEL || n > MaturityModel.MAX_LEVEL) {
                e.problems().at(e.keyNode(), "level " + n + " in " + where + " is outside 1-5");
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberFormatException ex) {
            e.problems().at(e.keyNode(), "'" + e.key() + "' in " + where + " is not a level number 1-5");
            return Optional.empty();
        }
    }

    private static double positiveWeight(YamlMap map, String where) {
        double weight = map.number("weight").orElse(1.0);
        if (weight <= 0) {
            map.problems().at(map.nodeOf("weight"), "weight of " + where + " must be positive");
            return 1.0;
        }
        return weight;
    }
}
