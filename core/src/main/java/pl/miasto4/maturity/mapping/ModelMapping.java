package pl.miasto4.maturity.mapping;

import pl.miasto4.maturity.document.Codes;
import pl.miasto4.maturity.document.Parsed;
import pl.miasto4.maturity.document.Problems;
import pl.miasto4.maturity.document.YamlMap;
import pl.miasto4.maturity.model.MaturityModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Links between the criteria of two model versions ({@code schema: miasto4.maturity-mapping/1}).
 * A mapping can be read in either direction ({@link #inverse()}).
 */
public record ModelMapping(String fromModel, String fromVersion, String toModel, String toVersion, List<Link> links) {
    public static final String SCHEMA = "miasto4.maturity-mapping/1";

    public ModelMapping {
        links = List.copyOf(links);
    }

    public record Link(String from, String to, Relation relation) {
    }

    public ModelMapping inverse() {
        return new ModelMapping(toModel, toVersion, fromModel, fromVersion,
                links.stream().map(l -> new Link(l.to(), l.from(), l.relation().inverse())).toList());
    }

    public static Parsed<ModelMapping> parse(String text, String sourceName,
                                             Function<String, Optional<MaturityModel>> models) {
        return Parsed.read(text, sourceName, doc -> read(doc, models));
    }

    private static ModelMapping read(YamlMap doc, Function<String, Optional<MaturityModel>> models) {
        Problems problems = doc.problems();
        doc.allowOnly("a model mapping", "schema", "from", "to", "links");
        doc.requireSchema(SCHEMA, "a model mapping");
        String[] from = side(doc, "from", models);
        String[] to = side(doc, "to", models);
        Optional<MaturityModel> fromModel = models.apply(from[0]);
        Optional<MaturityModel> toModel = models.apply(to[0]);
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap l : doc.maps("links")) {
            l.allowOnly("a link", "from", "to", "relation");
            Optional<String> f = l.requiredString("from", "a link");
            Optional<String> t = l.requiredString("to", "a link");
            f.filter(c -> fromModel.isPresent() && fromModel.get().criterion(c).isEmpty()).ifPresent(c ->
                    problems.at(l.nodeOf("from"), "'" + c + "' is not a criterion of " + from[0]));
            t.filter(c -> toModel.isPresent() && toModel.get().criterion(c).isEmpty()).ifPresent(c ->
                    problems.at(l.nodeOf("to"), "'" + c + "' is not a criterion of " + to[0]));
            l.requiredString("relation", "a link");
            Optional<Relation> relation = Codes.read(l, "relation", Relation.class, "relation");
            if (f.isPresent() && t.isPresent() && !seen.add(f.get() + "→" + t.get())) {
                problems.at(l.node(), "the link " + f.get() + " → " + t.get() + " is listed twice");
            }
            if (f.isPresent() && t.isPresent() && relation.isPresent()) {
                links.add(new Link(f.get(), t.get(), relation.get()));
            }
        }
        return new ModelMapping(from[0], from[1], to[0], to[1], links);
    }

    private static String[] side(YamlMap doc, String key, Function<String, Optional<MaturityModel>> models) {
        Optional<YamlMap> side = doc.map(key);
        if (side.isEmpty()) {
            doc.problems().at(doc.node(), "missing '" + key + "' in a model mapping");
            return new String[]{"?", "?"};
        }
        YamlMap s = side.get();
        s.allowOnly("'" + key + "'", "model", "version");
        String model = s.requiredString("model", key).orElse("?");
        String version = s.requiredString("version", key).orElse("?");
        Optional<MaturityModel> m = models.apply(model);
        if (m.isEmpty()) {
            s.problems().at(s.nodeOf("model"), "unknown model '" + model + "'");
        } else if (!m.get().version().equals(version)) {
            s.problems().at(s.nodeOf("version"), "the mapping is for " + model + " " + version
                    + " but the model is version " + m.get().version());
        }
        return new String[]{model, version};
    }
}
