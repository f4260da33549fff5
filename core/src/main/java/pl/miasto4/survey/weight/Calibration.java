package pl.miasto4.survey.weight;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import pl.miasto4.survey.Factor;
import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.survey.design.Replicates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calibration to population totals (Deville and Särndal 1992): new weights g·d as close to the
 * weights d as the distance allows, meeting the totals of the auxiliaries exactly. Distances:
 * linear (chi-square; the GREG estimator, Särndal, Swensson and Wretman 1992 §6.5) and raking
 * (multiplicative, g = exp(xᵀλ)); either with bounds L ≤ g ≤ U (Deville and Särndal 1992 §4).
 * The Newton iteration, its stopping rule and the rescaling of weights far below the population
 * are those of R's {@code grake} (survey package, {@code calibrate}); replicate weights are
 * calibrated each on its own ({@code calibrate.svyrep.design}).
 */
public final class Calibration {
    private Calibration() {
    }

    public enum Distance { LINEAR, RAKING }

    /**
     * @param lower         lower bound of g (−∞ for none)
     * @param upper         upper bound of g (+∞ for none)
     * @param maxIterations Newton iterations (R's {@code maxit}, 50)
     * @param epsilon       largest |misfit|/(1 + |total|) accepted (R's default 1e-7)
     */
    public record Settings(Distance distance, double lower, double upper, int maxIterations, double epsilon) {
        public static Settings of(Distance distance) {
            return new Settings(distance, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 50, 1e-10);
        }

        public Settings bounded(double lo, double hi) {
            return new Settings(distance, lo, hi, maxIterations, epsilon);
        }
    }

    /** R's {@code grake} rescales the weights when every total is more than this times the sample's. */
    private static final double RESCALE_THRESHOLD = 20;

    /**
     * Calibrates to margins (categorical totals) and known totals of numeric columns. The
     * population size is the margins' common total; at least one margin is needed.
     */
    public static Weighted calibrate(SurveyData data, double[] weights, Replicates replicates, List<Margin> margins,
                                     Map<String, Double> knownTotals, Settings settings) {
        if (margins.isEmpty()) {
            throw new SurveyException(Problem.CALIBRATION_NEEDS_MARGIN);
        }
        if (!(settings.lower() < settings.upper())) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--bounds", settings.lower() + "," + settings.upper(),
                    "LOW,HIGH with LOW < HIGH");
        }
        Margin.checkTotals(margins);
        int n = weights.length;
        int m = margins.size();
        int[][] cells = new int[m][];
        int[] reference = new int[m];
        List<List<String>> names = new ArrayList<>();
        List<Double> population = new ArrayList<>();
        population.add(margins.get(0).total());
        List<String> marginNames = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            Margin.Cells c = margins.get(k).cells(data);
            cells[k] = c.cell();
            names.add(c.labels());
            marginNames.add(c.variable());
            reference[k] = referenceCell(data.factor(c.variable()), c.labels());
            for (int j = 0; j < c.size(); j++) {
                if (j != reference[k]) {
                    population.add(c.population()[j]);
                }
            }
        }
        Map<String, Double> totals = new LinkedHashMap<>(knownTotals);
        double[][] numeric = new double[totals.size()][];
        int j = 0;
        for (Map.Entry<String, Double> e : totals.entrySet()) {
            double[] v = data.numbers(e.getKey());
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(v[i])) {
                    throw new SurveyException(Problem.MISSING_VALUE, data.line(i), e.getKey());
                }
            }
            numeric[j++] = v;
            population.add(e.getValue());
        }
        Auxiliaries x = new Auxiliaries(n, marginNames, cells, reference, names, new ArrayList<>(totals.keySet()), numeric);
        double[] pop = population.stream().mapToDouble(Double::doubleValue).toArray();
        Solution s = solve(x, weights, pop, settings);
        double[] after = new double[n];
        for (int i = 0; i < n; i++) {
            after[i] = weights[i] * s.g[i];
        }
        Replicates reps = null;
        if (replicates != null) {
            double[][] rw = new double[replicates.count()][];
            for (int r = 0; r < rw.length; r++) {
                double[] wr = replicates.weights(r);
                double[] g = solve(x, wr, pop, settings).g;
                rw[r] = new double[n];
                for (int i = 0; i < n; i++) {
                    rw[r][i] = wr[i] * g[i];
                }
            }
            reps = replicates.withWeights(rw);
        }
        double[][] inverse = pseudoInverse(x.crossProduct(weights));
        return new Weighted(after, reps, new GregAdjustment(x, weights.clone(), s.g, inverse), s.iterations);
    }

    /** R's reference level: the first level of the factor in its sorted order. */
    private static int referenceCell(Factor f, List<String> labels) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        List<Integer> order = f.sortedLevels();
        for (int c = 0; c < labels.size(); c++) {
            int rank = order.indexOf(f.find(labels.get(c)));
            if (rank < bestRank) {
                bestRank = rank;
                best = c;
            }
        }
        return best;
    }

    record Solution(double[] g, int iterations) {
    }

    /** R's {@code grake}: Newton steps on λ with step halving; g = 1 + F(xᵀλ). */
    static Solution solve(Auxiliaries x, double[] weights, double[] population, Settings s) {
        int n = weights.length;
        int p = x.columns();
        double[] ww = weights.clone();
        double[] sampleTotal = x.totals(ww);
        double minScale = Double.POSITIVE_INFINITY;
        double meanScale = 0;
        for (int j = 0; j < p; j++) {
            double sc = population[j] / sampleTotal[j];
            minScale = Math.min(minScale, sc);
            meanScale += sc / p;
        }
        double rescale = 1;
        if (minScale > RESCALE_THRESHOLD) {
            rescale = meanScale;
            for (int i = 0; i < n; i++) {
                ww[i] *= rescale;
            }
            for (int j = 0; j < p; j++) {
                sampleTotal[j] *= rescale;
            }
        }
        double[] eta = new double[p];
        double[] u = new double[n];
        int iteration = 1;
        double achieved;
        while (true) {
            double[] misfit = misfit(x, ww, u, population, sampleTotal, s);
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = ww[i] * derivative(u[i], s);
            }
            double[][] t = x.crossProduct(c);
            double[][] inv = pseudoInverse(t);
            double[] step = new double[p];
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    step[a] += inv[a][b] * misfit[b];
                }
            }
            for (int a = 0; a < p; a++) {
                eta[a] += step[a];
            }
            computeU(x, eta, u);
            while (iteration < s.maxIterations() && !finite(u, s)) {
                iteration++;
                for (int a = 0; a < p; a++) {
                    step[a] /= 2;
                    eta[a] -= step[a];
                }
                computeU(x, eta, u);
            }
            misfit = misfit(x, ww, u, population, sampleTotal, s);
            achieved = 0;
            for (int a = 0; a < p; a++) {
                achieved = Math.max(achieved, Math.abs(misfit[a]) / (1 + Math.abs(population[a])));
            }
            if (achieved < s.epsilon()) {
                break;
            }
            iteration++;
            if (iteration > s.maxIterations()) {
                throw new SurveyException(Problem.CALIBRATION_NOT_CONVERGED, iteration - 1, achieved);
            }
        }
        double[] g = new double[n];
        int negative = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            g[i] = (1 + inverseDistance(u[i], s)) * rescale;
            if (!(g[i] > 0)) {
                negative++;
                smallest = Math.min(smallest, g[i] * weights[i]);
            }
        }
        if (negative > 0) {
            throw new SurveyException(Problem.CALIBRATION_NEGATIVE_WEIGHTS, negative, smallest);
        }
        return new Solution(g, iteration);
    }

    private static void computeU(Auxiliaries x, double[] eta, double[] u) {
        for (int i = 0; i < u.length; i++) {
            u[i] = x.dot(i, eta);
        }
    }

    private static boolean finite(double[] u, Settings s) {
        for (double v : u) {
            if (!Double.isFinite(inverseDistance(v, s)) || !Double.isFinite(derivative(v, s))) {
                return false;
            }
        }
        return true;
    }

    /** population − Σ d x − Σ d x F(u): what is still missing. */
    private static double[] misfit(Auxiliaries x, double[] ww, double[] u, double[] population, double[] sampleTotal,
                                   Settings s) {
        int p = population.length;
        double[] f = new double[ww.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = ww[i] * inverseDistance(u[i], s);
        }
        double[] adj = x.totals(f);
        double[] misfit = new double[p];
        for (int a = 0; a < p; a++) {
            misfit[a] = population[a] - sampleTotal[a] - adj[a];
        }
        return misfit;
    }

    /**
     * F(u) = g − 1, R's {@code cal.linear$Fm1} (clamp(1 + u, L, U) − 1) and
     * {@code cal.raking$Fm1} (clamp(eᵘ, L, U) − 1).
     */
    static double inverseDistance(double u, Settings s) {
        double g = s.distance() == Distance.LINEAR ? 1 + u : Math.exp(u);
        return Math.min(Math.max(g, s.lower()), s.upper()) - 1;
    }

    /**
     * F'(u), R's {@code dF}: 1 (linear) or eᵘ (raking) where L − 1 &lt; u &lt; U − 1, else 0. For the
     * bounded raking distance R tests u, not eᵘ, against the bounds; so does this.
     */
    static double derivative(double u, Settings s) {
        if (!(u < s.upper() - 1 && u > s.lower() - 1)) {
            return 0;
        }
        return s.distance() == Distance.LINEAR ? 1 : Math.exp(u);
    }

    /** Moore–Penrose inverse as MASS::ginv: singular values below 256·ε·σ₁ are dropped. */
    static double[][] pseudoInverse(double[][] a) {
        RealMatrix m = new Array2DRowRealMatrix(a, false);
        SingularValueDecomposition svd = new SingularValueDecomposition(m);
        double[] d = svd.getSingularValues();
        double tol = 256 * Math.ulp(1.0) * d[0];
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        int p = a.length;
        double[][] out = new double[p][p];
        for (int k = 0; k < d.length; k++) {
            if (!(d[k] > tol)) {
                continue;
            }
            for (int i = 0; i < p; i++) {
                double vik = v.getEntry(i, k) / d[k];
                for (int j = 0; j < p; j++) {
                    out[i][j] += vik * u.getEntry(j, k);
                }
            }
        }
        return out;
    }
}
