package pl.miasto4.survey.weight;

/**
 * Raking: ten passes of backfitting over the margins, each taking from x the weight times the
 * unweighted mean of x/w in the respondent's level, with w the weights just after that margin's
 * adjustment in raking's last iteration. This is R's {@code svyrecvar}, "raking" branch (Lumley
 * 2010 §7.3; the limit of the passes is the regression residual of Deville and Särndal 1992 for
 * the raking estimator).
 * <p>
 * Computed on the margins' cross-tables instead of respondent by respondent: every step takes
 * w_k·A_k[level] from x with w_k fixed per margin, so after any number of steps
 * x = x₀ − Σ_k w_k·A_k[c_k], and the level sums a step needs are
 * Σ_{c_k = c} x/w_k = Σ_{c_k = c} x₀/w_k − Σ_j Σ_d T_kj[c][d]·A_j[d], with
 * T_kj[c][d] = Σ_{c_k = c, c_j = d} w_j/w_k. The same steps in the same order, two passes over
 * the respondents per estimate instead of twenty per margin. When the cross-tables would be too
 * large (margins with very many levels) the steps are taken respondent by respondent instead.
 */
public final class RakingAdjustment implements Adjustment {
    /** R's fixed number of passes. */
    public static final int PASSES = 10;
    /** Cross-tables of more cells than this (160 MB) are not built. */
    static final long CROSS_LIMIT = 20_000_000;

    private final int[][] cells;
    private final int[] levels;
    private final double[][] weights;
    /** cross[k][j][c·levels[j] + d] = T_kj[c][d]. */
    private final double[][][] cross;
    /** 1/w_k, so that a pass multiplies instead of dividing. */
    private final double[][] inverse;

    /**
     * @param cells   per margin, the level of each respondent
     * @param levels  per margin, the number of levels
     * @param weights per margin, the weights after its adjustment in the last iteration
     */
    public RakingAdjustment(int[][] cells, int[] levels, double[][] weights) {
        this(cells, levels, weights, CROSS_LIMIT);
    }

    RakingAdjustment(int[][] cells, int[] levels, double[][] weights, long crossLimit) {
        this.cells = cells;
        this.levels = levels;
        this.weights = weights;
        int m = cells.length;
        long size = 0;
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < m; j++) {
                size += (long) levels[k] * levels[j];
            }
        }
        if (size > crossLimit) {
            cross = null;
            inverse = null;
            return;
        }
        cross = new double[m][m][];
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < m; j++) {
                cross[k][j] = new double[levels[k] * levels[j]];
            }
        }
        int n = cells[0].length;
        inverse = new double[m][n];
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) {
                inverse[k][i] = 1 / weights[k][i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                for (int j = 0; j < m; j++) {
                    int at = cells[k][i] * levels[j] + cells[j][i];
                    cross[k][j][at] += j == k ? 1 : weights[j][i] / weights[k][i];
                }
            }
        }
    }

    /** The same adjustment, taken respondent by respondent (for margins with very many levels, and tests). */
    RakingAdjustment byRespondent() {
        return new RakingAdjustment(cells, levels, weights, -1);
    }

    @Override
    public void project(double[] x) {
        if (cross == null) {
            projectByRespondent(x);
            return;
        }
        int m = cells.length;
        int n = x.length;
        double[][] sums = new double[m][];
        for (int k = 0; k < m; k++) {
            sums[k] = new double[levels[k]];
        }
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            if (xi != 0) {
                for (int k = 0; k < m; k++) {
                    sums[k][cells[k][i]] += xi * inverse[k][i];
                }
            }
        }
        double[][] a = new double[m][];
        for (int k = 0; k < m; k++) {
            a[k] = new double[levels[k]];
        }
        for (int pass = 0; pass < PASSES; pass++) {
            for (int k = 0; k < m; k++) {
                int lk = levels[k];
                double[] step = new double[lk];
                for (int c = 0; c < lk; c++) {
                    double s = sums[k][c];
                    for (int j = 0; j < m; j++) {
                        int lj = levels[j];
                        double[] t = cross[k][j];
                        double[] aj = a[j];
                        for (int d = 0; d < lj; d++) {
                            s -= t[c * lj + d] * aj[d];
                        }
                    }
                    step[c] = s / cross[k][k][c * lk + c];
                }
                for (int c = 0; c < lk; c++) {
                    a[k][c] += step[c];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < m; k++) {
                s += weights[k][i] * a[k][cells[k][i]];
            }
            x[i] -= s;
        }
    }

    /** R's loop as written: for each pass and margin, x −= w·ave(x/w, level). */
    private void projectByRespondent(double[] x) {
        int n = x.length;
        int m = cells.length;
        double[][] counts = new double[m][];
        for (int k = 0; k < m; k++) {
            counts[k] = new double[levels[k]];
            for (int c : cells[k]) {
                counts[k][c]++;
            }
        }
        for (int pass = 0; pass < PASSES; pass++) {
            for (int k = 0; k < m; k++) {
                int[] cell = cells[k];
                double[] w = weights[k];
                double[] mean = new double[levels[k]];
                for (int i = 0; i < n; i++) {
                    mean[cell[i]] += x[i] / w[i];
                }
                for (int c = 0; c < mean.length; c++) {
                    mean[c] /= counts[k][c];
                }
                for (int i = 0; i < n; i++) {
                    x[i] -= w[i] * mean[cell[i]];
                }
            }
        }
    }
}
