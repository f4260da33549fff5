package pl.miasto4.survey.weight;

import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.survey.design.Replicates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raking (iterative proportional fitting, Deming and Stephan 1940): post-stratify to each margin
 * in turn until the weighted cross-table of the margin variables stops changing. The stopping rule
 * is R's {@code rake}: stop when no cell of that table moved by {@code epsilon} or more in an
 * iteration, {@code epsilon} taken relative to the sum of the weights when below 1. Unlike R,
 * running out of iterations is an error, not a warning. Replicate weights are raked alongside,
 * the same number of iterations (as {@code rake} on a replicate design).
 */
public final class Raking {
    private Raking() {
    }

    /**
     * @param maxIterations at most this many iterations (R's {@code maxit}, default 10 there)
     * @param epsilon       absolute when ≥ 1, else relative to the sum of the weights (R's default 1)
     */
    public record Control(int maxIterations, double epsilon) {
        /**
         * R's tolerance (no cell of the cross-table moves by one person or more) with up to 100
         * iterations instead of 10: where R converges the results are R's to the last digit; where
         * R would stop unconverged with a warning, raking goes on.
         */
        public static Control defaults() {
            return new Control(100, 1);
        }

        /** R's defaults, as in {@code rake}'s help page. */
        public static Control r() {
            return new Control(10, 1);
        }
    }

    public static Weighted rake(SurveyData data, double[] weights, Replicates replicates, List<Margin> margins,
                                Control control) {
        if (control.maxIterations() < 1 || !(control.epsilon() > 0)) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--max-iterations/--epsilon",
                    control.maxIterations() + "/" + control.epsilon(), "at least 1 iteration and a tolerance above 0");
        }
        Margin.checkTotals(margins);
        int m = margins.size();
        Margin.Cells[] cells = new Margin.Cells[m];
        for (int k = 0; k < m; k++) {
            cells[k] = margins.get(k).cells(data);
        }
        int n = weights.length;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double epsilon = control.epsilon() < 1 ? control.epsilon() * sum : control.epsilon();
        int[] joint = jointCells(cells, n);
        int jointSize = 0;
        for (int j : joint) {
            jointSize = Math.max(jointSize, j + 1);
        }
        double[] w = weights.clone();
        double[][] rw = replicates == null ? null : replicates.copyWeights();
        double[] oldTable = table(joint, jointSize, w);
        double[][] afterMargin = new double[m][];
        int iteration = 0;
        double delta = Double.NaN;
        boolean converged = false;
        while (iteration < control.maxIterations()) {
            for (int k = 0; k < m; k++) {
                w = PostStratification.scale(w, cells[k], -1);
                afterMargin[k] = w;
                if (rw != null) {
                    for (int r = 0; r < rw.length; r++) {
                        rw[r] = PostStratification.scale(rw[r], cells[k], r);
                    }
                }
            }
            double[] newTable = table(joint, jointSize, w);
            delta = 0;
            for (int j = 0; j < jointSize; j++) {
                delta = Math.max(delta, Math.abs(oldTable[j] - newTable[j]));
            }
            iteration++;
            if (delta < epsilon) {
                converged = true;
                break;
            }
            oldTable = newTable;
        }
        if (!converged) {
            throw new SurveyException(Problem.RAKING_NOT_CONVERGED, iteration, delta, epsilon);
        }
        int[][] cellOf = new int[m][];
        int[] levels = new int[m];
        for (int k = 0; k < m; k++) {
            cellOf[k] = cells[k].cell();
            levels[k] = cells[k].size();
        }
        return new Weighted(w, replicates == null ? null : replicates.withWeights(rw),
                new RakingAdjustment(cellOf, levels, afterMargin), iteration);
    }

    /** The cell of the cross-classification of all margins for each respondent, numbered 0…J−1. */
    static int[] jointCells(Margin.Cells[] cells, int n) {
        long product = 1;
        for (Margin.Cells c : cells) {
            product *= c.size();
            if (product > (1 << 24)) {
                break;
            }
        }
        int[] joint = new int[n];
        if (product <= (1 << 24)) {
            for (int i = 0; i < n; i++) {
                int id = 0;
                for (Margin.Cells c : cells) {
                    id = id * c.size() + c.cell()[i];
                }
                joint[i] = id;
            }
            return joint;
        }
        Map<List<Integer>, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer[] key = new Integer[cells.length];
            for (int k = 0; k < cells.length; k++) {
                key[k] = cells[k].cell()[i];
            }
            joint[i] = ids.computeIfAbsent(List.of(key), x -> ids.size());
        }
        return joint;
    }

    private static double[] table(int[] joint, int size, double[] w) {
        double[] t = new double[size];
        for (int i = 0; i < joint.length; i++) {
            t[joint[i]] += w[i];
        }
        return t;
    }
}
