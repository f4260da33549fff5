package pl.miasto4.survey.weight;

/**
 * Raking: ten passes of backfitting over the margins, each taking from x the weight times the
 * unweighted mean of x/w in the respondent's level, with w the weights just after that margin's
 * adjustment in raking's last iteration. This is R's {@code svyrecvar}, "raking" branch, to the
 * letter (Lumley 2010 §7.3; the limit of the passes is the regression residual of Deville and
 * Särndal 1992 for the raking estimator).
 *
 * @param cells   per margin, the level of each respondent
 * @param levels  per margin, the number of levels
 * @param weights per margin, the weights after its adjustment in the last iteration
 */
public record RakingAdjustment(int[][] cells, int[] levels, double[][] weights) implements Adjustment {
    /** R's fixed number of passes. */
    public static final int PASSES = 10;

    @Override
    public void project(double[] x) {
        int n = x.length;
        int margins = cells.length;
        double[][] sums = new double[margins][];
        double[][] counts = new double[margins][];
        for (int k = 0; k < margins; k++) {
            sums[k] = new double[levels[k]];
            counts[k] = new double[levels[k]];
            for (int c : cells[k]) {
                counts[k][c]++;
            }
        }
        for (int pass = 0; pass < PASSES; pass++) {
            for (int k = 0; k < margins; k++) {
                int[] cell = cells[k];
                double[] w = weights[k];
                double[] s = sums[k];
                java.util.Arrays.fill(s, 0);
                for (int i = 0; i < n; i++) {
                    s[cell[i]] += x[i] / w[i];
                }
                for (int c = 0; c < s.length; c++) {
                    s[c] /= counts[k][c];
                }
                for (int i = 0; i < n; i++) {
                    x[i] -= w[i] * s[cell[i]];
                }
            }
        }
    }
}
