package pl.miasto4.survey.weight;

/**
 * Calibration (linear, raking or bounded): x − g·d·(Xβ), β the least-squares coefficients of
 * x/g on the auxiliaries X with the weights d before calibration. This is R's {@code svyrecvar}
 * for a {@code greg_calibration} entry ({@code qr.resid(qr(X·√d), x/(g·√d))·g·√d}), the
 * g-weighted residual variance of Deville and Särndal (1992), eq. (3.4), and Särndal, Swensson
 * and Wretman (1992), §6.6.
 *
 * @param auxiliaries X
 * @param before      d, the weights before calibration
 * @param g           the calibration factors (weights after = g·d)
 * @param inverse     (Σ d x xᵀ)⁻¹ (a pseudo-inverse when X is collinear)
 */
public record GregAdjustment(Auxiliaries auxiliaries, double[] before, double[] g, double[][] inverse)
        implements Adjustment {
    @Override
    public void project(double[] x) {
        int p = auxiliaries.columns();
        double[] xty = new double[p];
        int[] cols = new int[auxiliaries.maxNonzeros()];
        double[] vals = new double[cols.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                int k = auxiliaries.nonzeros(i, cols, vals);
                double v = x[i] / g[i];
                for (int j = 0; j < k; j++) {
                    xty[cols[j]] += vals[j] * v;
                }
            }
        }
        double[] beta = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                s += inverse[j][k] * xty[k];
            }
            beta[j] = s;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] -= g[i] * before[i] * auxiliaries.dot(i, beta);
        }
    }
}
