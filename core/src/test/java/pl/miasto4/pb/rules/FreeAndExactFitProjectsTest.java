package pl.miasto4.pb.rules;

import org.junit.jupiter.api.Test;
import pl.miasto4.pb.PabulibFile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.miasto4.pb.rules.Votes.count;

/**
 * Projects that cost nothing, and projects that cost exactly the money left, under every rule, as
 * pabutools and the rules' papers treat them (issue 18). Worked by hand.
 */
class FreeAndExactFitProjectsTest {
    // budget 10: A (10) is approved by everyone and takes all the money; F costs nothing (2 supporters),
    // G costs nothing and nobody approves it
    static final String[] PROJECTS = {"A:10", "F:0", "G:0"};
    static final String[] BALLOTS = {"A,F", "A,F", "A"};

    @Test
    void greedyFundsAProjectThatCostsExactlyWhatIsLeftAndEveryFreeProject() {
        PabulibFile f = Votes.approval("10", "greedy", PROJECTS, BALLOTS);
        // A: 3 votes, costs 10 of 10 left (≤); F and G cost 0 ≤ 0 left (pabutools' greedy takes whatever fits)
        assertThat(count("greedy", f)).containsExactly("A", "F", "G");
        assertThat(count("greedy-no-skip", f)).containsExactly("A", "F", "G");
    }

    @Test
    void maxWelfareTakesTheFreeProjectThatAddsVotes() {
        PabulibFile f = Votes.approval("10", "greedy", PROJECTS, BALLOTS);
        assertThat(count("max-welfare", f)).contains("A", "F").doesNotContain("G");
    }

    @Test
    void equalSharesWithCostSatisfactionNeverBuysAFreeProject() {
        // each voter holds 10/3; A's three supporters pay exactly 10 together (Σ min(b, ρ·10) = 10 at ρ = 1/3)
        PabulibFile f = Votes.approval("10", "equalshares", PROJECTS, BALLOTS);
        assertThat(count("equalshares", f)).containsExactly("A");
        Outcome o = Rules.byName("equalshares").orElseThrow().count(f.instance(), f.profile());
        assertThat(o.verdicts()).filteredOn(v -> v.project() == 1).singleElement()
                .satisfies(v -> assertThat(v.reason()).contains("with cost satisfaction a free project is worth nothing"));
        // a completion funds what fits, free projects included (pabutools' greedy completion does the same)
        assertThat(count("equalshares/utilitarian", f)).containsExactly("A", "F", "G");
    }

    @Test
    void equalSharesWithCardinalitySatisfactionFundsASupportedFreeProjectFirst() {
        PabulibFile f = Votes.approval("10", "equalshares", PROJECTS, BALLOTS);
        Outcome o = new EqualSharesRule("equalshares", EqualSharesRule.Completion.NONE, Satisfaction.CARDINALITY)
                .count(f.instance(), f.profile());
        assertThat(o.selectedIds(f.instance())).containsExactly("F", "A");
        Outcome add1 = new EqualSharesRule("equalshares/add1", EqualSharesRule.Completion.ADD1, Satisfaction.CARDINALITY)
                .count(f.instance(), f.profile());
        assertThat(add1.selectedIds(f.instance())).containsExactly("F", "A");
    }

    @Test
    void phragmenBuysAFreeProjectAtOnceAndUnsupportedOnesLast() {
        PabulibFile f = Votes.approval("10", "phragmen", PROJECTS, BALLOTS);
        // F: load (0 + 0)/2 = 0 first; A: (10 + 0)/3; then G, supported by nobody, at an infinite load
        assertThat(count("phragmen", f)).containsExactly("F", "A", "G");
    }

    @Test
    void phragmenLeavesOutAProjectDearerThanTheWholeBudget() {
        // X (60 > 50) would have the lowest load (60/10 = 6 < 30/3 = 10); pabutools never considers it
        String[] ballots = Votes.concat(Votes.repeat("X", 10), Votes.repeat("A", 3));
        PabulibFile f = Votes.approval("50", "phragmen", new String[]{"A:30", "X:60"}, ballots);
        assertThat(count("phragmen", f)).containsExactly("A");
    }

    @Test
    void phragmenStopsWhenAnyProjectTiedForTheNextLoadDoesNotFit() {
        // round 1: A (3 / 3 supporters) at load 1; 7 left. Round 2: B (2, one supporter) and C (8, four
        // supporters) both at load 2; C does not fit, so counting stops although B would (pabutools)
        String[] ballots = Votes.concat(Votes.repeat("A", 3), Votes.repeat("B", 1), Votes.repeat("C", 4));
        PabulibFile f = Votes.approval("10", "phragmen", new String[]{"A:3", "B:2", "C:8"}, ballots);
        assertThat(count("phragmen", f)).containsExactly("A");
    }

    @Test
    void everyRuleFundsAProjectThatCostsExactlyTheBudget() {
        PabulibFile f = Votes.approval("10", "greedy", new String[]{"A:10", "B:11"}, "A,B", "A,B");
        for (String rule : List.of("greedy", "greedy-no-skip", "equalshares", "equalshares/add1", "equalshares/add1-comparison",
                "equalshares/utilitarian", "equalshares/add1-utilitarian", "phragmen", "max-welfare")) {
            assertThat(count(rule, f)).as(rule).containsExactly("A");
        }
    }
}
