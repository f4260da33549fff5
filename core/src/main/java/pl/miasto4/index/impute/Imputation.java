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
        int p = columns.length, n = columns[0].length;
        double[][] z = new double[p][n];
        double[] mn = new double[p], mx = new double[p];
        for (int j = 0; j < p; j++) {
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
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                if (!Double.isNaN(columns[j][i])) {
                    continue;
                }
                double sum = 0;
                int k = 0;
                for (int q = 0; q < p; q++) {
                    if (groupOf[q].equals(groupOf[j]) && !Double.isNaN(z[q][i])) {
                        sum += z[q][i];
                        k++;
                    }
                }
                if (k > 0) {
                    out[j][i] = ((sum / k) * (mx[j] - mn[j]) + mn[j]) * direction[j];
                }
            }
        }
        return out;
    }

    /**
     * Expectation–maximisation imputation under a multivariate normal model (Dempster, Laird &
     * Rubin 1977; Handbook section 1.3 "Expectation-maximisation imputation"; Little & Rubin
     * 2002, ch. 11): the E-step replaces each unit's missing values by their regression on its
     * present values under the current mean and covariance, and adds the conditional covariance
     * to the sufficient statistics; the M-step re-estimates mean and covariance. A small ridge
     * (1e-6 of each variance) keeps the covariance invertible when units are few.
     */
    public static double[][] em(double[][] columns, int maxIterations, double tolerance) {
        int p = columns.length, n = columns[0].length;
        double[] mu = new double[p];
        double[][] sigma = new double[p][p];
        double[][] x = new double[p][];
        for (int j = 0; j < p; j++) {
            mu[j] = Stats.mean(columns[j]);
            x[j] = fill(columns[j], mu[j]);
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                sigma[a][b] = covariance(x[a], x[b], mu[a], mu[b]);
            }
        }
        for (int it = 0; it < maxIterations; it++) {
            double[][] extra = new double[p][p];
            double change = 0;
            for (int i = 0; i < n; i++) {
                List<Integer> miss = new ArrayList<>(), obs = new ArrayList<>();
                for (int j = 0; j < p; j++) {
                    (Double.isNaN(columns[j][i]) ? miss : obs).add(j);
                }
                if (miss.isEmpty()) {
                    continue;
                }
                int m = miss.size(), o = obs.size();
                double[][] soo = new double[o][o];
                for (int a = 0; a < o; a++) {
                    for (int b = 0; b < o; b++) {
                        soo[a][b] = sigma[obs.get(a)][obs.get(b)] + (a == b ? 1e-6 * sigma[obs.get(a)][obs.get(a)] + 1e-12 : 0);
                    }
                }
                org.apache.commons.math3.linear.RealMatrix inv = o == 0 ? null
                        : new org.apache.commons.math3.linear.LUDecomposition(
                        new org.apache.commons.math3.linear.Array2DRowRealMatrix(soo)).getSolver().getInverse();
                // regression coefficients B = S_mo S_oo^-1
                double[][] bcoef = new double[m][o];
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b < o; b++) {
                        double s = 0;
                        for (int c = 0; c < o; c++) {
                            s += sigma[miss.get(a)][obs.get(c)] * inv.getEntry(c, b);
                        }
                        bcoef[a][b] = s;
                    }
                }
                for (int a = 0; a < m; a++) {
                    double v = mu[miss.get(a)];
                    for (int b = 0; b < o; b++) {
                        v += bcoef[a][b] * (columns[obs.get(b)][i] - mu[obs.get(b)]);
                    }
                    change = Math.max(change, Math.abs(v - x[miss.get(a)][i]) / (Math.sqrt(sigma[miss.get(a)][miss.get(a)]) + 1e-300));
                    x[miss.get(a)][i] = v;
                }
                // conditional covariance S_mm - B S_om
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b < m; b++) {
                        double s = sigma[miss.get(a)][miss.get(b)];
                        for (int c = 0; c < o; c++) {
                            s -= bcoef[a][c] * sigma[obs.get(c)][miss.get(b)];
                        }
                        extra[miss.get(a)][miss.get(b)] += s;
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                mu[j] = Stats.mean(x[j]);
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += (x[a][i] - mu[a]) * (x[b][i] - mu[b]);
                    }
                    sigma[a][b] = (s + extra[a][b]) / n;
                }
            }
            if (it > 0 && change < tolerance) {
                break;
            }
        }
        return x;
    }

    private static double covariance(double[] a, double[] b, double ma, double mb) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / a.length;
    }
}
