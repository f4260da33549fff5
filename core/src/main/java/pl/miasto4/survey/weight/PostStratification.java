package pl.miasto4.survey.weight;

import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.survey.design.Replicates;

/**
 * Post-stratification: the weights of each cell scaled so that they add up to the cell's
 * population (Holt and Smith 1979; Lumley 2010 §7.2; R's {@code postStratify}). Replicate
 * weights are post-stratified each on its own, as {@code postStratify.svyrep.design} does.
 */
public final class PostStratification {
    private PostStratification() {
    }

    public static Weighted apply(SurveyData data, double[] weights, Replicates replicates, Margin margin) {
        Margin.Cells cells = margin.cells(data);
        double[] after = scale(weights, cells, -1);
        Replicates reps = null;
        if (replicates != null) {
            double[][] rw = new double[replicates.count()][];
            for (int r = 0; r < rw.length; r++) {
                rw[r] = scale(replicates.weights(r), cells, r);
            }
            reps = replicates.withWeights(rw);
        }
        return new Weighted(after, reps, new PostStratumAdjustment(cells.cell(), cells.size(), after, weights.clone()), 1);
    }

    /** w · population / (weighted count) cell by cell; {@code replicate} ≥ 0 names a replicate in errors. */
    static double[] scale(double[] w, Margin.Cells cells, int replicate) {
        double[] sums = cells.sums(w);
        double[] ratio = new double[sums.length];
        for (int c = 0; c < sums.length; c++) {
            if (!(sums[c] > 0)) {
                throw new SurveyException(Problem.REPLICATE_EMPTY_CELL, replicate + 1, cells.variable(), cells.labels().get(c));
            }
            ratio[c] = cells.population()[c] / sums[c];
        }
        int[] cell = cells.cell();
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] * ratio[cell[i]];
        }
        return out;
    }
}
