package pl.miasto4.pb.rules;

import org.junit.jupiter.api.Test;
import pl.miasto4.pb.PabulibFile;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.miasto4.pb.rules.Votes.count;

/** Equal Shares on examples worked out by hand (prices with cost satisfaction: rho = payment / cost). */
class EqualSharesTest {

    @Test
    void theExampleOfEqualsharesNetReferenceImplementation() {
        // 3 voters, budget 150 (50 each). p1 (100) by v1,v2: each pays 50, rho 1/2.
        // p2 (50) by v1 and p3 (50) by v3: rho 1. Buy p1; v1 is then broke, so p2 is out; buy p3.
        PabulibFile f = Votes.approval("150", "equalshares", new String[]{"p1:100", "p2:50", "p3:50"},
                "p1,p2", "p1", "p3");
        assertThat(count("equalshares", f)).containsExactly("p1", "p3");
    }

    @Test
    void aSupporterWhoCannotPayAnEqualShareGivesAllThatIsLeft() {
        // 6 voters, 100 each. T (360) by v1,v4,v5,v6: 90 each, rho 1/4. S (150) by v1,v2,v3: rho 1/3.
        // U (100) by v2: rho 1. Round 1 buys T (1/4 < 1/3); v1,v4,v5,v6 keep 10.
        // Round 2, S: an equal share 50 > v1's 10, so v1 pays 10 and v2, v3 pay (150 - 10) / 2 = 70 each.
        // Round 3, U: v2 has 30 < 100, not affordable.
        PabulibFile f = Votes.approval("600", "equalshares", new String[]{"T:360", "S:150", "U:100"},
                "T,S", "S,U", "S", "T", "T", "T");
        EqualSharesRule rule = (EqualSharesRule) Rules.byName("equalshares").orElseThrow();
        EqualSharesRule.Details d = rule.details(f.instance(), f.profile());
        assertThat(d.run().winners()).containsExactly(0, 1);
        EqualShares.Purchase t = d.run().purchases().get(0);
        assertThat(t.pricePerSupporter()).isEqualTo(Rational.of(90));
        assertThat(t.rho()).isEqualTo(Rational.of(1, 4));
        EqualShares.Purchase s = d.run().purchases().get(1);
        assertThat(s.round()).isEqualTo(2);
        assertThat(s.pricePerSupporter()).isEqualTo(Rational.of(70));
        assertThat(s.exhaustedPayers()).isEqualTo(1);
        assertThat(s.rho()).isEqualTo(Rational.of(7, 15));
        assertThat(d.run().removals().get(2).supportersMoney()).isEqualTo(Rational.of(30));
        // the explanation names the price each supporter paid
        Outcome o = rule.count(f.instance(), f.profile());
        assertThat(o.verdicts().get(1).reason()).contains("each of 2 supporters paid 70.00", "1 paid all they had left");
    }

    @Test
    void equalPricesGoToTheCheaperProject() {
        // 3 voters, 100 each. B (30) and C (150) are both supported by everybody: rho 1/3 each; B is cheaper.
        // After B everyone has 90; C: 50 each; A (90, v1 only) then finds v1 with 40: not affordable.
        PabulibFile f = Votes.approval("300", "equalshares", new String[]{"A:90", "B:30", "C:150"},
                "A,B,C", "B,C", "B,C");
        assertThat(count("equalshares", f)).containsExactly("B", "C");
    }

    @Test
    void add1RaisesTheBudgetPerVoterUntilTheLeftoverIsUsed() {
        // 2 voters, 50 each. A (60) by both: 30 each; B (40) by v1 needs 40 but v1 has 20 left. Result A.
        // add1: per-voter budget 51, 52, … ; at 70 v1 keeps 40 after A and buys B: A + B = 100 fits the budget.
        PabulibFile f = Votes.approval("100", "equalshares/add1", new String[]{"A:60", "B:40"}, "A,B", "A");
        assertThat(count("equalshares", f)).containsExactly("A");
        EqualSharesRule rule = (EqualSharesRule) Rules.byName("equalshares/add1").orElseThrow();
        EqualSharesRule.Details d = rule.details(f.instance(), f.profile());
        assertThat(d.run().winners()).containsExactly(0, 1);
        assertThat(d.run().budgetPerVoter()).isEqualTo(Rational.of(70));
    }

    @Test
    void add1StopsBeforeTheRaiseThatWouldOverspend() {
        // The 6-voter example above with a budget per voter b. T: everyone pays 90. S: if b - 90 < 50 (b < 140)
        // v1 pays b - 90 and v2 keeps b - (240 - b) / 2 < 100 for all b < 140; if b >= 140 everyone pays 50 and
        // v2 keeps b - 50, which reaches U's 100 at b = 150, where T + S + U = 610 > 600 overspends.
        // add1 therefore stops at 149 per voter with T and S, 49 raises after the start at 100.
        PabulibFile f = Votes.approval("600", "equalshares/add1", new String[]{"T:360", "S:150", "U:100"},
                "T,S", "S,U", "S", "T", "T", "T");
        EqualSharesRule rule = (EqualSharesRule) Rules.byName("equalshares/add1").orElseThrow();
        EqualSharesRule.Details d = rule.details(f.instance(), f.profile());
        assertThat(d.run().budgetPerVoter()).isEqualTo(Rational.of(149));
        assertThat(d.run().winners()).containsExactly(0, 1);
        assertThat(d.add1Steps()).isEqualTo(49);
    }

    @Test
    void utilitarianCompletionSpendsWhatIsLeftByNumberOfSupporters() {
        // From the first example: p1 + p3 cost 150 = budget; nothing is left. Give 200 instead:
        // 66.67 each; p1 (rho 1/2) is bought, v1 and v2 keep 16.67; p3 (v3 alone, 66.67 >= 50) is bought;
        // p2 is not affordable (v1 has 16.67). 50 is left and p2 (50) fits: completion adds it.
        PabulibFile f = Votes.approval("200", "equalshares/utilitarian", new String[]{"p1:100", "p2:50", "p3:50"},
                "p1,p2", "p1", "p3");
        assertThat(count("equalshares", f)).containsExactly("p1", "p3");
        assertThat(count("equalshares/utilitarian", f)).containsExactly("p1", "p3", "p2");
    }

    @Test
    void theComparisonStepTakesGreedyWhenMoreVotersPreferIt() {
        // Budget 100, 5 voters (20 each). X (100) by v1..v3; Y (50) and Z (50) by v4, v5.
        // Equal Shares: X has 60 behind it, Y and Z 40 each: nothing is affordable.
        // add1: at 25 per voter Y and Z tie (rho 1/2, same cost and supporters): Y, the first in the file, is
        // bought and Z is then out. At 34 per voter X (102 >= 100) is bought, then Y: 150 > 100 overspends,
        // so add1 keeps 33 per voter: {Y}. Greedy by supporters: X (3 supporters), then nothing fits: {X}.
        // Voters v1..v3 prefer greedy, v4 and v5 prefer Equal Shares: 3 > 2, greedy is taken.
        PabulibFile f = Votes.approval("100", "equalshares/add1-comparison", new String[]{"X:100", "Y:50", "Z:50"},
                "X", "X", "X", "Y,Z", "Y,Z");
        EqualSharesRule rule = (EqualSharesRule) Rules.byName("equalshares/add1-comparison").orElseThrow();
        EqualSharesRule.Details d = rule.details(f.instance(), f.profile());
        assertThat(d.prefersGreedy()).isEqualTo(3);
        assertThat(d.prefersEqualShares()).isEqualTo(2);
        assertThat(count("equalshares/add1-comparison", f)).containsExactly("X");
    }

    @Test
    void pointsWeightWhatAVoterPays() {
        // cumulative: v1 gives P 3 points, v2 gives P 1 point; 2 voters with 40 each, P costs 60.
        // Cost satisfaction u = points × 60. Payments ρ·u: v1 pays 3·60ρ, v2 1·60ρ; 240ρ = 60 → ρ = 1/4:
        // v1 would pay 45 > 40, so v1 pays 40 and v2 pays 20 (ρ = 1/3 for v2's 60 of utility).
        PabulibFile f = Votes.election("80", "cumulative", "equalshares", "", new String[]{"P:60"}, "P;3", "P;1");
        EqualSharesRule rule = (EqualSharesRule) Rules.byName("equalshares").orElseThrow();
        EqualSharesRule.Details d = rule.details(f.instance(), f.profile());
        EqualShares.Purchase p = d.run().purchases().get(0);
        assertThat(p.rho()).isEqualTo(Rational.of(1, 3));
        assertThat(p.sharePerWeight()).isEqualTo(Rational.of(20));
        assertThat(p.exhaustedPayers()).isEqualTo(1);
    }
}
