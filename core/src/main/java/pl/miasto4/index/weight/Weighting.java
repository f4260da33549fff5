package pl.miasto4.index.weight;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import pl.miasto4.index.stats.Stats;

/**
 * Weighting methods for the children of one aggregate. Sources: OECD/JRC Handbook (2008),
 * section 1.6 "Weighting and aggregation" (equal weights, PCA/FA, budget allocation, benefit of
 * the doubt); COINr 1.1.14 get_PCA (weights = first principal component's loadings),
 * get_opt_weights (Becker et al. 2017, Ecol. Indic. 80:12–22).
 */
public final class Weighting {
    private Weighting() {
    }

    /**
     * PCA weights as COINr get_PCA: loadings (eigenvector) of the first principal component of
     * the correlation matrix of the children over units with complete data. The eigenvector's
     * sign is chosen so that its sum is positive.
     */
    public static double[] pcaFirstComponent(double[][] cols) {
        double[][] r = correlationMatrix(cols);
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(r));
        double[] ev = e.getRealEigenvalues();
        int best = 0;
        for (int k = 1; k < ev.length; k++) {
            if (ev[k] > ev[best]) {
                best = k;
            }
        }
        double[] v = e.getEigenvector(best).toArray();
        double s = 0;
        for (double x : v) {
            s += x;
        }
        if (s < 0) {
            for (int k = 0; k < v.length; k++) {
                v[k] = -v[k];
            }
        }
        return v;
    }

    /** Variance explained by each principal component (eigenvalues / p), largest first. */
    public static double[] pcaVarianceExplained(double[][] cols) {
        double[][] r = correlationMatrix(cols);
        if (undefined(r) >= 0) {
            double[] none = new double[r.length];
            java.util.Arrays.fill(none, Double.NaN);
            return none; // a column without spread (or too few complete units): no correlation, no components
        }
        double[] ev = new EigenDecomposition(new Array2DRowRealMatrix(r)).getRealEigenvalues().clone();
        java.util.Arrays.sort(ev);
        double[] out = new double[ev.length];
        for (int k = 0; k < ev.length; k++) {
            out[k] = ev[ev.length - 1 - k] / ev.length;
        }
        return out;
    }

    /**
     * Factor-analysis weights after Nicoletti, Scarpetta & Boylaud (2000), Handbook section 1.6.1
     * and its worked example (Table 16): keep the components with eigenvalue &gt; 1, rotate them
     * (varimax), square the loadings and scale them to sum 1 within each factor; each indicator
     * takes its largest scaled squared loading times its factor's share of the retained explained
     * variance; the weights are finally scaled to sum 1.
     */
    public static double[] factorAnalysis(double[][] cols) {
        double[][] r = correlationMatrix(cols);
        int p = r.length;
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(r));
        double[] ev = e.getRealEigenvalues();
        Integer[] order = new Integer[p];
        for (int k = 0; k < p; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ev[b], ev[a]));
        int m = 0;
        while (m < p && ev[order[m]] > 1) {
            m++;
        }
        m = Math.max(m, 1);
        double[][] load = new double[p][m];
        for (int f = 0; f < m; f++) {
            double[] v = e.getEigenvector(order[f]).toArray();
            double sq = Math.sqrt(ev[order[f]]);
            for (int k = 0; k < p; k++) {
                load[k][f] = v[k] * sq;
            }
        }
        if (m > 1) {
            load = varimax(load);
        }
        double[] factorVar = new double[m];
        double total = 0;
        for (int f = 0; f < m; f++) {
            for (int k = 0; k < p; k++) {
                factorVar[f] += load[k][f] * load[k][f];
            }
            total += factorVar[f];
        }
        double[] w = new double[p];
        for (int k = 0; k < p; k++) {
            double best = 0;
            for (int f = 0; f < m; f++) {
                double v = load[k][f] * load[k][f] / factorVar[f] * (factorVar[f] / total);
                best = Math.max(best, v);
            }
            w[k] = best;
        }
        return scaleToOne(w);
    }

    /** Kaiser's varimax rotation (Kaiser 1958), without row normalisation. */
    static double[][] varimax(double[][] l) {
        int p = l.length, m = l[0].length;
        double[][] a = new double[p][];
        for (int i = 0; i < p; i++) {
            a[i] = l[i].clone();
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double rotated = 0;
            for (int x = 0; x < m - 1; x++) {
                for (int y = x + 1; y < m; y++) {
                    double uu = 0, vv = 0, uv2 = 0, s2 = 0;
                    for (int i = 0; i < p; i++) {
                        double u = a[i][x] * a[i][x] - a[i][y] * a[i][y];
                        double v = 2 * a[i][x] * a[i][y];
                        uu += u;
                        vv += v;
                        uv2 += u * u - v * v;
                        s2 += 2 * u * v;
                    }
                    double num = s2 - 2 * uu * vv / p;
                    double den = uv2 - (uu * uu - vv * vv) / p;
                    double phi = Math.atan2(num, den) / 4;
                    rotated = Math.max(rotated, Math.abs(phi));
                    double c = Math.cos(phi), s = Math.sin(phi);
                    for (int i = 0; i < p; i++) {
                        double ax = a[i][x], ay = a[i][y];
                        a[i][x] = c * ax + s * ay;
                        a[i][y] = -s * ax + c * ay;
                    }
                }
            }
            if (rotated < 1e-10) {
                break;
            }
        }
        return a;
    }

    /**
     * Budget allocation (Handbook 1.6.3): each expert distributes a budget of points over the
     * indicators; the weight is the average share.
     */
    public static double[] budgetAllocation(double[][] pointsByExpert) {
        int p = pointsByExpert[0].length;
        double[] w = new double[p];
        for (double[] expert : pointsByExpert) {
            double s = 0;
            for (double v : expert) {
                s += v;
            }
            for (int k = 0; k < p; k++) {
                w[k] += expert[k] / s / pointsByExpert.length;
            }
        }
        return w;
    }

    public static double[] scaleToOne(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        double[] out = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            out[k] = w[k] / s;
        }
        return out;
    }

    /** Pearson correlation matrix over units with all values present. */
    /** The first column whose correlations are undefined (no spread, or fewer than 2 complete units), or −1. */
    public static int undefined(double[][] r) {
        for (int a = 0; a < r.length; a++) {
            for (double v : r[a]) {
                if (Double.isNaN(v)) {
                    return a;
                }
            }
        }
        return -1;
    }

    public static double[][] correlationMatrix(double[][] cols) {
        int p = cols.length, n = cols[0].length;
        boolean[] ok = Stats.complete(cols);
        double[][] sub = new double[p][];
        for (int k = 0; k < p; k++) {
            sub[k] = new double[n];
            for (int i = 0; i < n; i++) {
                sub[k][i] = ok[i] ? cols[k][i] : Double.NaN;
            }
        }
        double[][] r = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                r[a][b] = a == b ? 1 : Stats.correlation(sub[a], sub[b]);
            }
        }
        return r;
    }
}
