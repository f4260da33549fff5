package pl.miasto4.survey.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
     * tol = 1e-05)$rank - 1}). Rows are taken one at a time into an orthonormal basis of the row
     * space (Gram–Schmidt, twice), a row counting when more than 1e-5 of it lies outside; it stops
     * as soon as the basis has one vector per replicate, so a large bootstrap design costs a few
     * hundred rows, not all of them.
     */
    public int degreesOfFreedom(double[] rows) {
        int reps = weights.length;
        List<double[]> basis = new ArrayList<>();
        double[] v = new double[reps];
        for (int i = 0; i < rows.length && basis.size() < reps; i++) {
            if (rows[i] == 0) {
                continue;
            }
            double norm = 0;
            for (int r = 0; r < reps; r++) {
                v[r] = weights[r][i];
                norm += v[r] * v[r];
            }
            if (norm == 0) {
                continue;
            }
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    double dot = 0;
                    for (int r = 0; r < reps; r++) {
                        dot += v[r] * b[r];
                    }
                    for (int r = 0; r < reps; r++) {
                        v[r] -= dot * b[r];
                    }
                }
            }
            double rest = 0;
            for (int r = 0; r < reps; r++) {
                rest += v[r] * v[r];
            }
            if (rest > 1e-10 * norm) {
                double len = Math.sqrt(rest);
                double[] b = new double[reps];
                for (int r = 0; r < reps; r++) {
                    b[r] = v[r] / len;
                }
                basis.add(b);
            }
        }
        return basis.size() - 1;
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
