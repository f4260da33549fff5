package pl.miasto4.index.weight;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import pl.miasto4.index.BuildStep;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.Params;
import pl.miasto4.index.StepRecord;
import pl.miasto4.index.aggregate.Aggregation;
import pl.miasto4.index.stats.Stats;

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
 * children–parent correlations match target importances, Becker et al. 2017). Data-driven methods
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
        return Set.of("from", "method", "name", "level", "weights", "experts", "targets", "base");
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        String method = p.choice("method", "equal", METHODS);
        String name = p.string("name", method);
        Framework base = coin.weightSet(p.string("base", "Original"));
        Map<String, Double> w = new HashMap<>();
        int level = p.integer("level", 2);
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
                    double[] ww = switch (method) {
                        case "pca" -> Weighting.pcaFirstComponent(cols);
                        case "fa" -> Weighting.factorAnalysis(cols);
                        case "bod" -> meanBod(cols);
                        case "correlation" -> correlationOptimised(cols, targets(p, kids));
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
                List.of("iCode", "Weight"), rows, Map.of("method", method)));
    }

    private static double[] targets(Params p, List<Node> kids) {
        double[] t = new double[kids.size()];
        java.util.Arrays.fill(t, 1);
        if (p.raw("targets") instanceof Map<?, ?> m) {
            for (int k = 0; k < kids.size(); k++) {
                if (m.get(kids.get(k).code()) instanceof Number n) {
                    t[k] = n.doubleValue();
                }
            }
        }
        return Weighting.scaleToOne(t);
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

    /**
     * Becker, Paruolo, Saisana & Saltelli (2017), linear version as in COINr get_opt_weights
     * ("balance"): minimise log(mean((target − r/Σr)²)) where r are the Pearson correlations of
     * each child with the weighted arithmetic mean of the children; Nelder–Mead from the targets.
     */
    public static double[] correlationOptimised(double[][] cols, double[] target) {
        int n = cols[0].length, p = cols.length;
        double[] x = new double[p];
        double[] agg = new double[n];
        double[] best = target.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        ObjectiveFunction f = new ObjectiveFunction(w -> {
            double[] wa = new double[p];
            for (int k = 0; k < p; k++) {
                wa[k] = Math.abs(w[k]) + 1e-12;
            }
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < p; k++) {
                    x[k] = cols[k][i];
                }
                agg[i] = Aggregation.arithmetic(x, wa);
            }
            double[] r = new double[p];
            double sr = 0;
            for (int k = 0; k < p; k++) {
                r[k] = Stats.correlation(cols[k], agg);
                sr += r[k];
            }
            double s = 0;
            for (int k = 0; k < p; k++) {
                double d = target[k] - r[k] / sr;
                s += d * d;
            }
            double value = Math.log(s / p + 1e-300);
            if (value < bestValue[0]) {
                bestValue[0] = value;
                System.arraycopy(w, 0, best, 0, p);
            }
            return value;
        });
        try {
            new SimplexOptimizer(1e-10, 1e-12).optimize(new MaxEval(20_000), f, GoalType.MINIMIZE,
                    new InitialGuess(target.clone()), new NelderMeadSimplex(p, 0.1));
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            // as COINr (optim with maxit), keep the best weights found so far
        }
        double[] w = best.clone();
        for (int k = 0; k < p; k++) {
            w[k] = Math.abs(w[k]);
        }
        return Weighting.scaleToOne(w);
    }
}
