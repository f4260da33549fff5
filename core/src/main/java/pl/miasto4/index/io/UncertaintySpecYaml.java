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

    @SuppressWarnings("unchecked")
    public static UncertaintySpec read(Path file, Recipe recipe, List<String> indicators) {
        Object root;
        try (Reader r = Files.newBufferedReader(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (MarkedYAMLException e) {
            throw new IndexInputException(file.toString(), e.getProblemMark().getLine() + 1,
                    e.getProblemMark().getColumn() + 1, "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new IndexInputException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
        String f = file.toString();
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
        List<Choice> choices = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> c)) {
                throw new IndexInputException(f, 0, 0, "each choice is a mapping");
            }
            String name = String.valueOf(c.get("name"));
            if (c.get("name") == null) {
                throw new IndexInputException(f, 0, 0, "a choice has no name");
            }
            if (c.containsKey("noise")) {
                Map<Integer, Double> noise = new LinkedHashMap<>();
                ((Map<Object, Object>) c.get("noise")).forEach((k, v) ->
                        noise.put(Integer.parseInt(k.toString()), ((Number) v).doubleValue()));
                int sets = c.get("sets") instanceof Number n ? n.intValue() : 100;
                choices.add(new Choice.WeightNoise(name, noise, sets));
            } else if (c.containsKey("exclude")) {
                Object e = c.get("exclude");
                List<String> codes = "all".equals(e) ? indicators
                        : ((List<Object>) e).stream().map(String::valueOf).toList();
                choices.add(new Choice.Exclusion(name, codes));
            } else {
                String step = String.valueOf(c.get("step"));
                int idx = recipe.indexOf(step);
                if (idx < 0) {
                    throw new IndexInputException(f, 0, 0, name + ": the recipe has no step '" + step + "'");
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
                    choices.add(new Choice.StepAlternatives(name, idx, a));
                } else if (c.get("range") instanceof List<?> range && range.size() == 2) {
                    choices.add(new Choice.Continuous(name, idx, String.valueOf(c.get("parameter")),
                            ((Number) range.get(0)).doubleValue(), ((Number) range.get(1)).doubleValue(),
                            Boolean.TRUE.equals(c.get("integer"))));
                } else {
                    throw new IndexInputException(f, 0, 0, name + ": give 'alternatives' or 'parameter' with 'range'");
                }
            }
        }
        String target = m.get("target") == null ? "Index" : m.get("target").toString();
        int reps = m.get("replications") instanceof Number n ? n.intValue() : 1000;
        long seed = m.get("seed") instanceof Number n ? n.longValue() : 1;
        boolean sens = Boolean.TRUE.equals(m.get("sensitivity"));
        double shift = m.get("shift") instanceof Number n ? n.doubleValue() : 0;
        return new UncertaintySpec(choices, target, reps, seed, sens, shift);
    }
}
