package pl.miasto4.pb.rules;

import org.junit.jupiter.api.Test;
import pl.miasto4.pb.PabulibFile;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.miasto4.pb.rules.Votes.count;

class PhragmenAndWelfareTest {
    static final String[] PROJECTS = {"A:30", "B:20", "C:40"};
    // A by all three (t = 30/3 = 10); B by v1 (t = 20); C by v2, v3 (t = 40/2 = 20).
    // Round 1 buys A, loads 10 each. Round 2: B (20 + 10)/1 = 30, C (40 + 20)/2 = 30: tie, B is cheaper.
    // Round 3: C (40 + 10 + 10)/2 = 30.
    static final String[] BALLOTS = {"A,B", "A,C", "A,C"};

    @Test
    void phragmenBuysAtTheLowestLoad() {
        PabulibFile f = Votes.approval("100", "phragmen", PROJECTS, BALLOTS);
        assertThat(count("phragmen", f)).containsExactly("A", "B", "C");
    }

    @Test
    void phragmenStopsAtTheFirstProjectThatDoesNotFit() {
        // with 80, after A and B (50) C costs 40 > 30 left: counting stops
        PabulibFile f = Votes.approval("80", "phragmen", PROJECTS, BALLOTS);
        assertThat(count("phragmen", f)).containsExactly("A", "B");
    }

    @Test
    void welfareMaximisationBeatsGreedyWhereGreedyIsShortSighted() {
        // budget 10: A (6) 10 votes, B (5) 7 votes, C (5) 6 votes. Greedy: A, then B and C do not fit: 10 votes.
        // The best set is B + C: 13 votes for 10.
        String[] ballots = Votes.concat(Votes.repeat("A,B,C", 6), Votes.repeat("A,B", 1), Votes.repeat("A", 3));
        PabulibFile f = Votes.approval("10", "greedy", new String[]{"A:6", "B:5", "C:5"}, ballots);
        assertThat(count("greedy", f)).containsExactly("A");
        assertThat(count("max-welfare", f)).containsExactly("B", "C");
    }

    @Test
    void welfareMaximisationTakesTheCheapestOfEqualTotals() {
        // X (4) and Y (6) have 2 votes each; only one fits in 6: both give 2 votes, X is cheaper
        PabulibFile f = Votes.approval("6", "greedy", new String[]{"Y:6", "X:4"}, "X,Y", "X,Y");
        assertThat(count("max-welfare", f)).containsExactly("X");
    }
}
