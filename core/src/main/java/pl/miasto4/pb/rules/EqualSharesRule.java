package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Equal Shares as pabulib names its variants, following the reference implementation of
 * equalshares.net (used by Świecie 2023 and Wieliczka 2023):
 * <ul>
 *   <li>{@code equalshares}: one run with the real budget;</li>
 *   <li>{@code equalshares/add1}: Equal Shares leaves money unspent, so it is run again with the budget
 *       per voter raised by one currency unit at a time (starting from the real budget rounded down to a
 *       whole amount per voter), as long as the result still fits the real budget; it stops only when the
 *       next raise would overspend (or nothing more can be bought). Unlike equalshares.net's published
 *       sketch it does not stop early at the first exhaustive result: Wieliczka 2023's official result
 *       (budget per voter raised to 315 PLN, past exhaustive results at 302–305 PLN) and pabulib's checker
 *       both continue;</li>
 *   <li>{@code equalshares/add1-comparison}: then the comparison step: the result is compared with the
 *       utilitarian greedy result (by number of supporters, skipping what does not fit); if more voters
 *       have more funded projects they support under greedy than under Equal Shares, greedy is taken;</li>
 *   <li>{@code equalshares/utilitarian}, {@code equalshares/add1-utilitarian}: the remaining money is then
 *       spent greedily by number of supporters (the completion pabutools' and the benchmark use).</li>
 * </ul>
 * Satisfaction is measured by cost (equalshares.net's default); ordinal ballots count as approval of the
 * ranked projects, cumulative and cardinal ones weight the cost by the points.
 * <p>
 * Free projects (cost 0), as in pabutools' {@code method_of_equal_shares}: with cost satisfaction a free
 * project is worth nothing to its supporters (satisfaction = its cost = 0), so Equal Shares never buys it
 * (a utilitarian completion or greedy comparison, which fund whatever fits, do); with cardinality
 * satisfaction a free project that someone supports is funded before the rounds begin, at no one's expense.
 */
public final class EqualSharesRule implements Rule {
    public enum Completion { NONE, ADD1, ADD1_COMPARISON, UTILITARIAN, ADD1_UTILITARIAN }

    private final String name;
    private final Completion completion;
    private final Satisfaction satisfaction;

    public EqualSharesRule(String name, Completion completion, Satisfaction satisfaction) {
        this.name = name;
        this.completion = completion;
        this.satisfaction = satisfaction;
    }

    @Override
    public String name() {
        return name;
    }

    /** Everything a count produced, for explanations: the final run and what completion added. */
    public record Details(EqualShares.Run run, List<Integer> free, int add1Steps, List<Integer> completed,
                          boolean greedyWonComparison, int prefersEqualShares, int prefersGreedy) {
        /** What Equal Shares itself funds: the free projects it takes first, then the run's purchases. */
        public List<Integer> equalShares() {
            List<Integer> all = new ArrayList<>(free);
            all.addAll(run.winners());
            return all;
        }
    }

    @Override
    public Outcome count(Instance instance, Profile profile) {
        return outcome(instance, profile, details(instance, profile));
    }

    public Details details(Instance instance, Profile profile) {
        Supporters sup = Supporters.of(instance, profile);
        EqualShares mes = new EqualShares(instance, sup, satisfaction);
        List<Integer> free = new ArrayList<>();
        if (satisfaction == Satisfaction.CARDINALITY) {
            for (int p = 0; p < instance.size(); p++) {
                if (instance.project(p).cost() == 0 && sup.count(p) > 0) {
                    free.add(p);
                }
            }
        }
        long budget = instance.budget();
        EqualShares.Run run = mes.run(budget);
        int steps = 0;
        boolean add1 = completion == Completion.ADD1 || completion == Completion.ADD1_COMPARISON
                || completion == Completion.ADD1_UTILITARIAN;
        if (add1 && sup.voters > 0) {
            long step = (long) sup.voters * instance.currencyUnit();
            long virtual = Math.floorDiv(budget, step) * step;
            int fundable = 0;
            for (int p = 0; p < instance.size(); p++) {
                if (mes.fundable(p)) {
                    fundable++;
                }
            }
            while (true) {
                EqualShares.Run next = mes.run(virtual + step);
                if (instance.totalCost(next.winners()) > budget) {
                    break;
                }
                virtual += step;
                run = next;
                steps++;
                if (next.winners().size() == fundable) {
                    break; // a larger budget cannot buy anything more
                }
            }
        }
        List<Integer> selected = new ArrayList<>(free);
        selected.addAll(run.winners());
        List<Integer> completed = List.of();
        if (completion == Completion.UTILITARIAN || completion == Completion.ADD1_UTILITARIAN) {
            List<Integer> full = utilitarianCompletion(instance, sup, selected);
            completed = full.subList(selected.size(), full.size());
        }
        boolean greedyWon = false;
        int prefersMes = 0;
        int prefersGreedy = 0;
        if (completion == Completion.ADD1_COMPARISON) {
            List<Integer> greedy = utilitarianCompletion(instance, sup, List.of());
            int[] mesSat = satisfactionCounts(sup, selected);
            int[] greedySat = satisfactionCounts(sup, greedy);
            for (int v = 0; v < sup.voters; v++) {
                if (mesSat[v] > greedySat[v]) {
                    prefersMes++;
                } else if (greedySat[v] > mesSat[v]) {
                    prefersGreedy++;
                }
            }
            if (prefersGreedy > prefersMes) {
                greedyWon = true;
                completed = greedy;
            }
        }
        return new Details(run, free, steps, completed, greedyWon, prefersMes, prefersGreedy);
    }

    private static int[] satisfactionCounts(Supporters sup, List<Integer> projects) {
        int[] count = new int[sup.voters];
        for (int p : projects) {
            for (int v : sup.ballots[p]) {
                count[v]++;
            }
        }
        return count;
    }

    /** Whether no project outside {@code selected} fits in the money left. */
    static boolean exhaustive(Instance instance, List<Integer> selected) {
        long left = instance.budget() - instance.totalCost(selected);
        Set<Integer> in = new HashSet<>(selected);
        for (int p = 0; p < instance.size(); p++) {
            if (!in.contains(p) && instance.project(p).cost() <= left) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds projects by decreasing number of supporters (ties in file order), skipping those that do not
     * fit, as equalshares.net's utilitarian completion does.
     */
    static List<Integer> utilitarianCompletion(Instance instance, Supporters sup, List<Integer> already) {
        List<Integer> result = new ArrayList<>(already);
        Set<Integer> in = new HashSet<>(already);
        long left = instance.budget() - instance.totalCost(already);
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < instance.size(); p++) {
            order.add(p);
        }
        order.sort((a, b) -> {
            int c = Integer.compare(sup.count(b), sup.count(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int p : order) {
            long cost = instance.project(p).cost();
            if (!in.contains(p) && cost <= left) {
                result.add(p);
                in.add(p);
                left -= cost;
            }
        }
        return result;
    }

    private Outcome outcome(Instance instance, Profile profile, Details d) {
        Supporters sup = Supporters.of(instance, profile);
        List<Integer> selected = new ArrayList<>(d.greedyWonComparison() ? d.completed() : d.equalShares());
        if (!d.greedyWonComparison()) {
            selected.addAll(d.completed());
        }
        Set<Integer> sel = new HashSet<>(selected);
        List<Verdict> verdicts = new ArrayList<>();
        Map<Integer, EqualShares.Removal> removals = d.run().removals();
        Set<Integer> bought = new HashSet<>();
        long spent = 0;
        for (int p : d.free()) {
            bought.add(p);
            verdicts.add(Verdict.of(p, sel.contains(p), 0, sup.count(p), instance.budget(), Why.of("es.free", "costs nothing and "
                    + sup.count(p) + " voters support it: with cardinality satisfaction it is funded first, at no one's "
                    + "expense (as pabutools)", sup.count(p))));
        }
        for (EqualShares.Purchase p : d.run().purchases()) {
            bought.add(p.project());
            long cost = instance.project(p.project()).cost();
            Why why = p.pricePerSupporter() != null
                    ? Why.of("es.bought", "", p.round(), Why.money(instance, cost), p.payers() - p.exhaustedPayers(),
                    Why.money(instance, p.pricePerSupporter()), p.exhaustedPayers())
                    : Why.of("es.bought.points", "", p.round(), Why.money(instance, cost),
                    Why.money(instance, p.rho().multiply(instance.project(p.project()).cost())));
            String price = p.pricePerSupporter() != null
                    ? "each of " + (p.payers() - p.exhaustedPayers()) + " supporters paid "
                    + money(instance, p.pricePerSupporter())
                    + (p.exhaustedPayers() > 0 ? ", " + p.exhaustedPayers() + " paid all they had left" : "")
                    : "supporters paid " + money(instance, p.pricePerSupporter() == null ? p.rho().multiply(
                    instance.project(p.project()).cost()) : p.pricePerSupporter()) + " per point";
            verdicts.add(new Verdict(p.project(), sel.contains(p.project()), p.round(), sup.count(p.project()),
                    instance.budget() - spent, new Why(why.code(), why.args(), "bought in round " + p.round() + " for "
                    + instance.formatMoney(cost) + ": " + price), p.pricePerSupporter(), p.exhaustedPayers()));
            spent += cost;
        }
        int step = d.run().purchases().size();
        for (int p : d.completed()) {
            if (bought.contains(p)) {
                continue;
            }
            step++;
            verdicts.add(Verdict.of(p, true, step, sup.count(p), -1, d.greedyWonComparison()
                    ? Why.of("es.comparison", "funded by the greedy result, which more voters preferred in the comparison step")
                    : Why.of("es.utilitarian", "funded by the utilitarian completion: most supporters among what still fits")));
            bought.add(p);
        }
        for (int p = 0; p < instance.size(); p++) {
            if (bought.contains(p)) {
                continue;
            }
            EqualShares.Removal r = removals.get(p);
            Why reason;
            if (instance.project(p).cost() == 0 && satisfaction == Satisfaction.COST) {
                reason = Why.of("es.free.cost", "costs nothing: with cost satisfaction a free project is worth nothing to its supporters, so Equal "
                        + "Shares never buys it (as pabutools)");
            } else if (r == null) {
                reason = Why.of("nosupport", "no supporters");
            } else {
                reason = Why.of("es.unaffordable", "not affordable from round " + r.round() + ": its supporters had "
                        + money(instance, r.supportersMoney()) + " left, it costs "
                        + instance.formatMoney(instance.project(p).cost()), r.round(),
                        Why.money(instance, r.supportersMoney()), Why.money(instance, instance.project(p).cost()));
            }
            verdicts.add(Verdict.of(p, sel.contains(p), 0, sup.count(p), -1, reason));
        }
        List<String> notes = new ArrayList<>();
        notes.add("budget per voter " + money(instance, d.run().budgetPerVoter())
                + (d.add1Steps() > 0 ? " (raised " + d.add1Steps() + " times by add1 from "
                + money(instance, Rational.of(instance.budget(), Math.max(1, profile.size()))) + ")" : ""));
        if (completion == Completion.ADD1_COMPARISON) {
            notes.add("comparison step: " + d.prefersEqualShares() + " voters prefer Equal Shares, "
                    + d.prefersGreedy() + " prefer greedy; " + (d.greedyWonComparison() ? "greedy" : "Equal Shares")
                    + " is taken");
        }
        return new Outcome(name, selected, verdicts, notes, d.run().ties(), Optional.empty());
    }

    /** An exact amount of money shown to 2 decimals in currency units. */
    static String money(Instance instance, Rational units) {
        return pl.miasto4.pb.Money.human(units.divide(instance.currencyUnit()).toDecimal(2));
    }
}
