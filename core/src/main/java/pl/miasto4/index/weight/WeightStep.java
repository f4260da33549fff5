package pl.miasto4.index.weight;

import pl.miasto4.index.BuildStep;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.Params;
import pl.miasto4.index.StepRecord;
import pl.miasto4.index.aggregate.Aggregation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step {@code weight}: writes a named weight set ({@code name}) used by later aggregation
 * ({@code aggregate: weights: NAME}). Methods: {@code given} (a map code → weight), {@code equal},
 * {@code pca} (COINr get_PCA), {@code fa} (Nicoletti et al.), {@code budget} (experts' points),
 * {@code bod} (mean benefit-of-the-doubt weights over units), {@code correlation} (weights whose
 * correlations with the index match target importances, or whose sum is largest, Becker et al. 2017 as
 * COINr get_opt_weights: {@link OptimisedWeights}). Data-driven methods
 * set the weights of the children of every aggregate at {@code level} (default 2), computed from
 * the data set {@code from} (it must hold those children).
 */
public final class WeightStep implements BuildStep {
    public static final List<String> METHODS = List.of("given", "equal", "pca", "fa", "budget", "bod", "correlation");

    @Override
    public String type() {
        return "weight";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("from", "method", "name", "level", "weights", "experts", "targets", "base", "objective");
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        String method = p.choice("method", "equal", METHODS);
        String name = p.string("name", method);
        Framework base = coin.weightSet(p.string("base", "Original"));
        Map<String, Double> w = new HashMap<>();
        int level = p.integer("level", 2);
        if (level < 2 || level > base.maxLevel()) {
            throw p.reject("level", "level must be between 2 and " + base.maxLevel() + " (the children of the aggregates "
                    + "of that level get the weights)");
        }
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        notes.put("method", method);
        switch (method) {
            case "given" -> {
                if (!(p.raw("weights") instanceof Map<?, ?> m)) {
                    throw p.reject("weights", "'weights' maps codes to weights");
                }
                m.forEach((k, v) -> {
                    if (base.node(k.toString()) == null || !(v instanceof Number n)) {
                        throw p.reject("weights", "weight of " + k + ": unknown code or not a number");
                    }
                    w.put(k.toString(), n.doubleValue());
                });
            }
            case "equal" -> base.nodes().forEach(n -> w.put(n.code(), 1.0));
            case "budget" -> {
                if (!(p.raw("experts") instanceof List<?> experts) || experts.isEmpty()) {
                    throw p.reject("experts", "'experts' is a list of maps code → points");
                }
                for (Node a : base.level(level)) {
                    List<Node> kids = base.children(a.code());
                    double[][] pts = new double[experts.size()][kids.size()];
                    for (int e = 0; e < experts.size(); e++) {
                        if (!(experts.get(e) instanceof Map<?, ?> m)) {
                            throw p.reject("experts", "each expert is a map code → points");
                        }
                        for (int k = 0; k < kids.size(); k++) {
                            Object v = m.get(kids.get(k).code());
                            pts[e][k] = v instanceof Number n ? n.doubleValue() : 0;
                        }
                    }
                    double[] ww = Weighting.budgetAllocation(pts);
                    for (int k = 0; k < kids.size(); k++) {
                        w.put(kids.get(k).code(), ww[k]);
                    }
                }
            }
            case "correlation" -> {
                Dataset d = BuildStep.input(coin, p);
                for (Node a : base.level(level)) {
                    for (Node k : base.children(a.code())) {
                        if (!d.has(k.code())) {
                            throw p.reject("from", "data set " + d.name() + " has no column " + k.code());
                        }
                    }
                }
                String objective = p.choice("objective", "balance", List.of("balance", "infomax"));
                Map<String, Double> targets = new HashMap<>();
                if (p.raw("targets") instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> {
                        if (!(v instanceof Number n) || n.doubleValue() < 0) {
                            throw p.reject("targets", "target of " + k + " must be a number ≥ 0");
                        }
                        targets.put(k.toString(), n.doubleValue());
                    });
                } else if (p.has("targets")) {
                    throw p.reject("targets", "'targets' maps codes to importances");
                }
                OptimisedWeights.Result r;
                try {
                    r = OptimisedWeights.fit(base, d, level, targets, objective.equals("infomax"));
                } catch (IllegalArgumentException e) {
                    throw p.reject("from", "weight (correlation): " + e.getMessage());
                }
                w.putAll(r.weights());
                notes.put("objective", Double.toString(r.objective()));
                notes.put("converged", Boolean.toString(r.converged()));
            }
            default -> {
                Dataset d = BuildStep.input(coin, p);
                for (Node a : base.level(level)) {
                    List<Node> kids = base.children(a.code());
                    double[][] cols = new double[kids.size()][];
                    for (int k = 0; k < kids.size(); k++) {
                        if (!d.has(kids.get(k).code())) {
                            throw p.reject("from", "data set " + d.name() + " has no column " + kids.get(k).code());
                        }
                        cols[k] = d.column(kids.get(k).code());
                    }
                    if (method.equals("pca") || method.equals("fa")) {
                        int bad = Weighting.undefined(Weighting.correlationMatrix(cols));
                        if (bad >= 0) {
                            throw p.reject("from", "weight (" + method + "), " + a.code() + (level == 2 ? ", indicator " : ", child ")
                                    + kids.get(bad).code() + ": it has no spread over the units with all of "
                                    + a.code() + "'s children present, so it has no correlation with them");
                        }
                    }
                    double[] ww = switch (method) {
                        case "pca" -> Weighting.pcaFirstComponent(cols);
                        case "fa" -> Weighting.factorAnalysis(cols);
                        case "bod" -> meanBod(cols);
                        default -> throw new IllegalStateException(method);
                    };
                    for (int k = 0; k < kids.size(); k++) {
                        w.put(kids.get(k).code(), ww[k]);
                    }
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        w.forEach((k, v) -> rows.add(List.of(k, Double.toString(v))));
        return coin.withWeightSet(name, base.withWeights(w), new StepRecord(p.step(), "weights:" + name,
                List.of("iCode", "Weight"), rows, notes));
    }

    private static double[] meanBod(double[][] cols) {
        double[][] w = Aggregation.bodWeights(cols);
        double[] mean = new double[cols.length];
        for (double[] unit : w) {
            if (unit == null) {
                continue;
            }
            double[] s = Weighting.scaleToOne(unit);
            for (int k = 0; k < mean.length; k++) {
                mean[k] += s[k];
            }
        }
        return Weighting.scaleToOne(mean);
    }
}
