package pl.miasto4.pb.rules;

import org.junit.jupiter.api.Test;
import pl.miasto4.pb.PabulibFile;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.miasto4.pb.rules.Votes.concat;
import static pl.miasto4.pb.rules.Votes.count;
import static pl.miasto4.pb.rules.Votes.repeat;

/**
 * Budget 1000. Votes: A 5 (cost 600), B 4 (cost 500), C 3 (cost 300), D 1 (cost 100).
 * greedy: A (400 left), B does not fit, C (100 left), D (0 left) → A, C, D.
 * greedy-no-skip: A, then B does not fit → stop → A.
 * threshold 3: D (1 vote) is not eligible → A, C.
 */
class GreedyRuleTest {
    static final String[] PROJECTS = {"A:600", "B:500", "C:300", "D:100"};
    static final String[] BALLOTS = concat(repeat("A,B,C", 3), repeat("A,B", 1), repeat("A", 1), repeat("B,D", 1));

    @Test
    void greedySkipsWhatDoesNotFit() {
        PabulibFile f = Votes.approval("1000", "greedy", PROJECTS, BALLOTS);
        assertThat(count("greedy", f)).containsExactly("A", "C", "D");
    }

    @Test
    void greedyNoSkipStopsAtTheFirstProjectThatDoesNotFit() {
        PabulibFile f = Votes.approval("1000", "greedy-no-skip", PROJECTS, BALLOTS);
        assertThat(count("greedy-no-skip", f)).containsExactly("A");
        Outcome o = Rules.byName("greedy-no-skip").orElseThrow().count(f.instance(), f.profile());
        assertThat(o.verdicts()).filteredOn(v -> f.instance().project(v.project()).id().equals("C"))
                .singleElement().satisfies(v -> assertThat(v.reason()).contains("not considered"));
    }

    @Test
    void thresholdMakesLowScoringProjectsIneligible() {
        PabulibFile f = Votes.election("1000", "approval", "greedy-threshold", "min_project_score_threshold;3\n",
                PROJECTS, BALLOTS);
        assertThat(count("greedy-threshold", f)).containsExactly("A", "C");
    }

    @Test
    void greedyThresholdWithoutAThresholdIsUnsupported() {
        PabulibFile f = Votes.approval("1000", "greedy-threshold", PROJECTS, BALLOTS);
        assertThat(Rules.byName("greedy-threshold").orElseThrow().count(f.instance(), f.profile()).unsupported())
                .hasValueSatisfying(r -> assertThat(r).contains("min_project_score_threshold"));
    }

    @Test
    void aWithdrawnProjectIsPassedOverWithoutStoppingNoSkip() {
        // Wrocław 2017: the most-voted project was withdrawn and carries cost 999 999 999
        PabulibFile f = Votes.approval("750000", "greedy-no-skip", new String[]{"150:999999999", "425:750000"},
                "150", "150", "425");
        assertThat(count("greedy-no-skip", f)).containsExactly("425");
    }

    @Test
    void ordinalBallotsArRankedByPositionalPoints() {
        // max_length 3: first choice 3 points, second 2, third 1. X: 3+3 = 6, Y: 2+2+3 = 7, Z: 1+1+2 = 4
        PabulibFile f = Votes.election("100", "ordinal", "greedy", "max_length;3\n",
                new String[]{"X:60", "Y:50", "Z:40"}, "X,Y,Z", "X,Y,Z", "Y,Z");
        assertThat(count("greedy", f)).containsExactly("Y", "Z");
    }

    @Test
    void cumulativeBallotsAreRankedByPoints() {
        // P gets 1 voter × 5 points, Q gets 2 voters × 1 point: P first although Q has more voters
        PabulibFile f = Votes.election("10", "cumulative", "greedy", "", new String[]{"P:10", "Q:10"},
                "P;5", "Q;1", "Q;1");
        assertThat(count("greedy", f)).containsExactly("P");
    }

    @Test
    void aTieWhoseOrderChangesTheResultIsReported() {
        // E and F have 2 votes each, only one fits: the file order decides, and the outcome says so
        PabulibFile f = Votes.approval("100", "greedy", new String[]{"E:100", "F:100"}, "E", "E", "F", "F");
        Outcome o = Rules.byName("greedy").orElseThrow().count(f.instance(), f.profile());
        assertThat(o.selectedIds(f.instance())).containsExactly("E");
        assertThat(o.undetermined()).singleElement().satisfies(u -> assertThat(u.english()).contains("tie"));
    }

    @Test
    void aTieThatDoesNotMatterIsNotReported() {
        PabulibFile f = Votes.approval("200", "greedy", new String[]{"E:100", "F:100"}, "E", "E", "F", "F");
        Outcome o = Rules.byName("greedy").orElseThrow().count(f.instance(), f.profile());
        assertThat(o.selectedIds(f.instance())).containsExactly("E", "F");
        assertThat(o.undetermined()).isEmpty();
    }

    @Test
    void poznanFundsTheNextProjectFromTheReserveWhenEightyPercentIsCovered() {
        // budget 1000: A 600 (400 left); B costs 500 and 400 = 80% of it → funded from reserve, counting ends
        String comment = "comment;#1: At the beginning, we sort projects based on the number of votes. Then, we fund "
                + "projects that received the highest number of votes until the next project on the list does not "
                + "fit within the budget. Finally, if the remaining budget is enough to fund at least 80% of that "
                + "project, we fund it as well\n";
        PabulibFile f = Votes.election("1000", "approval", "greedy-custom", comment, PROJECTS, BALLOTS);
        assertThat(count("greedy-custom", f)).containsExactly("A", "B");
        PabulibFile g = Votes.election("999", "approval", "greedy-custom", comment, PROJECTS, BALLOTS);
        // 399 < 400 = 80% of 500: B is not funded and counting ends before C
        assertThat(count("greedy-custom", g)).containsExactly("A");
    }

    @Test
    void exclusiveGroupsAreTakenOnlyFromAStructuredField() {
        PabulibFile prose = Votes.approval("1000", "greedy-exclusive", PROJECTS, BALLOTS);
        assertThat(Rules.byName("greedy-exclusive").orElseThrow().count(prose.instance(), prose.profile())
                .isSupported()).isFalse();
        // A and C exclude each other: A is reached first, so C is not funded, then D
        PabulibFile f = Votes.election("1000", "approval", "greedy-exclusive", "exclusions;A,C\n", PROJECTS, BALLOTS);
        assertThat(count("greedy-exclusive", f)).containsExactly("A", "D");
    }
}
