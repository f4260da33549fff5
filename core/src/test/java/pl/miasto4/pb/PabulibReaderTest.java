package pl.miasto4.pb;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PabulibReaderTest {

    static final String SMALL = """
            META
            key;value
            description;Test district
            num_projects;3
            num_votes;3
            budget;1000.50
            vote_type;approval
            rule;greedy
            max_length;2
            PROJECTS
            project_id;cost;votes;name;category;selected
            A;600;2;"Park; with a ""quoted"" word";greenery,sport;1
            B;400.25;2;Bench;greenery;1
            C;300;1;Lamp;;0
            VOTES
            voter_id;vote;age;sex
            v1;A,B;30;F
            v2;A,B;;M
            v3;C;71;F
            """;

    static PabulibFile parse(String text) throws PabulibFormatException {
        return PabulibReader.parse("test.pb", text);
    }

    @Test
    void readsMoneyExactlyAtTheSmallestCommonScale() throws Exception {
        Instance in = parse(SMALL).instance();
        assertThat(in.scale()).isEqualTo(2);
        assertThat(in.budget()).isEqualTo(100050);
        assertThat(in.project(in.indexOf("B")).cost()).isEqualTo(40025);
        assertThat(in.formatMoney(in.budget())).isEqualTo("1 000.5");
    }

    @Test
    void readsQuotedFieldsWithSeparatorsAndDoubledQuotes() throws Exception {
        Project a = parse(SMALL).instance().project(0);
        assertThat(a.name()).isEqualTo("Park; with a \"quoted\" word");
        assertThat(a.categories()).containsExactly("greenery", "sport");
    }

    @Test
    void readsBallotsAndAttributesButKeepsSelectedOutOfTheInstance() throws Exception {
        PabulibFile f = parse(SMALL);
        Profile p = f.profile();
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.length(0)).isEqualTo(2);
        assertThat(f.instance().project(p.project(2, 0)).id()).isEqualTo("C");
        assertThat(p.attributes().get("age")).containsExactly("30", null, "71");
        assertThat(f.instance().project(0).fields()).doesNotContainKey("selected");
        assertThat(f.official().orElseThrow().funded()).containsExactly("A", "B");
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void acceptsCrlfAndAByteOrderMark() throws Exception {
        String crlf = "\uFEFF" + SMALL.replace("\n", "\r\n");
        PabulibFile f = parse(crlf);
        assertThat(f.profile().size()).isEqualTo(3);
        assertThat(f.instance().meta("description")).isEqualTo("Test district");
    }

    @Test
    void warnsAboutInconsistenciesWithTheirLines() throws Exception {
        String text = SMALL.replace("num_votes;3", "num_votes;5")
                .replace("v3;C;71;F", "v3;C,X;71;F\nv1;A,B,C;40;M");
        PabulibFile f = parse(text);
        List<String> kinds = f.warnings().stream().map(Finding::kind).toList();
        assertThat(kinds).contains("num_votes mismatch", "duplicate voter id", "unknown project in vote",
                "ballot longer than max_length", "declared votes differ from ballots");
        Finding unknown = f.warnings().stream().filter(w -> w.kind().equals("unknown project in vote")).findFirst()
                .orElseThrow();
        assertThat(unknown.line()).isEqualTo(19);
    }

    @Test
    void warnsWhenTheOfficialResultIsOverBudget() throws Exception {
        PabulibFile f = parse(SMALL.replace("C;300;1;Lamp;;0", "C;300;1;Lamp;;1").replace("3;1;Lamp", "3;1;Lamp"));
        // A + B = 1000.25 fits; marking C too overspends
        assertThat(f.warnings()).extracting(Finding::kind).contains("selected over budget");
    }

    @Test
    void checksCumulativePointsAgainstTheLimits() throws Exception {
        String text = """
                META
                key;value
                budget;100
                vote_type;cumulative
                rule;greedy
                max_sum_points;5
                PROJECTS
                project_id;cost
                1;50
                2;60
                VOTES
                voter_id;vote;points
                a;1,2;3,2
                b;1,2;4,3
                """;
        PabulibFile f = parse(text);
        assertThat(f.profile().points(1, 1)).isEqualTo(3);
        assertThat(f.warnings()).extracting(Finding::kind).containsExactly("points above max_sum_points");
        assertThat(f.warnings().get(0).line()).isEqualTo(14);
    }

    @Test
    void rejectsMalformedFilesWithLineAndReason() {
        assertRejected(SMALL.replace("budget;1000.50\n", ""), 1, "no 'budget'");
        assertRejected(SMALL.replace("B;400.25;2;", "B;four hundred;2;"), 13, "not a number");
        assertRejected(SMALL.replace("v2;A,B;;M", "v2;A,B;;M;extra"), 18, "4 fields but the header has 4".replace("4 fields", "5 fields"));
        assertRejected(SMALL.replace("C;300;1;Lamp;;0", "C;300;1;\"Lamp;;0"), 14, "never closed");
        assertRejected(SMALL.replace("vote_type;approval", "vote_type;lottery"), 7, "unknown vote_type");
        assertRejected(SMALL.replace("budget;1000.50", "budget;lots"), 6, "budget 'lots' is not a number");
        assertRejected(SMALL.replace("B;400.25", "A;400.25"), 13, "appears twice");
        assertRejected(SMALL.substring(0, SMALL.indexOf("VOTES")), 14, "no VOTES");
    }

    @Test
    void rejectsBallotsWhosePointsDoNotMatchTheProjects() {
        String text = """
                META
                key;value
                budget;100
                vote_type;cumulative
                PROJECTS
                project_id;cost
                1;50
                VOTES
                voter_id;vote;points
                a;1;3,2
                """;
        assertRejected(text, 10, "1 projects but 2 points");
    }

    private static void assertRejected(String text, int line, String reason) {
        assertThatThrownBy(() -> parse(text)).isInstanceOfSatisfying(PabulibFormatException.class, e -> {
            assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
            assertThat(e.reason()).contains(reason);
        });
    }

    @Test
    void writerOutputReadsBackToTheSameElection() throws Exception {
        PabulibFile f = parse(SMALL);
        String written = PabulibWriter.toString(f.instance(), f.profile(), f.official());
        PabulibFile again = parse(written);
        assertThat(again.instance().budget()).isEqualTo(f.instance().budget());
        assertThat(again.instance().meta()).isEqualTo(f.instance().meta());
        for (Project p : f.instance().projects()) {
            Project q = again.instance().project(p.index());
            assertThat(q.id()).isEqualTo(p.id());
            assertThat(q.cost()).isEqualTo(p.cost());
            assertThat(q.fields()).isEqualTo(p.fields());
        }
        assertThat(again.official()).isEqualTo(f.official());
        assertThat(PabulibWriter.toString(again.instance(), again.profile(), again.official())).isEqualTo(written);
    }
}
