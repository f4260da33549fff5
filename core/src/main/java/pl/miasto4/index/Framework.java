package pl.miasto4.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hierarchy of a composite indicator: indicators grouped into aggregates of any depth
 * (indicator → pillar → sub-index → index), each node with a weight and each indicator with a
 * direction, plus the names of the unit group columns and denominator columns (COINr's iMeta).
 */
public final class Framework {
    private final List<Node> nodes;
    private final List<Node> indicators;
    private final Map<String, Node> byCode = new HashMap<>();
    private final Map<String, List<Node>> children = new LinkedHashMap<>();
    private final List<String> groups;
    private final List<String> denominators;
    private final int maxLevel;

    public Framework(List<Node> nodes, List<String> groups, List<String> denominators) {
        this.nodes = List.copyOf(nodes);
        this.groups = List.copyOf(groups);
        this.denominators = List.copyOf(denominators);
        List<Node> ind = new ArrayList<>();
        int max = 1;
        for (Node n : nodes) {
            if (byCode.put(n.code(), n) != null) {
                throw IndexInputException.of("duplicate code in framework: " + n.code());
            }
            if (n.isIndicator()) {
                ind.add(n);
            }
            max = Math.max(max, n.level());
        }
        this.indicators = List.copyOf(ind);
        this.maxLevel = max;
        for (Node n : nodes) {
            if (n.parent() != null) {
                Node p = byCode.get(n.parent());
                if (p == null) {
                    throw IndexInputException.of("parent " + n.parent() + " of " + n.code() + " is not in the framework");
                }
                if (p.level() != n.level() + 1) {
                    throw IndexInputException.of("parent " + p.code() + " of " + n.code() + " must be one level up");
                }
                children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
            } else if (n.level() != max) {
                throw IndexInputException.of(n.code() + " (level " + n.level() + ") has no parent");
            }
        }
        for (Node n : nodes) {
            if (!n.isIndicator() && !children.containsKey(n.code())) {
                throw IndexInputException.of("aggregate " + n.code() + " has no children");
            }
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Node> indicators() {
        return indicators;
    }

    public List<String> indicatorCodes() {
        return indicators.stream().map(Node::code).toList();
    }

    /** Aggregates of one level, in framework order. */
    public List<Node> level(int level) {
        return nodes.stream().filter(n -> n.level() == level).toList();
    }

    public List<Node> children(String parent) {
        return children.getOrDefault(parent, Collections.emptyList());
    }

    public Node node(String code) {
        return byCode.get(code);
    }

    public int maxLevel() {
        return maxLevel;
    }

    public List<String> groups() {
        return groups;
    }

    public List<String> denominators() {
        return denominators;
    }

    /** The same framework with other weights (code → weight); codes not in the map keep theirs. */
    public Framework withWeights(Map<String, Double> weights) {
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            Double w = weights.get(n.code());
            out.add(w == null ? n : new Node(n.code(), n.name(), n.level(), n.direction(), w, n.parent(),
                    n.denominator(), n.target(), n.unit()));
        }
        return new Framework(out, groups, denominators);
    }

    /** The framework's own weights, code → weight. */
    public Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        for (Node n : nodes) {
            w.put(n.code(), n.weight());
        }
        return w;
    }
}
