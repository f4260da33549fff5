package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code greedy-exclusive}: greedy by votes/points, where some projects exclude each other (two designs
 * for the same square) and at most one of each group is funded, the first reached in the ranking.
 * Pabulib has no field for the groups: its files describe them in the comment, in prose. This rule reads
 * them only from a META field {@code exclusions} ({@code 459,1687,2150|773,153}: groups separated by
 * {@code |}); without it the count is unsupported, never guessed from prose.
 */
public final class ExclusiveGreedyRule implements Rule {
    public static final String EXCLUSIONS_FIELD = "exclusions";

    @Override
    public String name() {
        return "greedy-exclusive";
    }

    @Override
    public Outcome count(Instance instance, Profile profile) {
        String spec = instance.meta(EXCLUSIONS_FIELD);
        if (spec == null || spec.isBlank()) {
            String c = instance.comment().toLowerCase(java.util.Locale.ROOT);
            String prose = c.contains("exclu") || c.contains("simultaneous")
                    ? "; the comment describes them only in prose" : "; nor does the comment name them";
            return Outcome.unsupported(name(), "greedy-exclusive needs the mutually exclusive projects, and the file "
                    + "has no '" + EXCLUSIONS_FIELD + "' field" + prose);
        }
        Map<Integer, Integer> groupOf = new HashMap<>();
        int g = 0;
        for (String group : spec.split("\\|")) {
            for (String id : group.split(",")) {
                int p = instance.indexOf(id.trim());
                if (p < 0) {
                    return Outcome.unsupported(name(), "exclusions name project '" + id.trim() + "', not in PROJECTS");
                }
                groupOf.put(p, g);
            }
            g++;
        }
        Tally tally = Tally.of(instance, profile);
        Integer[] order = GreedyRule.ranking(instance, tally, false);
        long remaining = instance.budget();
        Map<Integer, Integer> fundedInGroup = new HashMap<>();
        List<Integer> selected = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        int step = 0;
        var threshold = instance.scoreThreshold();
        for (int p : order) {
            step++;
            long score = tally.measure(p);
            long cost = instance.project(p).cost();
            Integer group = groupOf.get(p);
            if (GreedyRule.withdrawn(instance, p)) {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("withdrawn", "withdrawn (cost 999 999 999)")));
            } else if (threshold.isPresent() && score < threshold.getAsLong()) {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("threshold.plain", "below the threshold")));
            } else if (group != null && fundedInGroup.containsKey(group)) {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("excluded", "excluded by project "
                        + instance.project(fundedInGroup.get(group)).id() + ", funded earlier in the ranking",
                        instance.project(fundedInGroup.get(group)).id())));
            } else if (cost <= remaining) {
                selected.add(p);
                if (group != null) {
                    fundedInGroup.put(group, p);
                }
                verdicts.add(Verdict.of(p, true, step, score, remaining, Why.of("funded.cost", "funded: costs " + instance.formatMoney(cost)
                        + " of " + instance.formatMoney(remaining) + " left", Why.money(instance, cost), Why.money(instance, remaining))));
                remaining -= cost;
            } else {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("nofit", "does not fit: costs "
                        + instance.formatMoney(cost) + ", only " + instance.formatMoney(remaining) + " left", Why.money(instance, cost), Why.money(instance, remaining))));
            }
        }
        return new Outcome(name(), selected, verdicts, List.of("exclusion groups from META '" + EXCLUSIONS_FIELD + "'"),
                List.of(), Optional.empty());
    }
}
