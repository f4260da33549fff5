package pl.miasto4.maturity.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores proposals (e.g. Smart City portfolio initiatives judged for justification and
 * cost-effectiveness) by a weighted sum of criterion ratings, and shows how much each criterion
 * contributed: score = Σ wⱼ · rⱼ, contribution of j = wⱼ · rⱼ. Ratings are expected on a common
 * scale (e.g. 0–1 or 1–5); normalising raw indicators is the index engine's job.
 */
public final class WeightedSumScoring {
    private WeightedSumScoring() {
    }

    public record Proposal(String id, Map<String, Double> ratings) {
        public Proposal {
            ratings = Map.copyOf(ratings);
        }
    }

    public record Ranked(int rank, String proposalId, double score, Map<String, Double> contributions) {
    }

    public static List<Ranked> rank(List<Proposal> proposals, Ahp.Result weights) {
        List<Ranked> scored = new ArrayList<>();
        for (Proposal p : proposals) {
            Map<String, Double> contributions = new LinkedHashMap<>();
            double score = 0;
            for (String criterion : weights.criteria()) {
                Double rating = p.ratings().get(criterion);
                if (rating == null) {
                    throw new IllegalArgumentException("proposal " + p.id() + " has no rating for " + criterion);
                }
                double c = weights.weight(criterion) * rating;
                contributions.put(criterion, c);
                score += c;
            }
            scored.add(new Ranked(0, p.id(), score, contributions));
        }
        scored.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::proposalId));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranked r = scored.get(i);
            out.add(new Ranked(i + 1, r.proposalId(), r.score(), r.contributions()));
        }
        return out;
    }
}
