package pl.miasto4.survey.weight;

/**
 * What the weights do to precision: Kish's effective sample size (Σw)²/Σw² and the design
 * effect due to unequal weighting n·Σw²/(Σw)² = 1 + CV² (Kish 1965 §11.7; Kish 1992,
 * "Weighting for unequal Pi", J. Official Statistics 8(2)), with the range of the weights.
 */
public record WeightSummary(int respondents, double sum, double min, double max, double mean, double cv,
                            double effectiveSampleSize, double designEffect) {

    public static WeightSummary of(double[] weights) {
        int n = 0;
        double sum = 0;
        double squares = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double w : weights) {
            if (w == 0) {
                continue;
            }
            n++;
            sum += w;
            squares += w * w;
            min = Math.min(min, w);
            max = Math.max(max, w);
        }
        double mean = sum / n;
        double variance = squares / n - mean * mean;
        double cv = Math.sqrt(Math.max(variance, 0)) / mean;
        double effective = sum * sum / squares;
        return new WeightSummary(n, sum, min, max, mean, cv, effective, n / effective);
    }
}
