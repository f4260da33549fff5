package pl.miasto4.index.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * Variance-based sensitivity indices from the A, B, AB_i design (Saltelli et al. 2010, Comput.
 * Phys. Commun. 181:259–270, Table 2): first order S_i = mean(f(B)·(f(AB_i) − f(A))) / V
 * (Saltelli 2010, eq. b), total ST_i = Σ (f(A) − f(AB_i))² / (2N·V) (Jansen 1999), with V the
 * sample variance of f(A) and f(B) together — as COINr SA_estimate. Rows where any of f(A), f(B),
 * f(AB_i) failed are left out of that index (the count used is reported).
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    public static List<UncertaintyResult.Sensitivity> estimate(List<Choice> choices, double[] y, int n) {
        int d = choices.size();
        double[] ab = new double[2 * n];
        int m = 0;
        for (int i = 0; i < 2 * n; i++) {
            if (!Double.isNaN(y[i])) {
                ab[m++] = y[i];
            }
        }
        double mean = 0;
        for (int i = 0; i < m; i++) {
            mean += ab[i];
        }
        mean /= m;
        double var = 0;
        for (int i = 0; i < m; i++) {
            var += (ab[i] - mean) * (ab[i] - mean);
        }
        var /= (m - 1);
        List<UncertaintyResult.Sensitivity> out = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            double s = 0, st = 0;
            int used = 0;
            for (int i = 0; i < n; i++) {
                double ya = y[i], yb = y[n + i], yab = y[(2 + k) * n + i];
                if (Double.isNaN(ya) || Double.isNaN(yb) || Double.isNaN(yab)) {
                    continue;
                }
                s += yb * (yab - ya);
                st += (ya - yab) * (ya - yab);
                used++;
            }
            out.add(new UncertaintyResult.Sensitivity(choices.get(k).name(), s / used / var, st / (2.0 * used * var), used));
        }
        return out;
    }
}
