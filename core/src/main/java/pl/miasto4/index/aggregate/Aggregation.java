package pl.miasto4.index.aggregate;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import pl.miasto4.index.stats.Stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aggregation methods. Row methods combine one unit's values with weights (a missing value is
 * dropped and the remaining weights re-scaled, as COINr does); table methods need every unit's
 * values at once. Sources are given per method.
 */
public final class Aggregation {
    private Aggregation() {
    }

    /** A geometric or harmonic mean met a value it cannot take (zero or negative). */
    public static final class AggregationFailure extends RuntimeException {
        public AggregationFailure(String message) {
            super(message);
        }
    }

    /** Weighted arithmetic mean, weights re-scaled to sum to 1 over present values (COINr a_amean; Handbook 1.7). */
    public static double arithmetic(double[] x, double[] w) {
        double sw = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                sw += w[i];
                n++;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double s = 0, c = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                double term = w[i] / sw * x[i];
                double t = s + term;
                c += Math.abs(s) >= Math.abs(term) ? (s - t) + term : (term - t) + s;
                s = t;
            }
        }
        return s + c;
    }

    /**
     * Weighted geometric mean exp(Σ w ln x / Σ w) (COINr a_gmean; Handbook 1.7 "geometric
     * aggregation"). A value ≤ 0 fails unless {@code shift} &gt; 0, in which case the mean of
     * (x + shift) minus shift is returned (a documented remedy, see docs/index.md).
     */
    public static double geometric(double[] x, double[] w, double shift) {
        double sw = 0, s = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            double v = x[i] + shift;
            if (v <= 0) {
                throw new AggregationFailure("geometric mean of a value ≤ 0 (" + x[i] + ")");
            }
            s += w[i] * Math.log(v);
            sw += w[i];
            n++;
        }
        return n == 0 ? Double.NaN : Math.exp(s / sw) - shift;
    }

    /** Weighted harmonic mean Σw / Σ(w/x) (COINr a_hmean). Fails on a zero. */
    public static double harmonic(double[] x, double[] w) {
        double sw = 0, s = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            if (x[i] == 0) {
                throw new AggregationFailure("harmonic mean of a zero");
            }
            s += w[i] / x[i];
            sw += w[i];
            n++;
        }
        return n == 0 ? Double.NaN : sw / s;
    }

    /** Weighted generalised (power) mean (Σ w x^p / Σ w)^(1/p), p ≠ 0 (COINr a_genmean). */
    public static double generalised(double[] x, double[] w, double p) {
        if (p == 0) {
            throw new IllegalArgumentException("p = 0 is the geometric mean");
        }
        double sw = 0, s = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            if (p < 0 && x[i] <= 0) {
                throw new AggregationFailure("generalised mean with p < 0 of a value ≤ 0");
            }
            s += w[i] * Math.pow(x[i], p);
            sw += w[i];
            n++;
        }
        return n == 0 ? Double.NaN : Math.pow(s / sw, 1 / p);
    }

    /**
     * Weighted median: the value where the cumulative weight of the sorted values reaches half
     * the total (the average of two values when it lands exactly between them; with equal
     * weights this is the ordinary median).
     */
    public static double median(double[] x, double[] w) {
        List<double[]> v = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                v.add(new double[]{x[i], w[i]});
                total += w[i];
            }
        }
        if (v.isEmpty()) {
            return Double.NaN;
        }
        v.sort((a, b) -> Double.compare(a[0], b[0]));
        double cum = 0;
        for (int k = 0; k < v.size(); k++) {
            cum += v.get(k)[1];
            double rel = (cum - total / 2) / total;
            if (Math.abs(rel) < 1e-12 && k + 1 < v.size()) {
                return (v.get(k)[0] + v.get(k + 1)[0]) / 2;
            }
            if (rel > 0) {
                return v.get(k)[0];
            }
        }
        return v.get(v.size() - 1)[0];
    }

    // ----- table methods: columns[k][unit], all present (units with a missing value get NaN) -----

    private static boolean[] complete(double[][] cols) {
        return Stats.complete(cols);
    }

    private static double[] sub(double[] c, boolean[] ok) {
        int n = 0;
        for (boolean b : ok) {
            if (b) {
                n++;
            }
        }
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < c.length; i++) {
            if (ok[i]) {
                out[k++] = c[i];
            }
        }
        return out;
    }

    private static double[] normalisedWeights(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / s;
        }
        return out;
    }

    /**
     * Mazziotta–Pareto Index (Mazziotta & Pareto 2016, Soc. Indic. Res. 127:983–1003, eq. 1–3):
     * z = 100 + 10 (x − M_x)/S_x per indicator (population sd), then per unit
     * MPI = M_z − S_z·cv_z with cv = S_z/M_z (the penalty for unbalanced values;
     * {@code positive} = M_z + S_z·cv_z for "less is better" indices). Weighted mean and sd
     * across indicators (equal weights give the published formula).
     */
    public static double[] mpi(double[][] cols, double[] w, boolean positive) {
        double[][] z = new double[cols.length][];
        for (int k = 0; k < cols.length; k++) {
            double m = Stats.mean(cols[k]), s = Stats.populationSd(cols[k]);
            z[k] = new double[cols[k].length];
            for (int i = 0; i < z[k].length; i++) {
                z[k][i] = 100 + 10 * (cols[k][i] - m) / s;
            }
        }
        return penalised(z, w, positive);
    }

    /**
     * Adjusted MPI (Mazziotta & Pareto 2016, section 4): r = 70 + 60 (x − min)/(max − min) with
     * goalposts at each indicator's observed min and max, then M_r − S_r·cv_r.
     */
    public static double[] ampi(double[][] cols, double[] w, boolean positive) {
        double[][] r = new double[cols.length][];
        for (int k = 0; k < cols.length; k++) {
            double mn = Stats.min(cols[k]), mx = Stats.max(cols[k]);
            r[k] = new double[cols[k].length];
            for (int i = 0; i < r[k].length; i++) {
                r[k][i] = 70 + 60 * (cols[k][i] - mn) / (mx - mn);
            }
        }
        return penalised(r, w, positive);
    }

    private static double[] penalised(double[][] z, double[] w, boolean positive) {
        double[] wn = normalisedWeights(w);
        int n = z[0].length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double m = 0, sw = 0;
            for (int k = 0; k < z.length; k++) {
                if (!Double.isNaN(z[k][i])) {
                    m += wn[k] * z[k][i];
                    sw += wn[k];
                }
            }
            if (sw == 0) {
                out[i] = Double.NaN;
                continue;
            }
            m /= sw;
            double v = 0;
            for (int k = 0; k < z.length; k++) {
                if (!Double.isNaN(z[k][i])) {
                    v += wn[k] * (z[k][i] - m) * (z[k][i] - m);
                }
            }
            double s = Math.sqrt(v / sw);
            double cv = s / m;
            out[i] = positive ? m + s * cv : m - s * cv;
        }
        return out;
    }

    /**
     * Copeland outranking score (Munda & Nardo 2009, "Noncompensatory/nonlinear composite
     * indicators for ranking countries: a defensible setting", Applied Economics 41:1513–1523;
     * Handbook 1.7.3; COINr a_copeland): for each pair, e_ij = the weight of the indicators where
     * unit i is better plus half the weight of ties; a pair won (e_ij &gt; ½) scores +1, lost −1,
     * drawn 0; the score is the sum over all other units.
     * <p>
     * Ties are decided exactly: e_ij ⋛ ½ is 2·won + tied ⋛ total on the sums of the weights as given,
     * so a pair that is a tie in exact arithmetic is a draw (COINr sums the normalised weights in R's
     * extended precision and gets the same draws on its data; plain double sums would turn some
     * draws into wins and losses). A comparison with a missing value is left out and the pair is
     * decided on the other indicators, as the means leave out a missing value; COINr instead sets
     * e_ji = 1 − e_ij from the upper triangle of its outranking matrix, which gives the weight of a
     * missing comparison to the unit listed later, so its result depends on the order of the rows.
     * On complete data the two agree.
     */
    public static double[] copeland(double[][] cols, double[] w) {
        int n = cols[0].length, p = cols.length;
        double[] score = new double[n];
        double[] won = new double[p], tied = new double[p], all = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int nw = 0, nt = 0, na = 0;
                for (int k = 0; k < p; k++) {
                    double a = cols[k][i], b = cols[k][j];
                    if (Double.isNaN(a) || Double.isNaN(b)) {
                        continue;
                    }
                    all[na++] = w[k];
                    if (a > b) {
                        won[nw++] = w[k];
                    } else if (a == b) {
                        tied[nt++] = w[k];
                    }
                }
                if (na == 0) {
                    continue;
                }
                int c = compareOutranking(won, nw, tied, nt, all, na);
                score[i] += c;
                score[j] -= c;
            }
        }
        return score;
    }

    /** The sign of 2·Σwon + Σtied − Σall, exactly (a double estimate, then BigDecimal when close). */
    private static int compareOutranking(double[] won, int nw, double[] tied, int nt, double[] all, int na) {
        double d = 0, mag = 0;
        for (int k = 0; k < nw; k++) {
            d += 2 * won[k];
            mag += 2 * Math.abs(won[k]);
        }
        for (int k = 0; k < nt; k++) {
            d += tied[k];
            mag += Math.abs(tied[k]);
        }
        for (int k = 0; k < na; k++) {
            d -= all[k];
            mag += Math.abs(all[k]);
        }
        // the rounding error of a sum of m terms is below m·ε·Σ|terms|
        if (Math.abs(d) > (nw + nt + na + 1) * 0x1p-52 * mag) {
            return d > 0 ? 1 : -1;
        }
        java.math.BigDecimal e = java.math.BigDecimal.ZERO;
        for (int k = 0; k < nw; k++) {
            e = e.add(new java.math.BigDecimal(won[k]).multiply(java.math.BigDecimal.valueOf(2)));
        }
        for (int k = 0; k < nt; k++) {
            e = e.add(new java.math.BigDecimal(tied[k]));
        }
        for (int k = 0; k < na; k++) {
            e = e.subtract(new java.math.BigDecimal(all[k]));
        }
        return e.signum();
    }

    /**
     * Hellwig's synthetic measure of development (Hellwig 1968, "Zastosowanie metody
     * taksonomicznej do typologicznego podziału krajów…", Przegląd Statystyczny 4): standardise
     * each indicator (population sd), take the pattern of development z0 = the best value of
     * each, the weighted Euclidean distance d_i of each unit from it (weights re-scaled to mean
     * 1, so equal weights give the classic formula), d0 = mean(d) + 2·sd(d), and
     * score = 1 − d_i/d0. Units with a missing value get NaN.
     */
    public static double[] hellwig(double[][] cols, double[] w) {
        boolean[] ok = complete(cols);
        int p = cols.length;
        double[] wn = normalisedWeights(w);
        double[][] z = new double[p][];
        double[] pattern = new double[p];
        for (int k = 0; k < p; k++) {
            double[] c = sub(cols[k], ok);
            double m = Stats.mean(c), s = Stats.populationSd(c);
            z[k] = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                z[k][i] = (c[i] - m) / s;
            }
            pattern[k] = Stats.max(z[k]);
        }
        int n = z[0].length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                double diff = z[k][i] - pattern[k];
                s += wn[k] * p * diff * diff;
            }
            d[i] = Math.sqrt(s);
        }
        double d0 = Stats.mean(d) + 2 * Stats.populationSd(d);
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = 1 - d[i] / d0;
        }
        return scatter(score, ok);
    }

    /**
     * TOPSIS (Hwang & Yoon 1981, "Multiple Attribute Decision Making", ch. 3): vector
     * normalisation r = x/√Σx², weighted v = w·r, ideal and anti-ideal = best and worst of each
     * column, closeness C = S⁻/(S⁺ + S⁻) with Euclidean distances S. Units with a missing value
     * get NaN.
     */
    public static double[] topsis(double[][] cols, double[] w) {
        boolean[] ok = complete(cols);
        int p = cols.length;
        double[] wn = normalisedWeights(w);
        double[][] v = new double[p][];
        double[] best = new double[p], worst = new double[p];
        for (int k = 0; k < p; k++) {
            double[] c = sub(cols[k], ok);
            double norm = 0;
            for (double x : c) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            v[k] = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                v[k][i] = wn[k] * c[i] / norm;
            }
            best[k] = Stats.max(v[k]);
            worst[k] = Stats.min(v[k]);
        }
        int n = v[0].length;
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double sp = 0, sm = 0;
            for (int k = 0; k < p; k++) {
                sp += (v[k][i] - best[k]) * (v[k][i] - best[k]);
                sm += (v[k][i] - worst[k]) * (v[k][i] - worst[k]);
            }
            score[i] = Math.sqrt(sm) / (Math.sqrt(sp) + Math.sqrt(sm));
        }
        return scatter(score, ok);
    }

    /**
     * Benefit of the doubt (Cherchye, Moesen, Rogge & Van Puyenbroeck 2007, Soc. Indic. Res.
     * 82:111–145; Handbook 1.6.4): each unit gets the weights most favourable to it,
     * max Σ_k w_k x_ik subject to Σ_k w_k x_jk ≤ 1 for every unit j and w ≥ 0 (a DEA model with
     * unit inputs); the score lies in [0, 1]. Values must be non-negative. Returns the scores;
     * {@link #bodWeights} gives the weights.
     */
    public static double[] bod(double[][] cols) {
        return bodSolve(cols, null);
    }

    /** The benefit-of-the-doubt weights of each unit: [unit][indicator]. */
    public static double[][] bodWeights(double[][] cols) {
        double[][] w = new double[cols[0].length][];
        bodSolve(cols, w);
        return w;
    }

    private static double[] bodSolve(double[][] cols, double[][] weightsOut) {
        boolean[] ok = complete(cols);
        int p = cols.length;
        double[][] c = new double[p][];
        for (int k = 0; k < p; k++) {
            c[k] = sub(cols[k], ok);
            if (Stats.min(c[k]) < 0) {
                throw new AggregationFailure("benefit of the doubt needs non-negative values");
            }
        }
        int n = c[0].length;
        List<LinearConstraint> cons = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] row = new double[p];
            for (int k = 0; k < p; k++) {
                row[k] = c[k][j];
            }
            cons.add(new LinearConstraint(row, Relationship.LEQ, 1));
        }
        double[] score = new double[n];
        int[] unitIndex = new int[n];
        for (int i = 0, m = 0; i < ok.length; i++) {
            if (ok[i]) {
                unitIndex[m++] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            double[] obj = new double[p];
            for (int k = 0; k < p; k++) {
                obj[k] = c[k][i];
            }
            PointValuePair sol = new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(obj, 0),
                    new LinearConstraintSet(cons), GoalType.MAXIMIZE, new NonNegativeConstraint(true));
            score[i] = sol.getValue();
            if (weightsOut != null) {
                weightsOut[unitIndex[i]] = sol.getPoint();
            }
        }
        return scatter(score, ok);
    }

    private static double[] scatter(double[] values, boolean[] ok) {
        double[] out = new double[ok.length];
        for (int i = 0, k = 0; i < ok.length; i++) {
            out[i] = ok[i] ? values[k++] : Double.NaN;
        }
        return out;
    }
}
