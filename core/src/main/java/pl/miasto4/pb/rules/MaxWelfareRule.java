package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Utilitarian welfare maximisation: the set of projects within the budget with the largest total of
 * votes (approval, choose-1) or points (ordinal, cumulative, cardinal) — what greedy approximates. Solved
 * exactly as a 0/1 knapsack by dynamic programming over the total score (the least cost reaching each
 * total), which is small for real votes (Kraków 2019: 300 000 points × 118 projects). Among optimal sets
 * the cheapest is taken, then the one preferring earlier projects in the file.
 */
public final class MaxWelfareRule implements Rule {
    /** Largest DP table (projects × totals) accepted, in bits. */
    static final long MAX_CELLS = 1_000_000_000L;

    @Override
    public String name() {
        return "max-welfare";
    }

    @Override
    public Outcome count(Instance instance, Profile profile) {
        Tally tally = Tally.of(instance, profile);
        int m = instance.size();
        long total = 0;
        for (int p = 0; p < m; p++) {
            total += tally.measure(p);
        }
        if (total * (long) m > MAX_CELLS || total >= Integer.MAX_VALUE) {
            return Outcome.unsupported(name(), "the exact knapsack table would need " + total + " × " + m
                    + " cells, more than " + MAX_CELLS);
        }
        int values = (int) total;
        long[] minCost = new long[values + 1];
        Arrays.fill(minCost, Long.MAX_VALUE);
        minCost[0] = 0;
        BitSet[] take = new BitSet[m];
        int reach = 0;
        for (int p = 0; p < m; p++) {
            take[p] = new BitSet();
            int w = (int) tally.measure(p);
            long c = instance.project(p).cost();
            if (w == 0) {
                continue;
            }
            reach += w;
            for (int v = reach; v >= w; v--) {
                long before = minCost[v - w];
                if (before != Long.MAX_VALUE && before + c < minCost[v]) {
                    minCost[v] = before + c;
                    take[p].set(v);
                }
            }
        }
        int best = 0;
        for (int v = values; v >= 0; v--) {
            if (minCost[v] <= instance.budget()) {
                best = v;
                break;
            }
        }
        List<Integer> selected = new ArrayList<>();
        int v = best;
        for (int p = m - 1; p >= 0; p--) {
            if (take[p].get(v)) {
                selected.add(p);
                v -= (int) tally.measure(p);
            }
        }
        java.util.Collections.reverse(selected);
        Set<Integer> in = new HashSet<>(selected);
        List<Verdict> verdicts = new ArrayList<>();
        long spent = instance.totalCost(selected);
        for (int p = 0; p < m; p++) {
            String unit = tally.measureName();
            verdicts.add(Verdict.of(p, in.contains(p), 0, tally.measure(p), -1, in.contains(p)
                    ? Why.of("best.in", "in the best set: " + tally.measure(p) + " " + unit + " for "
                    + instance.formatMoney(instance.project(p).cost()), tally.measure(p), unit,
                    Why.money(instance, instance.project(p).cost()))
                    : Why.of("best.out", "not in the best set within the budget")));
        }
        return new Outcome(name(), selected, verdicts, List.of("largest total " + tally.measureName() + ": " + best
                + ", costing " + instance.formatMoney(spent) + " of " + instance.formatMoney(instance.budget())),
                List.of(), Optional.empty());
    }
}
