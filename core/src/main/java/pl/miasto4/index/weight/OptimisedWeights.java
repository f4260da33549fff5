package pl.miasto4.index.weight;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.aggregate.Aggregation;
import pl.miasto4.index.stats.Stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights fitted so that the nodes of one level correlate with the index as intended: Becker,
 * Paruolo, Saisana & Saltelli (2017), "Weights and importance in composite indicators: closing the
 * gap", Ecological Indicators 80:12–22, in the linear (Pearson) form of COINr 1.1.14's
 * {@code get_opt_weights} (R/weights.R):
 * <ul>
 *   <li>{@code balance}: minimise log(mean((t − r/Σr)²)), where r are the correlations of every node
 *       of the level with the index (all nodes jointly, the index recomputed from them) and t the target
 *       importances scaled to sum 1;</li>
 *   <li>{@code infomax}: maximise Σr.</li>
 * </ul>
 * COINr's answer is what R's Nelder–Mead returns after its tolerance (reltol 0.1 by default) on a
 * vector whose scale within each parent is free, so it changes with the tolerance. Here the same
 * objective is minimised over what the aggregation actually uses — each parent's shares (summing to
 * 1, the last share being 1 − the others; negative shares are allowed, as in COINr) — to convergence:
 * Nelder–Mead restarted from its own result until the point no longer moves, then (balance)
 * Gauss–Newton steps on the residuals t − r/Σr with a central-difference Jacobian (infomax: Newton
 * steps with Richardson-extrapolated difference gradient and Hessian) until the step vanishes. The index is recomputed with weighted arithmetic means and the other weights of the
 * weight set (COINr recomputes it with the coin's own aggregation: the same for the default).
 */
public final class OptimisedWeights {
    /** The fitted shares (code → weight within its parent) and the objective reached. */
    public record Result(Map<String, Double> weights, double objective, double[] correlations, boolean converged) {
    }

    private final int nodeCount;
    private final int[][] children;   // per aggregate above the nodes (level order): its children's columns
    private final double[][] baseWeights; // the weights of those children (node weights replaced per evaluation)
    private final int[] nodeParent;   // per node: its aggregate (index into children)
    private final int[] nodeTop;      // per node: the column of its top aggregate
    private final int[][] groups;     // node indices by parent, in framework order
    private final double[][] columns; // nodes' columns, then one per aggregate (recomputed)
    private final double[] target;
    private final boolean infomax;
    private final List<String> codes;
    private boolean converged;

    private OptimisedWeights(Framework weights, Dataset data, int level, Map<String, Double> targets, boolean infomax) {
        this.infomax = infomax;
        List<Node> nodes = new ArrayList<>();
        List<Node> aggregates = new ArrayList<>();
        for (int l = level; l <= weights.maxLevel(); l++) {
            aggregates.addAll(weights.level(l));
        }
        for (Node a : weights.level(level)) {
            nodes.addAll(weights.children(a.code()));
        }
        nodeCount = nodes.size();
        codes = nodes.stream().map(Node::code).toList();
        Map<String, Integer> col = new HashMap<>();
        columns = new double[nodeCount + aggregates.size()][];
        for (int k = 0; k < nodeCount; k++) {
            col.put(codes.get(k), k);
            columns[k] = data.column(codes.get(k));
        }
        for (int a = 0; a < aggregates.size(); a++) {
            col.put(aggregates.get(a).code(), nodeCount + a);
            columns[nodeCount + a] = new double[data.unitCount()];
        }
        children = new int[aggregates.size()][];
        baseWeights = new double[aggregates.size()][];
        for (int a = 0; a < aggregates.size(); a++) {
            List<Node> kids = weights.children(aggregates.get(a).code());
            children[a] = kids.stream().mapToInt(k -> col.get(k.code())).toArray();
            baseWeights[a] = kids.stream().mapToDouble(Node::weight).toArray();
        }
        nodeParent = new int[nodeCount];
        nodeTop = new int[nodeCount];
        Map<String, List<Integer>> byParent = new LinkedHashMap<>();
        for (int k = 0; k < nodeCount; k++) {
            Node n = nodes.get(k);
            nodeParent[k] = col.get(n.parent()) - nodeCount;
            Node top = n;
            while (top.parent() != null) {
                top = weights.node(top.parent());
            }
            nodeTop[k] = col.get(top.code());
            byParent.computeIfAbsent(n.parent(), x -> new ArrayList<>()).add(k);
        }
        groups = byParent.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        target = new double[nodeCount];
        double st = 0;
        for (int k = 0; k < nodeCount; k++) {
            target[k] = targets.getOrDefault(codes.get(k), 1.0);
            st += target[k];
        }
        for (int k = 0; k < nodeCount; k++) {
            target[k] /= st;
        }
    }

    /**
     * Fits the weights of the children of every aggregate at {@code level} (the nodes of level
     * {@code level − 1}) from the columns of {@code data}, which must hold those nodes.
     *
     * @param targets importance per node code (default 1 each); ignored by infomax
     * @throws IllegalArgumentException when a node or the index has no spread (no correlation)
     */
    public static Result fit(Framework weights, Dataset data, int level, Map<String, Double> targets, boolean infomax) {
        return new OptimisedWeights(weights, data, level, targets, infomax).fit();
    }

    private int parameters() {
        int p = 0;
        for (int[] g : groups) {
            p += g.length - 1;
        }
        return p;
    }

    /** Node weights from the free shares: in each group all but the last, the last = 1 − their sum. */
    private double[] weights(double[] theta) {
        double[] w = new double[nodeCount];
        int t = 0;
        for (int[] g : groups) {
            double s = 0;
            for (int i = 0; i < g.length - 1; i++) {
                w[g[i]] = theta[t++];
                s += w[g[i]];
            }
            w[g[g.length - 1]] = 1 - s;
        }
        return w;
    }

    /** Correlation of each node with its index, the index recomputed with these node weights. */
    double[] correlations(double[] theta) {
        double[] w = weights(theta);
        int n = columns[0].length;
        double[][] aw = new double[children.length][];
        for (int a = 0; a < children.length; a++) {
            aw[a] = baseWeights[a].clone();
        }
        for (int k = 0; k < nodeCount; k++) {
            int a = nodeParent[k];
            for (int c = 0; c < children[a].length; c++) {
                if (children[a][c] == k) {
                    aw[a][c] = w[k];
                }
            }
        }
        for (int a = 0; a < children.length; a++) {
            double[] x = new double[children[a].length];
            double[] out = columns[nodeCount + a];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < x.length; c++) {
                    x[c] = columns[children[a][c]][i];
                }
                out[i] = Aggregation.arithmetic(x, aw[a]);
            }
        }
        double[] r = new double[nodeCount];
        for (int k = 0; k < nodeCount; k++) {
            r[k] = Stats.correlation(columns[k], columns[nodeTop[k]]);
        }
        return r;
    }

    private double[] residuals(double[] theta) {
        double[] r = correlations(theta);
        double s = 0;
        for (double v : r) {
            s += v;
        }
        double[] res = new double[nodeCount];
        for (int k = 0; k < nodeCount; k++) {
            res[k] = target[k] - r[k] / s;
        }
        return res;
    }

    double objective(double[] theta) {
        if (infomax) {
            double s = 0;
            for (double v : correlations(theta)) {
                s -= v;
            }
            return s;
        }
        double s = 0;
        for (double v : residuals(theta)) {
            s += v * v;
        }
        return Math.log(s / nodeCount);
    }

    private Result fit() {
        int p = parameters();
        double[] theta = new double[p];
        int t = 0;
        for (int[] g : groups) {
            for (int i = 0; i < g.length - 1; i++) {
                theta[t++] = 1.0 / g.length;
            }
        }
        double[] r0 = correlations(theta);
        for (int k = 0; k < nodeCount; k++) {
            if (Double.isNaN(r0[k])) {
                throw new IllegalArgumentException(codes.get(k) + " or its index has no spread: no correlation to fit");
            }
        }
        converged = true;
        if (p > 0) {
            theta = nelderMeadToConvergence(theta);
            theta = infomax ? newton(theta) : gaussNewton(theta);
        }
        double[] w = weights(theta);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < nodeCount; k++) {
            out.put(codes.get(k), w[k]);
        }
        return new Result(out, objective(theta), correlations(theta), converged);
    }

    /** The most objective evaluations one fit may spend in Nelder–Mead (a few seconds at most, whatever the input). */
    static final int EVALUATIONS = 300_000;

    /**
     * Nelder–Mead (initial simplex 10 % of the largest share, as R's optim), restarted from its best point
     * until that moves by less than 1e-9 (the Gauss–Newton or Newton steps that follow converge from there)
     * or {@link #EVALUATIONS} are spent.
     */
    private double[] nelderMeadToConvergence(double[] start) {
        double[][] best = {start.clone()};
        double[] bestValue = {objective(start)};
        int[] evaluations = {0};
        ObjectiveFunction f = new ObjectiveFunction(x -> {
            evaluations[0]++;
            double v = objective(x);
            if (v < bestValue[0]) {
                bestValue[0] = v;
                best[0] = x.clone();
            }
            return v;
        });
        while (evaluations[0] < EVALUATIONS) {
            double[] theta = best[0].clone();
            double side = 0;
            for (double v : theta) {
                side = Math.max(side, Math.abs(v));
            }
            side = side == 0 ? 0.1 : 0.1 * side;
            try {
                new SimplexOptimizer(1e-16, 1e-300).optimize(new MaxEval(Math.max(1, EVALUATIONS - evaluations[0])), f,
                        GoalType.MINIMIZE, new InitialGuess(theta), new NelderMeadSimplex(theta.length, side));
            } catch (TooManyEvaluationsException e) {
                // keep the best point met; Gauss–Newton or Newton goes on from it
            }
            double move = 0;
            for (int i = 0; i < theta.length; i++) {
                move = Math.max(move, Math.abs(best[0][i] - theta[i]));
            }
            if (move < 1e-9 || bestValue[0] == Double.NEGATIVE_INFINITY) {
                break;
            }
        }
        return best[0];
    }

    /**
     * Newton's method on the gradient of the objective: gradient by central differences with one
     * Richardson extrapolation (h = 1e-3 and 5e-4, error of order h⁴), Hessian by central differences of
     * that gradient (h = 1e-4), as R's numDeriv::grad and hessian do by default.
     */
    private double[] newton(double[] start) {
        return polish(start, 30, 1e-14, theta -> {
            double[] g = gradient(theta);
            double[][] hess = centralDifferences(this::gradient, theta, 1e-4);
            for (int i = 0; i < g.length; i++) {
                for (int k = i + 1; k < g.length; k++) {
                    hess[i][k] = hess[k][i] = (hess[i][k] + hess[k][i]) / 2;
                }
                g[i] = -g[i];
            }
            try {
                return new org.apache.commons.math3.linear.LUDecomposition(new Array2DRowRealMatrix(hess, false)).getSolver()
                        .solve(new ArrayRealVector(g, false)).toArray();
            } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
                return null;
            }
        });
    }

    /** Gauss–Newton on the residuals t − r/Σr (least squares by QR), central differences with h = 1e-6. */
    private double[] gaussNewton(double[] start) {
        return polish(start, 50, 1e-15, theta -> {
            double[] minusR = residuals(theta);
            for (int i = 0; i < minusR.length; i++) {
                minusR[i] = -minusR[i];
            }
            return new QRDecomposition(new Array2DRowRealMatrix(centralDifferences(this::residuals, theta, 1e-6), false))
                    .getSolver().solve(new ArrayRealVector(minusR, false)).toArray();
        });
    }

    /**
     * Takes the steps {@code step} proposes (null: none) while they do not make the objective worse (a
     * step smaller than 1e-9 is taken anyway: at the optimum the objective is flat to rounding) and until
     * one is smaller than {@code tolerance}; records whether the last step was below 1e-9.
     */
    private double[] polish(double[] start, int iterations, double tolerance,
                            java.util.function.Function<double[], double[]> step) {
        double[] theta = start.clone();
        double best = objective(theta);
        double lastStep = Double.POSITIVE_INFINITY;
        for (int it = 0; it < iterations; it++) {
            double[] delta = step.apply(theta);
            if (delta == null) {
                break;
            }
            double[] next = theta.clone();
            double size = 0;
            for (int k = 0; k < theta.length; k++) {
                next[k] += delta[k];
                size = Math.max(size, Math.abs(delta[k]));
            }
            lastStep = size;
            double value = objective(next);
            if (!(value <= best + 1e-12 * Math.abs(best)) && size > 1e-9) {
                break; // a step that makes things worse: the point reached so far is kept
            }
            theta = next;
            best = Math.min(best, value);
            if (size < tolerance) {
                break;
            }
        }
        converged = lastStep < 1e-9 || best == Double.NEGATIVE_INFINITY;
        return theta;
    }

    /** The matrix of central differences of a vector function: [output][parameter]. */
    private static double[][] centralDifferences(java.util.function.Function<double[], double[]> f, double[] theta, double h) {
        double[][] d = null;
        for (int k = 0; k < theta.length; k++) {
            double[] up = theta.clone(), down = theta.clone();
            up[k] += h;
            down[k] -= h;
            double[] fu = f.apply(up), fd = f.apply(down);
            if (d == null) {
                d = new double[fu.length][theta.length];
            }
            for (int i = 0; i < fu.length; i++) {
                d[i][k] = (fu[i] - fd[i]) / (2 * h);
            }
        }
        return d;
    }

    private double[] gradient(double[] theta) {
        double[] g = new double[theta.length];
        for (int k = 0; k < theta.length; k++) {
            double d1 = centralDifference(theta, k, 1e-3), d2 = centralDifference(theta, k, 5e-4);
            g[k] = (4 * d2 - d1) / 3;
        }
        return g;
    }

    private double centralDifference(double[] theta, int k, double h) {
        double[] up = theta.clone(), down = theta.clone();
        up[k] += h;
        down[k] -= h;
        return (objective(up) - objective(down)) / (2 * h);
    }
}
