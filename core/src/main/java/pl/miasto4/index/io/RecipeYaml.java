package pl.miasto4.index.io;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Recipe;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a recipe from YAML (format in docs/index.md): a mapping with {@code name} and
 * {@code steps}, a list of mappings each with {@code step: TYPE} and that step's parameters.
 * Keeps every parameter's line and column so a refused value can be pointed at.
 */
public final class RecipeYaml {
    private RecipeYaml() {
    }

    public static Recipe read(Path file) {
        try (Reader r = Files.newBufferedReader(file)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new IndexInputException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
    }

    public static Recipe parse(String yaml) {
        return read(new StringReader(yaml), "recipe");
    }

    /** A recipe given as text; {@code source} names it in messages (e.g. "recipe of build 12"). */
    public static Recipe parse(String yaml, String source) {
        return read(new StringReader(yaml), source);
    }

    /**
     * The recipe as YAML that {@link #parse} reads back to the same steps and parameters (whole
     * numbers are written without a decimal point, so a recipe built in code reads naturally).
     */
    public static String write(Recipe recipe) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", recipe.name());
        List<Object> steps = new ArrayList<>();
        for (Recipe.Step s : recipe.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", s.type());
            s.params().forEach((k, v) -> m.put(k, plain(v)));
            steps.add(m);
        }
        root.put("steps", steps);
        org.yaml.snakeyaml.DumperOptions o = new org.yaml.snakeyaml.DumperOptions();
        o.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        o.setWidth(120);
        return new Yaml(o).dump(root);
    }

    private static Object plain(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(RecipeYaml::plain).toList();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k.toString(), plain(x)));
            return out;
        }
        return v;
    }

    private static Recipe read(Reader reader, String source) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Node root;
        try {
            root = yaml.compose(reader);
        } catch (MarkedYAMLException e) {
            throw new IndexInputException(source, e.getProblemMark().getLine() + 1, e.getProblemMark().getColumn() + 1,
                    "not valid YAML: " + e.getProblem());
        }
        if (!(root instanceof MappingNode map)) {
            throw new IndexInputException(source, 1, 1, "a recipe is a mapping with 'name' and 'steps'");
        }
        String name = "recipe";
        List<Recipe.Step> steps = null;
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode(), source);
            switch (key) {
                case "name" -> name = scalar(t.getValueNode(), source);
                case "description" -> { }
                case "steps" -> steps = steps(t.getValueNode(), source);
                default -> throw at(source, t.getKeyNode(), "unknown key '" + key + "'; a recipe has name, description, steps");
            }
        }
        if (steps == null || steps.isEmpty()) {
            throw new IndexInputException(source, 1, 1, "the recipe has no steps");
        }
        return new Recipe(name, steps, source);
    }

    private static List<Recipe.Step> steps(Node node, String source) {
        if (!(node instanceof SequenceNode seq)) {
            throw at(source, node, "'steps' must be a list");
        }
        List<Recipe.Step> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                throw at(source, item, "each step is a mapping with 'step: TYPE'");
            }
            String type = null;
            Map<String, Object> params = new LinkedHashMap<>();
            Map<String, int[]> pos = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = scalar(t.getKeyNode(), source);
                if (key.equals("step")) {
                    type = scalar(t.getValueNode(), source);
                } else {
                    params.put(key, value(t.getValueNode(), source));
                    pos.put(key, new int[]{t.getValueNode().getStartMark().getLine() + 1,
                            t.getValueNode().getStartMark().getColumn() + 1});
                }
            }
            if (type == null) {
                throw at(source, item, "the step has no 'step: TYPE'");
            }
            out.add(new Recipe.Step(type, params, item.getStartMark().getLine() + 1,
                    item.getStartMark().getColumn() + 1, pos));
        }
        return out;
    }

    /** A YAML node as plain values (maps, lists, numbers as Double, booleans, strings). */
    static Object value(Node node, String source) {
        if (node instanceof ScalarNode s) {
            String v = s.getValue();
            if (s.getTag().getValue().endsWith(":str") && s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
                return v;
            }
            if (v.equals("true") || v.equals("false")) {
                return Boolean.parseBoolean(v);
            }
            if (v.equals("null") || v.equals("~")) {
                return null;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (node instanceof SequenceNode seq) {
            List<Object> l = new ArrayList<>();
            for (Node n : seq.getValue()) {
                l.add(value(n, source));
            }
            return l;
        }
        MappingNode m = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            map.put(scalar(t.getKeyNode(), source), value(t.getValueNode(), source));
        }
        return map;
    }

    private static String scalar(Node node, String source) {
        if (!(node instanceof ScalarNode s)) {
            throw at(source, node, "expected a single value here");
        }
        return s.getValue();
    }

    private static IndexInputException at(String source, Node node, String reason) {
        return new IndexInputException(source, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, reason);
    }
}
