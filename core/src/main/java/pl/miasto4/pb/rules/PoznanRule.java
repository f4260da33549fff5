package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Poznań's rule, pabulib's {@code greedy-custom} as the files' comment #1 documents it: projects in
 * decreasing order of votes are funded until the next one does not fit; if the money left covers at
 * least 80% of that project, it is funded too (from the city's reserve; pabulib marks it 2), and
 * counting ends. Some files add (comment #2) that unused money from other districts may later fund the
 * next highest-voted projects (marked 3): that money is outside the district's budget and its amount is
 * not in the file, so it is not part of this count.
 */
public final class PoznanRule implements Rule {

    /** Whether a {@code greedy-custom} comment documents this rule. */
    public static boolean documentedBy(String comment) {
        String c = comment.toLowerCase(java.util.Locale.ROOT);
        return c.contains("80%") && c.contains("number of votes") && c.contains("does not fit");
    }

    /** Whether the comment also documents later extra funds of unrecorded size (Poznań's comment #2). */
    static boolean mentionsExtraFunds(String comment) {
        return comment.toLowerCase(java.util.Locale.ROOT).contains("additional funds");
    }

    @Override
    public String name() {
        return "greedy-custom";
    }

    @Override
    public Outcome count(Instance instance, Profile profile) {
        Tally tally = Tally.of(instance, profile);
        Integer[] order = GreedyRule.ranking(instance, tally, false);
        long remaining = instance.budget();
        List<Integer> selected = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        boolean stopped = false;
        int step = 0;
        for (int p : order) {
            step++;
            long score = tally.measure(p);
            long cost = instance.project(p).cost();
            if (stopped) {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("ended", "not considered: counting ended")));
            } else if (GreedyRule.withdrawn(instance, p)) {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("withdrawn", "withdrawn (cost 999 999 999)")));
            } else if (cost <= remaining) {
                selected.add(p);
                verdicts.add(Verdict.of(p, true, step, score, remaining, Why.of("funded", "funded: " + score + " votes, costs "
                        + instance.formatMoney(cost) + " of " + instance.formatMoney(remaining) + " left",
                        score, "votes", Why.money(instance, cost), Why.money(instance, remaining))));
                remaining -= cost;
            } else if (5 * remaining >= 4 * cost) {
                // exact form of remaining >= 0.8 * cost
                selected.add(p);
                verdicts.add(Verdict.of(p, true, step, score, remaining, Why.of("reserve.funded", "funded from the reserve: costs "
                        + instance.formatMoney(cost) + ", the " + instance.formatMoney(remaining)
                        + " left cover at least 80% of it; counting ends", Why.money(instance, cost), Why.money(instance, remaining))));
                remaining = 0;
                stopped = true;
            } else {
                verdicts.add(Verdict.of(p, false, step, score, remaining, Why.of("reserve.nofit", "does not fit: costs "
                        + instance.formatMoney(cost) + ", the " + instance.formatMoney(remaining)
                        + " left cover less than 80% of it; counting ends", Why.money(instance, cost), Why.money(instance, remaining))));
                stopped = true;
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("Poznań's rule (comment #1): greedy by votes without skipping, then the 80% reserve rule");
        if (mentionsExtraFunds(instance.comment())) {
            notes.add("comment #2: money given to the district later (amount not in the file) may fund further "
                    + "projects outside this count; pabulib marks them 3");
        }
        return new Outcome(name(), selected, verdicts, notes, List.of(), Optional.empty());
    }
}
