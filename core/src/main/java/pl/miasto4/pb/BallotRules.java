package pl.miasto4.pb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a valid ballot of one pool looks like, as pabulib's META fields name the rules: the vote type,
 * {@code min_length}/{@code max_length} (how many projects), {@code max_points} (points for one project,
 * cumulative and scoring), {@code max_sum_points} (points in all, cumulative) and {@code max_sum_cost}
 * (an approval ballot may not cost more than this: a "budget limit" ballot). {@link #check} lists every
 * problem of a ballot, each with a code that pages translate and the values it needs.
 *
 * @param costs project id → cost, in the order the projects are listed
 */
public record BallotRules(VoteType voteType, Map<String, BigDecimal> costs, Integer minLength, Integer maxLength,
                          Integer maxPoints, Integer maxSumPoints, BigDecimal maxSumCost) {

    /** One reason a ballot is refused: {@code code} (e.g. {@code too_long}) and the values the message shows. */
    public record Problem(String code, String field, List<Object> values) {
        @Override
        public String toString() {
            return code + (values.isEmpty() ? "" : " " + values);
        }
    }

    public BallotRules {
        costs = new LinkedHashMap<>(costs);
    }

    /** The fewest projects a ballot must name: choose-1 exactly one, otherwise {@code min_length} or 1. */
    public int fewest() {
        if (voteType == VoteType.CHOOSE_ONE) {
            return 1;
        }
        return Math.max(1, minLength == null ? 1 : minLength);
    }

    /** The most projects a ballot may name. */
    public int most() {
        if (voteType == VoteType.CHOOSE_ONE) {
            return 1;
        }
        return maxLength == null ? costs.size() : Math.min(maxLength, costs.size());
    }

    /**
     * Every problem of a ballot: project ids in the voter's order (the order matters for ordinal ballots),
     * and for cumulative and scoring ballots the points given to each.
     */
    public List<Problem> check(List<String> projects, List<Integer> points) {
        List<Problem> out = new ArrayList<>();
        List<String> ids = projects == null ? List.of() : projects;
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || !costs.containsKey(id)) {
                out.add(new Problem("unknown_project", "projects", List.of(String.valueOf(id))));
            } else if (!seen.add(id)) {
                out.add(new Problem("duplicate_project", "projects", List.of(id)));
            }
        }
        if (ids.isEmpty()) {
            out.add(new Problem("empty", "projects", List.of(fewest())));
        } else if (voteType == VoteType.CHOOSE_ONE && ids.size() != 1) {
            out.add(new Problem("not_one", "projects", List.of(ids.size())));
        } else if (ids.size() < fewest()) {
            out.add(new Problem("too_short", "projects", List.of(fewest(), ids.size())));
        } else if (ids.size() > most()) {
            out.add(new Problem("too_long", "projects", List.of(most(), ids.size())));
        }
        if (voteType.hasPoints()) {
            if (points == null || points.size() != ids.size()) {
                out.add(new Problem("points_missing", "points", List.of(ids.size(), points == null ? 0 : points.size())));
            } else {
                long sum = 0;
                for (int i = 0; i < points.size(); i++) {
                    Integer p = points.get(i);
                    if (p == null || p < 1) {
                        out.add(new Problem("points_not_positive", "points", List.of(ids.get(i))));
                        continue;
                    }
                    if (maxPoints != null && p > maxPoints) {
                        out.add(new Problem("points_over_max", "points", List.of(ids.get(i), p, maxPoints)));
                    }
                    sum += p;
                }
                if (maxSumPoints != null && sum > maxSumPoints) {
                    out.add(new Problem("points_sum_over", "points", List.of(maxSumPoints, sum)));
                }
            }
        } else if (points != null && !points.isEmpty()) {
            out.add(new Problem("points_not_allowed", "points", List.of(voteType.pabulibName())));
        }
        if (maxSumCost != null) {
            BigDecimal total = BigDecimal.ZERO;
            for (String id : seen) {
                total = total.add(costs.get(id));
            }
            if (total.compareTo(maxSumCost) > 0) {
                out.add(new Problem("cost_over", "projects", List.of(maxSumCost.toPlainString(), total.toPlainString())));
            }
        }
        return out;
    }
}
