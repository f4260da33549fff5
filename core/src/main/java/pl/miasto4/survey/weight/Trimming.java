package pl.miasto4.survey.weight;

import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.survey.design.Replicates;

/**
 * Trimming: weights below {@code lower} or above {@code upper} are set to the bound and the weight
 * cut off (or added) is shared equally among the weights inside the bounds, so the total stays.
 * R's {@code trimWeights} (Lumley 2010 §7.5; Potter 1990 on trimming): with {@code strict} repeated
 * until no weight is outside. The linearised variance keeps the adjustments of earlier steps, as
 * R does. Replicate weights are trimmed each on its own with the same bounds.
 */
public final class Trimming {
    private Trimming() {
    }

    public static Weighted trim(double[] weights, Replicates replicates, double lower, double upper, boolean strict) {
        if (!(lower > 0) || !(lower <= upper)) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--trim", lower + "," + upper, "LOW,HIGH with 0 < LOW ≤ HIGH");
        }
        double[] w = trimOne(weights, lower, upper, strict);
        Replicates reps = null;
        if (replicates != null) {
            double[][] rw = new double[replicates.count()][];
            for (int r = 0; r < rw.length; r++) {
                rw[r] = trimOne(replicates.weights(r), lower, upper, strict);
            }
            reps = replicates.withWeights(rw);
        }
        return new Weighted(w, reps, null, 1);
    }

    private static double[] trimOne(double[] weights, double lower, double upper, boolean strict) {
        double[] w = weights.clone();
        for (int round = 0; round < 1000; round++) {
            double cut = 0;
            int inside = 0;
            boolean any = false;
            for (int i = 0; i < w.length; i++) {
                // a zero weight (a replicate's deleted PSU) stays zero and takes no share
                if (w[i] == 0) {
                    continue;
                }
                if (w[i] < lower || w[i] > upper) {
                    any = true;
                } else {
                    inside++;
                }
            }
            if (!any) {
                return w;
            }
            if (inside == 0) {
                throw new SurveyException(Problem.TRIM_IMPOSSIBLE, lower, upper);
            }
            boolean[] outside = new boolean[w.length];
            for (int i = 0; i < w.length; i++) {
                if (w[i] != 0 && (w[i] < lower || w[i] > upper)) {
                    double t = Math.max(lower, Math.min(w[i], upper));
                    cut += w[i] - t;
                    w[i] = t;
                    outside[i] = true;
                }
            }
            double share = cut / inside;
            for (int i = 0; i < w.length; i++) {
                if (w[i] != 0 && !outside[i]) {
                    w[i] += share;
                    if (!(w[i] > 0)) {
                        throw new SurveyException(Problem.TRIM_NEGATIVE, lower, upper);
                    }
                }
            }
            if (!strict) {
                return w;
            }
        }
        throw new SurveyException(Problem.TRIM_IMPOSSIBLE, lower, upper);
    }
}
