package pl.miasto4.survey.design;

import java.util.Arrays;

/**
 * Replicate weights: one full weight per replicate and respondent, with the constants of R's
 * {@code svrVar}: v = scale · Σ_r rscale_r (θ_r − θ̄)², θ̄ the mean of the replicate estimates
 * (R's default {@code mse = FALSE}; with {@code mse} the full-sample estimate instead).
 * Replicates whose estimate is undefined (NaN) are dropped, as {@code svrVar} does with
 * {@code na.action}.
 */
public final class Replicates {
    public enum Type { JK1, JKN, BOOTSTRAP, SUPPLIED }

    private final Type type;
    private final double[][] weights;
    private final double scale;
    private final double[] rscales;
    private final boolean mse;

    /** Takes ownership of {@code weights} ([replicate][respondent]). */
    public Replicates(Type type, double[][] weights, double scale, double[] rscales, boolean mse) {
        if (rscales.length != weights.length) {
            throw new IllegalArgumentException(weights.length + " replicates but " + rscales.length + " rscales");
        }
        this.type = type;
        this.weights = weights;
        this.scale = scale;
        this.rscales = rscales.clone();
        this.mse = mse;
    }

    public Type type() {
        return type;
    }

    public int count() {
        return weights.length;
    }

    /** The weights of replicate r (not a copy). */
    public double[] weights(int r) {
        return weights[r];
    }

    public double scale() {
        return scale;
    }

    public double rscale(int r) {
        return rscales[r];
    }

    /** The same constants with new weights (after a weighting step). */
    public Replicates withWeights(double[][] newWeights) {
        return new Replicates(type, newWeights, scale, rscales, mse);
    }

    /** R's {@code svrVar}: the replicate variance of one statistic. */
    public double variance(double[] thetas, double fullSample) {
        double sum = 0;
        int kept = 0;
        for (int r = 0; r < thetas.length; r++) {
            if (!Double.isNaN(thetas[r]) && rscales[r] > 0) {
                sum += thetas[r];
                kept++;
            }
        }
        double centre = mse ? fullSample : sum / kept;
        double v = 0;
        for (int r = 0; r < thetas.length; r++) {
            if (!Double.isNaN(thetas[r])) {
                double d = thetas[r] - centre;
                v += d * d * rscales[r];
            }
        }
        return v * scale;
    }

    /**
     * R's {@code degf} of a replicate design: the rank of the replicate weights of the rows kept
     * (those with a non-zero {@code rows} entry), minus one ({@code qr(weights(design, "analysis"),
     * tol = 1e-05)$rank - 1}). Identical rows do not change the rank, so each is counted once.
     */
    public int degreesOfFreedom(double[] rows) {
        int reps = weights.length;
        java.util.Set<RowKey> distinct = new java.util.LinkedHashSet<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == 0) {
                continue;
            }
            double[] row = new double[reps];
            for (int r = 0; r < reps; r++) {
                row[r] = weights[r][i];
            }
            distinct.add(new RowKey(row));
        }
        double[][] gram = new double[reps][reps];
        for (RowKey k : distinct) {
            double[] row = k.row;
            for (int a = 0; a < reps; a++) {
                if (row[a] == 0) {
                    continue;
                }
                for (int b = 0; b <= a; b++) {
                    gram[a][b] += row[a] * row[b];
                }
            }
        }
        for (int a = 0; a < reps; a++) {
            for (int b = a + 1; b < reps; b++) {
                gram[a][b] = gram[b][a];
            }
        }
        double[] eigen = new org.apache.commons.math3.linear.EigenDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(gram, false)).getRealEigenvalues();
        double largest = 0;
        for (double e : eigen) {
            largest = Math.max(largest, e);
        }
        int rank = 0;
        for (double e : eigen) {
            if (e > 1e-10 * largest) { // singular values above 1e-5 of the largest
                rank++;
            }
        }
        return rank - 1;
    }

    private record RowKey(double[] row) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey k && Arrays.equals(row, k.row);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(row);
        }
    }

    /** Copies of all weights, for a weighting step to change. */
    public double[][] copyWeights() {
        double[][] c = new double[weights.length][];
        for (int r = 0; r < c.length; r++) {
            c[r] = Arrays.copyOf(weights[r], weights[r].length);
        }
        return c;
    }
}
