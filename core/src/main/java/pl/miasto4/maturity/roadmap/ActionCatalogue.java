package pl.miasto4.maturity.roadmap;

import pl.miasto4.maturity.Resources;
import pl.miasto4.maturity.document.Codes;
import pl.miasto4.maturity.document.Parsed;
import pl.miasto4.maturity.document.Problems;
import pl.miasto4.maturity.document.YamlMap;
import pl.miasto4.maturity.model.Citation;
import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelReaders;
import pl.miasto4.maturity.model.Source;
import pl.miasto4.maturity.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actions a roadmap can propose for one model, read from
 * {@code maturity/actions/<model>-actions.yaml} ({@code schema: miasto4.maturity-actions/1}).
 * Checked on reading: known criteria and components, levels 1–5, known prerequisites, no cycles.
 */
public final class ActionCatalogue {
    public static final String SCHEMA = "miasto4.maturity-actions/1";
    private final String modelId;
    private final Map<String, Action> actions;

    private ActionCatalogue(String modelId, Map<String, Action> actions) {
        this.modelId = modelId;
        this.actions = actions;
    }

    public static ActionCatalogue builtIn(MaturityModel model) {
        String path = "maturity/actions/" + model.id() + "-actions.yaml";
        return parse(Resources.read(path), path, model).orThrow();
    }

    public String modelId() {
        return modelId;
    }

    public List<Action> actions() {
        return List.copyOf(actions.values());
    }

    public Optional<Action> action(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    public static Parsed<ActionCatalogue> parse(String text, String sourceName, MaturityModel model) {
        return Parsed.read(text, sourceName, doc -> read(doc, model));
    }

    private static ActionCatalogue read(YamlMap doc, MaturityModel model) {
        Problems problems = doc.problems();
        doc.allowOnly("an action catalogue", "schema", "model", "sources", "actions");
        doc.requireSchema(SCHEMA, "an action catalogue");
        doc.requiredString("model", "an action catalogue").filter(m -> !m.equals(model.id()))
                .ifPresent(m -> problems.at(doc.nodeOf("model"), "the catalogue is for model '" + m + "', not " + model.id()));
        Map<String, Source> sources = ModelReaders.sources(doc);
        String defaultSource = sources.isEmpty() ? null : sources.keySet().iterator().next();
        Map<String, Action> actions = new LinkedHashMap<>();
        Map<String, YamlMap> nodes = new LinkedHashMap<>();
        for (YamlMap a : doc.maps("actions")) {
            a.allowOnly("an action", "id", "title", "component", "cost", "raises", "requires", "cite");
            Optional<String> id = a.requiredString("id", "an action");
            String where = "action " + id.orElse("?");
            Text title = ModelReaders.text(a, "title", where, true).orElse(new Text("", ""));
            a.requiredString("component", where);
            Component component = Codes.read(a, "component", Component.class, "component").orElse(Component.PROCESSES);
            a.requiredString("cost", where);
            CostBand cost = Codes.read(a, "cost", CostBand.class, "cost band").orElse(CostBand.MEDIUM);
            List<Action.Raise> raises = new ArrayList<>();
            for (YamlMap r : a.maps("raises")) {
                r.allowOnly("a raise", "criterion", "gain", "up_to");
                Optional<String> criterion = r.requiredString("criterion", "a raise of " + where);
                criterion.filter(c -> model.criterion(c).isEmpty()).ifPresent(c ->
                        problems.at(r.nodeOf("criterion"), where + " raises unknown criterion '" + c + "'"));
                int gain = r.integer("gain").orElse(1);
                int upTo = r.integer("up_to").orElse(MaturityModel.MAX_LEVEL);
                if (gain < 1 || gain > 4) {
                    problems.at(r.nodeOf("gain"), "gain must be 1-4 levels");
                }
                if (upTo < 2 || upTo > MaturityModel.MAX_LEVEL) {
                    problems.at(r.nodeOf("up_to"), "up_to must be a level 2-5");
                }
                criterion.ifPresent(c -> raises.add(new Action.Raise(c, gain, upTo)));
            }
            if (raises.isEmpty()) {
                problems.at(a.node(), where + " raises no criterion");
            }
            List<String> requires = a.scalars("requires").stream().map(YamlMap.Scalar::value).toList();
            List<Citation> citations = ModelReaders.citations(a, "cite", sources, defaultSource);
            id.ifPresent(i -> {
                if (actions.putIfAbsent(i, new Action(i, title, component, cost, raises, requires, citations)) != null) {
                    problems.at(a.nodeOf("id"), "duplicate action id '" + i + "'");
                }
                nodes.putIfAbsent(i, a);
            });
        }
        Map<String, List<String>> graph = new LinkedHashMap<>();
        actions.values().forEach(action -> {
            for (YamlMap.Scalar req : nodes.get(action.id()).scalars("requires")) {
                if (!actions.containsKey(req.value())) {
                    problems.at(req.node(), "action " + action.id() + " requires unknown action '" + req.value() + "'");
                }
            }
            graph.put(action.id(), action.requires());
        });
        Dependencies.findCycle(graph).ifPresent(cycle -> problems.at(nodes.get(cycle.get(0)).node(),
                "actions require each other in a cycle: " + String.join(" → ", cycle)));
        return new ActionCatalogue(model.id(), actions);
    }
}
