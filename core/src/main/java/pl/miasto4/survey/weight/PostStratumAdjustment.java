package pl.miasto4.survey.weight;

/**
 * Post-stratification: x − w·(mean of x/w within the cell, weighted by the weights before the
 * step). R's {@code svyrecvar}, ordinary post-stratification branch; Lumley (2010) §7.2.
 *
 * @param cell       the post-stratum of each respondent
 * @param cells      the number of post-strata
 * @param weights    the weights after post-stratification ({@code attr(, "weights")})
 * @param oldWeights the weights before it ({@code attr(, "oldweights")})
 */
public record PostStratumAdjustment(int[] cell, int cells, double[] weights, double[] oldWeights) implements Adjustment {
    @Override
    public void project(double[] x) {
        double[] num = new double[cells];
        double[] den = new double[cells];
        for (int i = 0; i < x.length; i++) {
            num[cell[i]] += x[i] * oldWeights[i] / weights[i];
            den[cell[i]] += oldWeights[i];
        }
        for (int c = 0; c < cells; c++) {
            num[c] /= den[c];
        }
        for (int i = 0; i < x.length; i++) {
            x[i] -= num[cell[i]] * weights[i];
        }
    }
}
