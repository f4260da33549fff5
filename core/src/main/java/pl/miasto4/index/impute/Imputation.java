package pl.miasto4.index.impute;

import pl.miasto4.index.stats.Stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imputation of missing values (NaN). Sources: OECD/JRC Handbook (2008), section 1.3 "Imputation
 * of missing data" (unconditional mean/median substitution, regression and EM imputation);
 * COINr 1.1.14 i_mean, i_median, i_mean_grp, i_median_grp and Impute(impute_by = "row",
 * group_level, normalise_first = TRUE).
 */
public final class Imputation {
    private Imputation() {
    }

    /** Replaces missing values by the column mean (COINr i_mean). */
    public static double[] mean(double[] x) {
        return fill(x, Stats.mean(x));
    }

    /** Replaces missing values by the column median (COINr i_median). */
    public static double[] median(double[] x) {
        return fill(x, Stats.median(x));
    }

    private static double[] fill(double[] x, double v) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                y[i] = v;
            }
        }
        return y;
    }

    /**
     * Replaces a missing value by the mean (or median) of the unit's group (COINr i_mean_grp /
     * i_median_grp): units with no group are left as they are, and a group with no value for the
     * indicator leaves its missing values missing.
     */
    public static double[] groupwise(double[] x, List<String> group, boolean median) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            if (group.get(i) != null) {
                members.computeIfAbsent(group.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        double[] y = x.clone();
        for (List<Integer> rows : members.values()) {
            double[] sub = new double[rows.size()];
            for (int k = 0; k < sub.length; k++) {
                sub[k] = x[rows.get(k)];
            }
            double v = median ? Stats.median(sub) : Stats.mean(sub);
            for (int i : rows) {
                if (Double.isNaN(y[i])) {
                    y[i] = v;
                }
            }
        }
        return y;
    }

    /**
     * Unit-wise mean within aggregation groups (COINr Impute with impute_by = "row", group_level,
     * normalise_first = TRUE): each column is brought to [0, 1] with its direction, a unit's
     * missing value becomes the mean of its present values among the indicators of the same
     * aggregate, and the result is mapped back to the original scale.
     *
     * @param columns   indicator columns (unchanged)
     * @param direction +1/−1 per column
     * @param groupOf   for each column, the code of its aggregate at the chosen level
     */
    public static double[][] unitMeanWithinGroups(double[][] columns, int[] direction, String[] groupOf) {
        return unitWithinGroups(columns, direction, groupOf, false, true);
    }

    /**
     * COINr Impute(impute_by = "row", f_i = i_mean or i_median, group_level, normalise_first): a unit's
     * missing value becomes the mean ({@code median} false) or median of its present values among the
     * indicators of the same aggregate; with {@code normaliseFirst} the columns are first brought to
     * [0, 1] with their direction (x·d − min)/(max − min) and the result mapped back, otherwise the raw
     * values are averaged (COINr normalise_first = FALSE).
     */
    public static double[][] unitWithinGroups(double[][] columns, int[] direction, String[] groupOf, boolean median,
                                              boolean normaliseFirst) {
        int p = columns.length, n = columns[0].length;
        double[][] z = new double[p][n];
        double[] mn = new double[p], mx = new double[p];
        for (int j = 0; j < p; j++) {
            if (!normaliseFirst) {
                z[j] = columns[j].clone();
                continue;
            }
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = columns[j][i] * direction[j];
            }
            mn[j] = Stats.min(s);
            mx[j] = Stats.max(s);
            for (int i = 0; i < n; i++) {
                z[j][i] = (s[i] - mn[j]) / (mx[j] - mn[j]);
            }
        }
        double[][] out = new double[p][];
        for (int j = 0; j < p; j++) {
            out[j] = columns[j].clone();
        }
        double[] row = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                if (!Double.isNaN(columns[j][i])) {
                    continue;
                }
                int k = 0;
                for (int q = 0; q < p; q++) {
                    if (groupOf[q].equals(groupOf[j]) && !Double.isNaN(z[q][i])) {
                        row[k++] = z[q][i];
                    }
                }
                if (k > 0) {
                    double[] present = java.util.Arrays.copyOf(row, k);
                    double v = median ? Stats.median(present) : Stats.mean(present);
                    out[j][i] = normaliseFirst ? (v * (mx[j] - mn[j]) + mn[j]) * direction[j] : v;
                }
            }
        }
        return out;
    }

    /** EM did not converge, or met a covariance it cannot invert. */
    public static final class EmFailure extends RuntimeException {
        private final int unit;
        private final int column;

        public EmFailure(int unit, int column, String message) {
            super(message);
            this.unit = unit;
            this.column = column;
        }

        /** The unit concerned (row), or −1. */
        public int unit() {
            return unit;
        }

        /** The column concerned, or −1. */
        public int column() {
            return column;
        }
    }

    /**
     * Expectation–maximisation under a multivariate normal model (Dempster, Laird & Rubin 1977;
     * Little & Rubin 2002, ch. 11; Handbook section 1.3): the maximum-likelihood mean and covariance
     * of the columns with missing values, then each missing value replaced by its conditional
     * expectation given the unit's present values (the regression on them). E-step: x̂_m = μ_m +
     * Σ_mo Σ_oo⁻¹ (x_o − μ_o), with the conditional covariance Σ_mm − Σ_mo Σ_oo⁻¹ Σ_om added to the
     * sufficient statistics; M-step: μ, Σ (divisor n) from them. The columns are standardised first
     * (the MLE is equivariant) and the iteration stops when no standardised mean, variance or
     * covariance changes by more than {@code tolerance}; starting values: observed means and
     * variances, no correlation. The deterministic counterpart of COINr's vignette, which draws one
     * Amelia imputation around the same estimate (docs/index.md); checked against R's norm::em.norm.
     */
    public static double[][] em(double[][] columns, int maxIterations, double tolerance) {
        int p = columns.length, n = columns[0].length;
        double[] centre = new double[p], scale = new double[p];
        double[][] z = new double[p][n];
        for (int j = 0; j < p; j++) {
            centre[j] = Stats.mean(columns[j]);
            scale[j] = Stats.sd(columns[j]);
            if (!(scale[j] > 0)) {
                throw new EmFailure(-1, j, "no spread (fewer than 2 distinct values)");
            }
            for (int i = 0; i < n; i++) {
                z[j][i] = (columns[j][i] - centre[j]) / scale[j];
            }
        }
        double[] mu = new double[p];
        double[][] sigma = new double[p][p];
        for (int j = 0; j < p; j++) {
            mu[j] = Stats.mean(z[j]);
            sigma[j][j] = Stats.populationSd(z[j]) * Stats.populationSd(z[j]);
        }
        double[][] filled = new double[p][n];
        boolean converged = false;
        double change = Double.NaN;
        int it;
        for (it = 0; it < maxIterations && !converged; it++) {
            double[][] extra = new double[p][p];
            eStep(z, mu, sigma, filled, extra);
            double[] mu2 = new double[p];
            for (int j = 0; j < p; j++) {
                mu2[j] = Stats.mean(filled[j]);
            }
            double[][] sigma2 = new double[p][p];
            change = 0;
            for (int a = 0; a < p; a++) {
                for (int b = a; b < p; b++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += (filled[a][i] - mu2[a]) * (filled[b][i] - mu2[b]);
                    }
                    sigma2[a][b] = sigma2[b][a] = (s + extra[a][b]) / n;
                    change = Math.max(change, Math.abs(sigma2[a][b] - sigma[a][b]));
                }
                change = Math.max(change, Math.abs(mu2[a] - mu[a]));
            }
            mu = mu2;
            sigma = sigma2;
            converged = change <= tolerance;
        }
        if (!converged) {
            throw new EmFailure(-1, -1, "did not converge in " + maxIterations + " iterations (the largest change of a standardised "
                    + "mean or covariance in the last one was " + change + "; tolerance " + tolerance + ")");
        }
        eStep(z, mu, sigma, filled, new double[p][p]);
        double[][] out = new double[p][n];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                out[j][i] = Double.isNaN(columns[j][i]) ? filled[j][i] * scale[j] + centre[j] : columns[j][i];
            }
        }
        return out;
    }

    /** One E-step: the completed data (conditional means) and the summed conditional covariances. */
    private static void eStep(double[][] z, double[] mu, double[][] sigma, double[][] filled, double[][] extra) {
        int p = z.length, n = z[0].length;
        int[] miss = new int[p], obs = new int[p];
        for (int i = 0; i < n; i++) {
            int m = 0, o = 0;
            for (int j = 0; j < p; j++) {
                if (Double.isNaN(z[j][i])) {
                    miss[m++] = j;
                } else {
                    obs[o++] = j;
                    filled[j][i] = z[j][i];
                }
            }
            if (m == 0) {
                continue;
            }
            if (o == 0) {
                for (int a = 0; a < m; a++) {
                    filled[miss[a]][i] = mu[miss[a]];
                    for (int b = 0; b < m; b++) {
                        extra[miss[a]][miss[b]] += sigma[miss[a]][miss[b]];
                    }
                }
                continue;
            }
            double[][] soo = new double[o][o];
            for (int a = 0; a < o; a++) {
                for (int b = 0; b < o; b++) {
                    soo[a][b] = sigma[obs[a]][obs[b]];
                }
            }
            org.apache.commons.math3.linear.DecompositionSolver solver = new org.apache.commons.math3.linear.LUDecomposition(
                    new org.apache.commons.math3.linear.Array2DRowRealMatrix(soo, false)).getSolver();
            if (!solver.isNonSingular()) {
                throw new EmFailure(i, -1, "the covariance of its present values is singular (collinear indicators)");
            }
            // B = Σ_mo Σ_oo⁻¹, one row per missing column (Σ_oo symmetric: solve Σ_oo bᵀ = Σ_om)
            double[][] bcoef = new double[m][];
            for (int a = 0; a < m; a++) {
                double[] rhs = new double[o];
                for (int c = 0; c < o; c++) {
                    rhs[c] = sigma[obs[c]][miss[a]];
                }
                bcoef[a] = solver.solve(new org.apache.commons.math3.linear.ArrayRealVector(rhs, false)).toArray();
            }
            for (int a = 0; a < m; a++) {
                double v = mu[miss[a]];
                for (int b = 0; b < o; b++) {
                    v += bcoef[a][b] * (z[obs[b]][i] - mu[obs[b]]);
                }
                filled[miss[a]][i] = v;
            }
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    double s = sigma[miss[a]][miss[b]];
                    for (int c = 0; c < o; c++) {
                        s -= bcoef[a][c] * sigma[obs[c]][miss[b]];
                    }
                    extra[miss[a]][miss[b]] += s;
                }
            }
        }
    }
}
