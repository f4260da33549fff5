package pl.miasto4.maturity.document;

import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of one document, so a user sees all of them at once, not the first. */
public final class Problems {
    private final String source;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void at(Node node, String message) {
        if (node == null) {
            add(0, 0, message);
        } else {
            add(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, message);
        }
    }

    public void add(int line, int column, String message) {
        list.add(new Problem(source, line, column, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems sorted by position in the file. */
    public List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }
}
