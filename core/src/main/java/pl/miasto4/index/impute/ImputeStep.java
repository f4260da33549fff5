package pl.miasto4.index.impute;

import pl.miasto4.index.BuildStep;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.Params;
import pl.miasto4.index.StepRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Step {@code impute}: fills missing values and reports each filled cell (see {@link Imputation}). */
public final class ImputeStep implements BuildStep {
    public static final List<String> METHODS = List.of("mean", "median", "group-mean", "group-median", "unit-mean",
            "unit-median", "em", "none");

    @Override
    public String type() {
        return "impute";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("from", "to", "method", "group", "level", "iterations", "tolerance", "normaliseFirst");
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        Dataset in = BuildStep.input(coin, p);
        String method = p.choice("method", "mean", METHODS);
        double[][] out = new double[in.columnCount()][];
        switch (method) {
            case "mean", "median", "none" -> {
                for (int j = 0; j < out.length; j++) {
                    out[j] = method.equals("none") ? in.column(j)
                            : method.equals("mean") ? Imputation.mean(in.column(j)) : Imputation.median(in.column(j));
                }
            }
            case "group-mean", "group-median" -> {
                if (!p.has("group")) {
                    throw p.reject("method", method + " needs 'group', the name of a group column");
                }
                List<String> group;
                try {
                    group = coin.units().group(p.string("group", null), in.units());
                } catch (pl.miasto4.index.IndexInputException e) {
                    throw p.reject("group", e.reason());
                }
                for (int j = 0; j < out.length; j++) {
                    out[j] = Imputation.groupwise(in.column(j), group, method.equals("group-median"));
                }
            }
            case "unit-mean", "unit-median" -> {
                Framework f = coin.framework();
                int[] dir = new int[out.length];
                String[] groupOf = groupsAtLevel(f, in, p);
                for (int j = 0; j < out.length; j++) {
                    Node n = f.node(in.codes().get(j));
                    dir[j] = n == null ? 1 : n.direction();
                }
                double[][] cols = new double[out.length][];
                for (int j = 0; j < out.length; j++) {
                    cols[j] = in.column(j);
                }
                out = Imputation.unitWithinGroups(cols, dir, groupOf, method.equals("unit-median"),
                        p.bool("normaliseFirst", true));
            }
            case "em" -> {
                // all indicators together, or (with `level`) each aggregate's indicators on their own,
                // as COINr's vignette runs Amelia's EM per level-2 group
                String[] groupOf = p.has("level") ? groupsAtLevel(coin.framework(), in, p) : null;
                java.util.Map<String, List<Integer>> blocks = new java.util.LinkedHashMap<>();
                for (int j = 0; j < out.length; j++) {
                    blocks.computeIfAbsent(groupOf == null ? "" : groupOf[j], k -> new ArrayList<>()).add(j);
                }
                for (List<Integer> block : blocks.values()) {
                    double[][] cols = new double[block.size()][];
                    for (int k = 0; k < cols.length; k++) {
                        cols[k] = in.column(block.get(k));
                    }
                    double[][] imputed;
                    try {
                        imputed = Imputation.em(cols, p.integer("iterations", 100_000), p.number("tolerance", 1e-14));
                    } catch (Imputation.EmFailure e) {
                        String what = groupOf == null ? "all indicators" : "the indicators of " + groupOf[block.get(0)];
                        throw p.reject("method", "impute (em), " + what
                                + (e.column() >= 0 ? ", indicator " + in.codes().get(block.get(e.column())) : "")
                                + (e.unit() >= 0 ? ", unit " + in.units().get(e.unit()) : "") + ": " + e.getMessage());
                    }
                    for (int k = 0; k < cols.length; k++) {
                        out[block.get(k)] = imputed[k];
                    }
                }
            }
            default -> throw new IllegalStateException(method);
        }
        List<List<String>> rows = new ArrayList<>();
        int left = 0;
        for (int j = 0; j < out.length; j++) {
            for (int i = 0; i < in.unitCount(); i++) {
                if (Double.isNaN(in.value(i, j))) {
                    if (Double.isNaN(out[j][i])) {
                        left++;
                    }
                    rows.add(List.of(in.units().get(i), in.codes().get(j), pl.miasto4.index.io.CoinrCsv.format(out[j][i])));
                }
            }
        }
        Dataset d = new Dataset(BuildStep.output(p, "Imputed"), in.units(), in.codes(), out);
        return coin.with(d, new StepRecord(p.step(), d.name(), List.of("uCode", "iCode", "Imputed"), rows,
                Map.of("from", in.name(), "stillMissing", Integer.toString(left))));
    }

    /** For each column, the code of its ancestor at {@code level} (default 2). */
    private static String[] groupsAtLevel(Framework f, Dataset in, Params p) {
        int level = p.integer("level", 2);
        if (level < 2 || level > f.maxLevel()) {
            throw p.reject("level", "level must be between 2 and " + f.maxLevel());
        }
        String[] groupOf = new String[in.columnCount()];
        for (int j = 0; j < groupOf.length; j++) {
            Node a = f.node(in.codes().get(j));
            while (a != null && a.level() < level) {
                a = f.node(a.parent());
            }
            groupOf[j] = a == null ? "" : a.code();
        }
        return groupOf;
    }
}
