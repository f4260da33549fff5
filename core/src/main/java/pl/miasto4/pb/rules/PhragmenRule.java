package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sequential Phragmén (as in pabutools' {@code sequential_phragmen}; Brill, Freeman, Janson, Lackner
 * 2017 for committees, Los, Christoff, Grossi 2022 for budgets). Voters earn virtual money continuously
 * at the same rate; a project is bought as soon as its supporters together have its cost, and each
 * supporter's money is spent on it. Equivalently each round buys the project with the smallest
 * t = (cost + Σ supporters' loads) / supporters, and every supporter's load becomes t. Counting stops as soon
 * as a project that would be bought next (any of those tied at the smallest t) no longer fits in the budget:
 * "the rule stops as soon as there is a project that could be bought but only by violating the budget
 * constraint" (pabutools). As in pabutools, a project costing more than the whole budget is left out from
 * the start, and projects nobody supports come last, at an infinite load: while every one of them still
 * fits, one is bought (a free one always fits). Ballots count as approval of the projects named. Ties:
 * cheaper first, then more supporters, then file order (reported).
 */
public final class PhragmenRule implements Rule {
    @Override
    public String name() {
        return "phragmen";
    }

    @Override
    public Outcome count(Instance instance, Profile profile) {
        Supporters sup = Supporters.of(instance, profile);
        int m = instance.size();
        int n = sup.voters;
        // every voter holds the load of the state it is in; all start in state 0 with load 0
        int[] state = new int[n];
        List<Rational> loads = new ArrayList<>();
        loads.add(Rational.ZERO);
        List<Integer> active = new ArrayList<>();
        List<Integer> unsupported = new ArrayList<>();
        Rational[] lower = new Rational[m];
        for (int p = 0; p < m; p++) {
            if (instance.project(p).cost() > instance.budget()) {
                continue; // pabutools: never a candidate, so never the project that stops the count
            }
            if (sup.count(p) > 0) {
                active.add(p);
                lower[p] = Rational.of(instance.project(p).cost(), sup.count(p));
            } else {
                unsupported.add(p);
            }
        }
        List<Integer> selected = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        List<Why> ties = new ArrayList<>();
        Set<Integer> decided = new HashSet<>();
        long remaining = instance.budget();
        int round = 0;
        int[] count = new int[16];
        while (!active.isEmpty() || !unsupported.isEmpty()) {
            round++;
            Rational best = null;
            List<Integer> tied = new ArrayList<>();
            if (!active.isEmpty()) {
                active.sort((a, b) -> {
                    int c = lower[a].compareTo(lower[b]);
                    return c != 0 ? c : Integer.compare(a, b);
                });
                for (int c : active) {
                    if (best != null && lower[c].compareTo(best) > 0) {
                        break;
                    }
                    if (count.length < loads.size()) {
                        count = new int[loads.size() * 2];
                    }
                    for (int v : sup.ballots[c]) {
                        count[state[v]]++;
                    }
                    Rational sum = Rational.of(instance.project(c).cost());
                    for (int s = 0; s < loads.size(); s++) {
                        if (count[s] > 0) {
                            sum = sum.add(loads.get(s).multiply(count[s]));
                            count[s] = 0;
                        }
                    }
                    Rational t = sum.divide(sup.count(c));
                    lower[c] = t;
                    int cmp = best == null ? -1 : t.compareTo(best);
                    if (cmp < 0) {
                        best = t;
                        tied.clear();
                        tied.add(c);
                    } else if (cmp == 0) {
                        tied.add(c);
                    }
                }
            } else {
                tied.addAll(unsupported); // all at an infinite load
            }
            final long left = remaining;
            Integer tooDear = tied.stream().filter(p -> instance.project(p).cost() > left).findFirst().orElse(null);
            if (tooDear != null) {
                String at = best == null ? "an infinite load (nobody supports it)" : "load " + best.toDecimal(4);
                verdicts.add(Verdict.of(tooDear, false, round, sup.count(tooDear), remaining, Why.of(
                        best == null ? "phragmen.stop.infinite" : "phragmen.stop", "next to buy at " + at
                        + " but costs " + instance.formatMoney(instance.project(tooDear).cost()) + " with only "
                        + instance.formatMoney(remaining) + " left; counting stops",
                        Why.money(instance, instance.project(tooDear).cost()), Why.money(instance, remaining),
                        best == null ? java.math.BigDecimal.ZERO : best.toDecimal(4))));
                decided.add(tooDear);
                break;
            }
            int winner = TieBreak.cheapestThenMostSupported(instance, sup, tied, ties, round, "load");
            long cost = instance.project(winner).cost();
            selected.add(winner);
            decided.add(winner);
            if (best == null) {
                verdicts.add(Verdict.of(winner, true, round, 0, remaining, Why.of("phragmen.unsupported", "bought in round " + round
                        + " at an infinite load: nobody supports it, but everything supported was bought and every "
                        + "unsupported project still fits (as pabutools)", round)));
                unsupported.remove(Integer.valueOf(winner));
            } else {
                verdicts.add(Verdict.of(winner, true, round, sup.count(winner), remaining, Why.of("phragmen.bought", "bought in round " + round
                        + " when its " + sup.count(winner) + " supporters reached load " + best.toDecimal(4)
                        + " (money units per voter)", round, sup.count(winner), best.toDecimal(4))));
                int newState = loads.size();
                loads.add(best);
                for (int v : sup.ballots[winner]) {
                    state[v] = newState;
                }
                active.remove(Integer.valueOf(winner));
            }
            remaining -= cost;
        }
        for (int p = 0; p < m; p++) {
            if (!decided.contains(p)) {
                verdicts.add(Verdict.of(p, false, 0, sup.count(p), -1, instance.project(p).cost() > instance.budget()
                        ? Why.of("over.budget", "costs more than the whole budget")
                        : sup.count(p) == 0 ? Why.of("phragmen.nosupport", "no supporters; not reached before counting stopped")
                        : Why.of("phragmen.notreached", "not reached before counting stopped")));
            }
        }
        return new Outcome(name(), selected, verdicts, List.of("ballots read as approval of the projects named"),
                ties, Optional.empty());
    }
}
