package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The greedy rules Polish cities use, as pabulib names them. Projects are taken in decreasing order
 * of votes (approval, choose-1) or points (ordinal, cumulative, cardinal), counted from the ballots;
 * each is funded if it still fits in the money left.
 * <ul>
 *   <li>{@code greedy}: a project that does not fit is skipped and the next one is tried;</li>
 *   <li>{@code greedy-no-skip}: counting stops at the first project that does not fit (Gdynia, Wrocław);</li>
 *   <li>{@code greedy-threshold}: as greedy, and a project below {@code min_project_score_threshold}
 *       votes/points is not eligible (Łódź, Katowice).</li>
 * </ul>
 * The threshold, when the file gives one, applies to every variant: it is a condition of eligibility
 * in the city's regulation, not part of the ordering. A project is eligible when its score is at least
 * the threshold. A project with cost 999 999 999 is treated as withdrawn: that is how pabulib marks a
 * project withdrawn after the vote (see the comment of Wrocław 2017 and pabulib's checker).
 * <p>
 * Ties: projects with equal votes/points keep the order of the file's PROJECTS section, which pabulib
 * publishes in the official ranking (so it carries a city's own tie resolution, such as a draw). If the
 * order of tied projects changes the result, the outcome says so in {@link Outcome#undetermined()}.
 */
public final class GreedyRule implements Rule {
    /** pabulib's marker cost for a project withdrawn after the vote. */
    public static final long WITHDRAWN_COST = 999_999_999L;

    private final String name;
    private final boolean skip;
    private final boolean requireThreshold;

    private GreedyRule(String name, boolean skip, boolean requireThreshold) {
        this.name = name;
        this.skip = skip;
        this.requireThreshold = requireThreshold;
    }

    public static GreedyRule greedy() {
        return new GreedyRule("greedy", true, false);
    }

    public static GreedyRule noSkip() {
        return new GreedyRule("greedy-no-skip", false, false);
    }

    public static GreedyRule threshold() {
        return new GreedyRule("greedy-threshold", true, true);
    }

    @Override
    public String name() {
        return name;
    }

    /** Whether the project carries pabulib's withdrawn marker cost (in whole currency units). */
    public static boolean withdrawn(Instance instance, int p) {
        return instance.project(p).cost() == WITHDRAWN_COST * instance.currencyUnit();
    }

    /** Project indices by decreasing measure; ties keep file order (or reversed file order). */
    static Integer[] ranking(Instance instance, Tally tally, boolean reverseTies) {
        Integer[] order = new Integer[instance.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(tally.measure(b), tally.measure(a));
            if (c != 0) {
                return c;
            }
            return reverseTies ? Integer.compare(b, a) : Integer.compare(a, b);
        });
        return order;
    }

    @Override
    public Outcome count(Instance instance, Profile profile) {
        OptionalLong threshold = instance.scoreThreshold();
        if (requireThreshold && threshold.isEmpty()) {
            return Outcome.unsupported(name, "rule greedy-threshold needs min_project_score_threshold in META");
        }
        Tally tally = Tally.of(instance, profile);
        Outcome outcome = run(instance, tally, threshold, false);
        Outcome reversed = run(instance, tally, threshold, true);
        java.util.Set<Integer> forward = new java.util.HashSet<>(outcome.selected());
        java.util.Set<Integer> backward = new java.util.HashSet<>(reversed.selected());
        if (!forward.equals(backward)) {
            List<Why> undetermined = new ArrayList<>(outcome.undetermined());
            // name the tied groups whose members fare differently in the two orders
            java.util.Map<Long, List<Integer>> byScore = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
            for (int p = 0; p < instance.size(); p++) {
                byScore.computeIfAbsent(tally.measure(p), k -> new ArrayList<>()).add(p);
            }
            List<String> groups = new ArrayList<>();
            byScore.forEach((score, group) -> {
                if (group.size() > 1 && group.stream().anyMatch(p -> forward.contains(p) != backward.contains(p))) {
                    groups.add(String.join(", ", group.stream().map(p -> instance.project(p).id()).toList())
                            + " (" + score + " " + tally.measureName() + " each)");
                }
            });
            undetermined.add(Why.of("tie.greedy", "tie between projects " + String.join("; ", groups) + ": taken in file "
                    + "order, and the order changes the result; the file does not record how the city broke the tie",
                    String.join("; ", groups.stream().map(g -> g.substring(0, g.indexOf(" ("))).toList())));
            return new Outcome(name, outcome.selected(), outcome.verdicts(), outcome.notes(), undetermined,
                    Optional.empty());
        }
        return outcome;
    }

    private Outcome run(Instance instance, Tally tally, OptionalLong threshold, boolean reverseTies) {
        Integer[] order = ranking(instance, tally, reverseTies);
        long remaining = instance.budget();
        List<Integer> selected = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String unit = tally.measureName();
        boolean stopped = false;
        int step = 0;
        for (int p : order) {
            long score = tally.measure(p);
            step++;
            if (stopped) {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("noskip.after",
                        "not considered: greedy-no-skip stops at the first project that does not fit")));
                continue;
            }
            if (withdrawn(instance, p)) {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("withdrawn",
                        "withdrawn (pabulib marks it with cost 999 999 999)")));
                continue;
            }
            if (threshold.isPresent() && score < threshold.getAsLong()) {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("threshold", "below the threshold: "
                        + score + " " + unit + " < " + threshold.getAsLong(), score, unit, threshold.getAsLong())));
                continue;
            }
            long cost = instance.project(p).cost();
            if (cost <= remaining) {
                selected.add(p);
                verdicts.add(Verdict.of(p, true, step, score, remaining, Why.of("funded", "funded: " + score + " " + unit
                        + ", costs " + instance.formatMoney(cost) + " of " + instance.formatMoney(remaining) + " left",
                        score, unit, Why.money(instance, cost), Why.money(instance, remaining))));
                remaining -= cost;
            } else if (skip) {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("nofit", "does not fit: costs "
                        + instance.formatMoney(cost) + ", only " + instance.formatMoney(remaining) + " left",
                        Why.money(instance, cost), Why.money(instance, remaining))));
            } else {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("noskip.stop", "does not fit: costs "
                        + instance.formatMoney(cost) + ", only " + instance.formatMoney(remaining)
                        + " left; greedy-no-skip stops here", Why.money(instance, cost), Why.money(instance, remaining))));
                stopped = true;
            }
        }
        notes.add("ranked by " + unit + " counted from the ballots; ties in file order");
        threshold.ifPresent(t -> notes.add("eligible only with at least " + t + " " + unit
                + " (min_project_score_threshold)"));
        return new Outcome(name, selected, verdicts, notes, List.of(), Optional.empty());
    }
}
