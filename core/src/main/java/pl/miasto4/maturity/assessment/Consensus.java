package pl.miasto4.maturity.assessment;

import java.util.List;

/**
 * How several respondents' levels for one criterion were reconciled: the confidence-weighted
 * mean level, and the disagreement — lowest and highest level, spread (max − min) and the
 * standard deviation — so that a reader sees where respondents disagree.
 */
public record Consensus(double level, int respondents, int min, int max, double standardDeviation,
                        double meanConfidence, List<String> respondentNames) {

    public int spread() {
        return max - min;
    }

    /** Respondents differ by two levels or more: worth a conversation before the result is used. */
    public boolean disputed() {
        return spread() >= 2;
    }

    /**
     * Reconciles levels weighted by confidence: level = Σ cᵢ·lᵢ / Σ cᵢ (plain mean when every
     * confidence is zero). Weighting by confidence lets a respondent who knows the area count more.
     */
    public static Consensus of(List<Answer> answers) {
        List<Answer> rated = answers.stream().filter(a -> a.level().isPresent()).toList();
        if (rated.isEmpty()) {
            throw new IllegalArgumentException("no rated answers");
        }
        double weightSum = rated.stream().mapToDouble(Answer::confidence).sum();
        double mean = weightSum > 0
                ? rated.stream().mapToDouble(a -> a.confidence() * a.level().getAsInt()).sum() / weightSum
                : rated.stream().mapToInt(a -> a.level().getAsInt()).average().orElseThrow();
        double plainMean = rated.stream().mapToInt(a -> a.level().getAsInt()).average().orElseThrow();
        double variance = rated.stream().mapToDouble(a -> Math.pow(a.level().getAsInt() - plainMean, 2)).sum()
                / rated.size();
        int min = rated.stream().mapToInt(a -> a.level().getAsInt()).min().orElseThrow();
        int max = rated.stream().mapToInt(a -> a.level().getAsInt()).max().orElseThrow();
        double meanConfidence = rated.stream().mapToDouble(Answer::confidence).average().orElse(0);
        return new Consensus(min == max ? min : mean, rated.size(), min, max, Math.sqrt(variance), meanConfidence,
                rated.stream().map(Answer::respondent).distinct().toList());
    }
}
