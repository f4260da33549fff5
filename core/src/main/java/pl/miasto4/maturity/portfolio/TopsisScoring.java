package pl.miasto4.maturity.portfolio;

import pl.miasto4.index.aggregate.Aggregation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks proposals by TOPSIS with AHP weights. The closeness score is the index engine's
 * ({@link Aggregation#topsis}, Hwang &amp; Yoon 1981); this class adds how each criterion counted:
 * the proposal's weighted normalised rating vⱼ = wⱼ·rⱼ/‖r·ⱼ‖ and its distance to the best and the
 * worst proposal on that criterion. Ratings share one scale on which higher is better.
 */
public final class TopsisScoring {
    private TopsisScoring() {
    }

    /** One criterion's part: the weighted normalised rating, and its gaps to the ideal and the anti-ideal. */
    public record Part(double weighted, double toIdeal, double toAntiIdeal) {
    }

    public record Ranked(int rank, String proposalId, double closeness, Map<String, Part> parts) {
    }

    public static List<Ranked> rank(List<WeightedSumScoring.Proposal> proposals, Ahp.Result weights) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        List<String> criteria = weights.criteria();
        int p = criteria.size();
        int n = proposals.size();
        double[][] cols = new double[p][n];
        for (int k = 0; k < p; k++) {
            for (int i = 0; i < n; i++) {
                Double r = proposals.get(i).ratings().get(criteria.get(k));
                if (r == null) {
                    throw new IllegalArgumentException("proposal " + proposals.get(i).id() + " has no rating for " + criteria.get(k));
                }
                cols[k][i] = r;
            }
        }
        double[] closeness = Aggregation.topsis(cols, weights.weights());
        double[][] v = new double[p][n];
        double[] best = new double[p];
        double[] worst = new double[p];
        double weightSum = java.util.Arrays.stream(weights.weights()).sum();
        for (int k = 0; k < p; k++) {
            double norm = Math.sqrt(java.util.Arrays.stream(cols[k]).map(x -> x * x).sum());
            best[k] = Double.NEGATIVE_INFINITY;
            worst[k] = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                v[k][i] = weights.weights()[k] / weightSum * cols[k][i] / norm;
                best[k] = Math.max(best[k], v[k][i]);
                worst[k] = Math.min(worst[k], v[k][i]);
            }
        }
        List<Ranked> scored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Part> parts = new LinkedHashMap<>();
            for (int k = 0; k < p; k++) {
                parts.put(criteria.get(k), new Part(v[k][i], best[k] - v[k][i], v[k][i] - worst[k]));
            }
            scored.add(new Ranked(0, proposals.get(i).id(), closeness[i], parts));
        }
        scored.sort(Comparator.comparingDouble(Ranked::closeness).reversed().thenComparing(Ranked::proposalId));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranked r = scored.get(i);
            out.add(new Ranked(i + 1, r.proposalId(), r.closeness(), r.parts()));
        }
        return out;
    }
}
