package pl.miasto4.index.aggregate;

import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework flattened to integer indices, computed once: column {@code c} of the aggregated
 * table is an indicator for {@code c < indicatorCount}, else an aggregate; aggregates are ordered
 * level by level, so each one's children come before it. Used by aggregation and by the
 * uncertainty engine, which aggregates thousands of times without looking anything up.
 */
public final class Hierarchy {
    public final List<String> codes;
    public final int indicatorCount;
    /** For each aggregate a (index {@code a}, column {@code indicatorCount + a}): its children's columns. */
    public final int[][] children;
    /** The level of each aggregate. */
    public final int[] level;
    public final int maxLevel;

    public Hierarchy(Framework f, List<String> indicatorOrder) {
        List<String> c = new ArrayList<>(indicatorOrder);
        Map<String, Integer> col = new HashMap<>();
        for (int j = 0; j < c.size(); j++) {
            col.put(c.get(j), j);
        }
        indicatorCount = c.size();
        List<int[]> ch = new ArrayList<>();
        List<Integer> lv = new ArrayList<>();
        for (int l = 2; l <= f.maxLevel(); l++) {
            for (Node a : f.level(l)) {
                List<Node> kids = f.children(a.code());
                int[] k = new int[kids.size()];
                for (int i = 0; i < k.length; i++) {
                    Integer idx = col.get(kids.get(i).code());
                    if (idx == null) {
                        throw new IllegalArgumentException("no column for " + kids.get(i).code());
                    }
                    k[i] = idx;
                }
                col.put(a.code(), c.size());
                c.add(a.code());
                ch.add(k);
                lv.add(l);
            }
        }
        codes = List.copyOf(c);
        children = ch.toArray(new int[0][]);
        level = lv.stream().mapToInt(Integer::intValue).toArray();
        maxLevel = f.maxLevel();
    }

    public int aggregateCount() {
        return children.length;
    }

    /** The weights of each aggregate's children, from a framework (e.g. a weight set). */
    public double[][] weights(Framework f) {
        double[][] w = new double[children.length][];
        for (int a = 0; a < children.length; a++) {
            w[a] = new double[children[a].length];
            for (int k = 0; k < w[a].length; k++) {
                w[a][k] = f.node(codes.get(children[a][k])).weight();
            }
        }
        return w;
    }
}
