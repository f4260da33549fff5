package pl.miasto4.maturity.portfolio;

import java.util.Arrays;
import java.util.List;

/**
 * Weights from a pairwise comparison matrix by Saaty's Analytic Hierarchy Process
 * (T. L. Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill 1980): the weights are the
 * principal right eigenvector of the reciprocal matrix, normalised to sum 1; consistency is
 * CI = (λmax − n) / (n − 1) and CR = CI / RI(n), with Saaty's random index RI. A CR above 0.10
 * means the judgements should be revisited.
 */
public final class Ahp {
    /** Saaty's (1980) random consistency index for n = 1..10. */
    private static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    public static final double ACCEPTABLE_CR = 0.10;
    private static final int MAX_ITERATIONS = 10_000;
    private static final double TOLERANCE = 1e-12;

    private Ahp() {
    }

    public record Result(List<String> criteria, double[] weights, double lambdaMax, double consistencyIndex,
                         double randomIndex, double consistencyRatio) {
        public boolean acceptable() {
            return consistencyRatio <= ACCEPTABLE_CR;
        }

        public double weight(String criterion) {
            return weights[criteria.indexOf(criterion)];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && criteria.equals(r.criteria) && Arrays.equals(weights, r.weights);
        }

        @Override
        public int hashCode() {
            return criteria.hashCode() * 31 + Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return "AHP " + criteria + " " + Arrays.toString(weights) + " λmax=" + lambdaMax + " CR=" + consistencyRatio;
        }
    }

    public static double randomIndex(int n) {
        if (n < 1 || n > RANDOM_INDEX.length) {
            throw new IllegalArgumentException("Saaty's random index is tabulated for 1-10 criteria, not " + n);
        }
        return RANDOM_INDEX[n - 1];
    }

    /**
     * @param matrix a[i][j] = how much more important criterion i is than j (Saaty's 1–9 scale);
     *               must be positive and reciprocal (a[j][i] = 1 / a[i][j])
     */
    public static Result weights(List<String> criteria, double[][] matrix) {
        int n = criteria.size();
        if (matrix.length != n) {
            throw new IllegalArgumentException("the matrix must be " + n + "×" + n);
        }
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("the matrix must be " + n + "×" + n);
            }
            for (int j = 0; j < n; j++) {
                if (!(matrix[i][j] > 0)) {
                    throw new IllegalArgumentException("comparisons must be positive (row " + (i + 1) + ", column " + (j + 1) + ")");
                }
                if (Math.abs(matrix[i][j] * matrix[j][i] - 1) > 1e-6) {
                    throw new IllegalArgumentException("the matrix is not reciprocal at (" + (i + 1) + ", " + (j + 1)
                            + "): " + matrix[i][j] + " × " + matrix[j][i] + " ≠ 1");
                }
            }
        }
        // Power iteration: for a positive matrix it converges to the principal (Perron) eigenvector.
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = multiply(matrix, w);
            double sum = Arrays.stream(next).sum();
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        double[] aw = multiply(matrix, w);
        double lambdaMax = 0;
        for (int i = 0; i < n; i++) {
            lambdaMax += aw[i] / w[i];
        }
        lambdaMax /= n;
        double ci = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
        double ri = randomIndex(n);
        double cr = ri > 0 ? ci / ri : 0;
        return new Result(List.copyOf(criteria), w, lambdaMax, ci, ri, cr);
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += a[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }
}
