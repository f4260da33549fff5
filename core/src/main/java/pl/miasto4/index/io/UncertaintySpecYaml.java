package pl.miasto4.index.io;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.uncertainty.Choice;
import pl.miasto4.index.uncertainty.UncertaintySpec;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an uncertainty specification (format in docs/index.md): target, replications, seed,
 * sensitivity, shift, and a list of choices, each one of: {@code step} + {@code alternatives}
 * (parameter sets of that recipe step), {@code step} + {@code parameter} + {@code range}
 * (continuous, {@code integer: true} for whole numbers), {@code noise} ({level: fraction}) +
 * {@code sets}, or {@code exclude} (a list of indicator codes, or "all").
 */
public final class UncertaintySpecYaml {
    private UncertaintySpecYaml() {
    }

    public static UncertaintySpec read(Path file, Recipe recipe, List<String> indicators) {
        try (Reader r = Files.newBufferedReader(file)) {
            return read(r, file.toString(), recipe, indicators);
        } catch (IOException e) {
            throw new IndexInputException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** A specification given as text (e.g. from a form or an API request); {@code source} names it in messages. */
    public static UncertaintySpec parse(String yaml, String source, Recipe recipe, List<String> indicators) {
        return read(new java.io.StringReader(yaml), source, recipe, indicators);
    }

    private static UncertaintySpec read(Reader reader, String f, Recipe recipe, List<String> indicators) {
        org.yaml.snakeyaml.nodes.Node rootNode;
        try {
            rootNode = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new IndexInputException(f, e.getProblemMark().getLine() + 1,
                    e.getProblemMark().getColumn() + 1, "not valid YAML: " + e.getProblem());
        }
        Object root = rootNode == null ? null : RecipeYaml.value(rootNode, f);
        if (!(root instanceof Map<?, ?> m)) {
            throw new IndexInputException(f, 1, 1, "an uncertainty specification is a mapping with 'choices'");
        }
        for (Object k : m.keySet()) {
            if (!List.of("target", "replications", "seed", "sensitivity", "shift", "choices").contains(k.toString())) {
                throw new IndexInputException(f, 0, 0, "unknown key '" + k + "'");
            }
        }
        if (!(m.get("choices") instanceof List<?> list) || list.isEmpty()) {
            throw new IndexInputException(f, 0, 0, "'choices' must be a non-empty list");
        }
        List<int[]> marks = choiceMarks(rootNode);
        List<Choice> choices = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            Object o = list.get(index);
            int[] at = index < marks.size() ? marks.get(index) : new int[]{0, 0};
            try {
                choices.add(choice(o, f, at, recipe, indicators));
            } catch (ClassCastException | NullPointerException | NumberFormatException e) {
                throw new IndexInputException(f, at[0], at[1], "a value of this choice has the wrong type: noise is a map "
                        + "level -> fraction, sets a number, exclude a list of codes or 'all', alternatives a list of "
                        + "parameter maps, range two numbers (docs/index.md)");
            }
        }
        String target = m.get("target") == null ? "Index" : m.get("target").toString();
        int reps = m.get("replications") instanceof Number n ? n.intValue() : 1000;
        long seed = m.get("seed") instanceof Number n ? n.longValue() : 1;
        boolean sens = Boolean.TRUE.equals(m.get("sensitivity"));
        double shift = m.get("shift") instanceof Number n ? n.doubleValue() : 0;
        return new UncertaintySpec(choices, target, reps, seed, sens, shift);
    }

    private static List<int[]> choiceMarks(org.yaml.snakeyaml.nodes.Node root) {
        List<int[]> out = new ArrayList<>();
        if (root instanceof org.yaml.snakeyaml.nodes.MappingNode mn) {
            for (org.yaml.snakeyaml.nodes.NodeTuple t : mn.getValue()) {
                if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals("choices")
                        && t.getValueNode() instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
                    for (org.yaml.snakeyaml.nodes.Node n : seq.getValue()) {
                        out.add(new int[]{n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1});
                    }
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Choice choice(Object o, String f, int[] at, Recipe recipe, List<String> indicators) {
        if (!(o instanceof Map<?, ?> c)) {
            throw new IndexInputException(f, at[0], at[1], "each choice is a mapping");
        }
        String name = String.valueOf(c.get("name"));
        if (c.get("name") == null) {
            throw new IndexInputException(f, at[0], at[1], "a choice has no name");
        }
        if (c.containsKey("noise")) {
            Map<Integer, Double> noise = new LinkedHashMap<>();
            ((Map<Object, Object>) c.get("noise")).forEach((k, v) ->
                    noise.put(Integer.parseInt(k.toString()), ((Number) v).doubleValue()));
            int sets = c.get("sets") instanceof Number n ? n.intValue() : 100;
            return new Choice.WeightNoise(name, noise, sets);
        } else if (c.containsKey("exclude")) {
            Object e = c.get("exclude");
            List<String> codes = "all".equals(e) ? indicators
                    : ((List<Object>) e).stream().map(String::valueOf).toList();
            return new Choice.Exclusion(name, codes);
        } else {
            String step = String.valueOf(c.get("step"));
            int idx = recipe.indexOf(step);
            if (idx < 0) {
                throw new IndexInputException(f, at[0], at[1], name + ": the recipe has no step '" + step + "'");
            }
            if (c.get("alternatives") instanceof List<?> alts) {
                List<Map<String, Object>> a = new ArrayList<>();
                for (Object alt : alts) {
                    Map<String, Object> am = new LinkedHashMap<>();
                    ((Map<Object, Object>) alt).forEach((k, v) -> am.put(k.toString(),
                            v instanceof Integer i ? (Object) i.doubleValue() : v instanceof List<?> l
                                    ? l.stream().map(x -> x instanceof Integer i ? (Object) i.doubleValue() : x).toList() : v));
                    a.add(am);
                }
                return new Choice.StepAlternatives(name, idx, a);
            } else if (c.get("range") instanceof List<?> range && range.size() == 2) {
                return new Choice.Continuous(name, idx, String.valueOf(c.get("parameter")),
                        ((Number) range.get(0)).doubleValue(), ((Number) range.get(1)).doubleValue(),
                        Boolean.TRUE.equals(c.get("integer")));
            } else {
                throw new IndexInputException(f, at[0], at[1], name + ": give 'alternatives' or 'parameter' with 'range'");
            }
        }
    }
}
