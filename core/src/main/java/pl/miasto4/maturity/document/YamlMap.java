package pl.miasto4.maturity.document;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping read through snakeyaml's node API, so that every value keeps its line and
 * column. Each accessor reports what is missing or mistyped to {@link Problems} and returns an
 * empty value instead of throwing, so a parser walks the whole document and reports every
 * problem at once. Shared by the model, mapping, assessment and action-catalogue parsers.
 */
public final class YamlMap {
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, Problems problems) {
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                problems.at(key, "a key must be a plain word");
                continue;
            }
            if (entries.putIfAbsent(scalar.getValue(), tuple) != null) {
                problems.at(key, "duplicate key '" + scalar.getValue() + "'");
            }
        }
    }

    /** Parses a whole document whose top level must be a mapping. */
    public static Optional<YamlMap> parse(String text, Problems problems) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(0, 0, "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problems.add(1, 1, "the document is empty");
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.at(root, "the document must be a mapping of keys to values");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(mapping, problems));
    }

    /** Checks the document's {@code schema:} key names the expected format. */
    public void requireSchema(String expected, String what) {
        requiredString("schema", what).filter(s -> !expected.equals(s)).ifPresent(s ->
                problems.at(nodeOf("schema"), "unsupported schema '" + s + "' (expected " + expected + ")"));
    }

    public Problems problems() {
        return problems;
    }

    public Node node() {
        return node;
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** The value node of a key, or the mapping itself when absent (to place a "missing" problem). */
    public Node nodeOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? node : tuple.getValueNode();
    }

    /** The key node itself, where a problem about the key (not its value) is placed. */
    public Node keyNodeOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? node : tuple.getKeyNode();
    }

    /** Reports every key that is not one of {@code allowed}. */
    public void allowOnly(String where, String... allowed) {
        Set<String> set = new LinkedHashSet<>(List.of(allowed));
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!set.contains(entry.getKey())) {
                problems.at(entry.getValue().getKeyNode(), "unknown key '" + entry.getKey() + "' in " + where
                        + " (allowed: " + String.join(", ", set) + ")");
            }
        }
    }

    public Optional<String> string(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.at(value, "'" + key + "' must be a single value");
        return Optional.empty();
    }

    public Optional<String> requiredString(String key, String where) {
        if (!has(key)) {
            problems.at(node, "missing '" + key + "' in " + where);
            return Optional.empty();
        }
        return string(key).filter(s -> {
            if (s.isBlank()) {
                problems.at(nodeOf(key), "'" + key + "' must not be empty");
                return false;
            }
            return true;
        });
    }

    public Optional<Double> number(String key) {
        return string(key).flatMap(s -> {
            try {
                return Optional.of(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                problems.at(nodeOf(key), "'" + key + "' must be a number, not '" + s + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<Integer> integer(String key) {
        return string(key).flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                problems.at(nodeOf(key), "'" + key + "' must be a whole number, not '" + s + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<Boolean> bool(String key) {
        return string(key).flatMap(s -> switch (s.trim()) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problems.at(nodeOf(key), "'" + key + "' must be true or false, not '" + s + "'");
                yield Optional.empty();
            }
        });
    }

    public Optional<YamlMap> map(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = entries.get(key).getValueNode();
        if (value instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, problems));
        }
        problems.at(value, "'" + key + "' must be a mapping of keys to values");
        return Optional.empty();
    }

    /** A list of mappings; a missing key is an empty list. */
    public List<YamlMap> maps(String key) {
        List<YamlMap> out = new ArrayList<>();
        for (Node item : items(key)) {
            if (item instanceof MappingNode mapping) {
                out.add(new YamlMap(mapping, problems));
            } else {
                problems.at(item, "each item of '" + key + "' must be a mapping of keys to values");
            }
        }
        return out;
    }

    /** A list of plain values; a single value counts as a list of one. */
    public List<Scalar> scalars(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode scalar) {
            return List.of(new Scalar(scalar.getValue(), scalar));
        }
        List<Scalar> out = new ArrayList<>();
        for (Node item : items(key)) {
            if (item instanceof ScalarNode scalar) {
                out.add(new Scalar(scalar.getValue(), scalar));
            } else {
                problems.at(item, "each item of '" + key + "' must be a single value");
            }
        }
        return out;
    }

    /** The entries of a nested mapping whose keys are data (e.g. level numbers), in file order. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            out.add(new Entry(e.getKey(), e.getValue().getKeyNode(), e.getValue().getValueNode(), problems));
        }
        return out;
    }

    private List<Node> items(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node value = entries.get(key).getValueNode();
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.at(value, "'" + key + "' must be a list");
        return List.of();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    /** A plain value with its position. */
    public record Scalar(String value, Node node) {
    }

    /** One key of a mapping with data keys. */
    public record Entry(String key, Node keyNode, Node valueNode, Problems problems) {
        public Optional<String> scalar() {
            if (valueNode instanceof ScalarNode s) {
                return Optional.of(s.getValue());
            }
            problems.at(valueNode, "'" + key + "' must be a single value");
            return Optional.empty();
        }

        public Optional<YamlMap> map() {
            if (valueNode instanceof MappingNode m) {
                return Optional.of(new YamlMap(m, problems));
            }
            problems.at(valueNode, "'" + key + "' must be a mapping of keys to values");
            return Optional.empty();
        }
    }
}
