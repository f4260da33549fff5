package pl.miasto4.index.results;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.miasto4.index.Coin;
import pl.miasto4.index.IndexBuilder;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A city strategist reads the ASEM results: the table, one unit's profile, its peers, and a recipe variant's rank shifts. */
class ResultsTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static Coin raw;
    static Recipe recipe;
    static Coin built;

    @BeforeAll
    static void build() {
        raw = CoinrCsv.read(ROOT.resolve("examples/index/asem_iData.csv"), ROOT.resolve("examples/index/asem_iMeta.csv"));
        recipe = RecipeYaml.read(ROOT.resolve("examples/index/asem-coinr.yaml"));
        built = new IndexBuilder().build(raw, recipe);
    }

    @Test
    void theResultsTableIsSortedByTheIndexWithRanksAtEveryLevel() {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = Results.table(built, built.latest(), header);
        assertThat(header.subList(0, 4)).containsExactly("uCode", "uName", "Index", "Index_Rank");
        assertThat(rows).hasSize(51);
        assertThat(rows.get(0).get(3)).isEqualTo("1");
        assertThat(rows.get(50).get(3)).isEqualTo("51");
    }

    @Test
    void aUnitsProfileNamesItsStrengthsAndWeaknesses() {
        var profile = Results.profile(built, built.latest(), "POL");
        var strong = Results.strengths(profile, 5);
        var weak = Results.weaknesses(profile, 5);
        assertThat(strong).hasSize(5);
        assertThat(strong.get(0).rank()).isLessThanOrEqualTo(weak.get(weak.size() - 1).rank());
        assertThat(weak.get(0).rank()).isGreaterThanOrEqualTo(strong.get(4).rank());
        assertThat(profile).anyMatch(e -> e.code().equals("Index") && e.of() == 51);
    }

    @Test
    void peersHaveTheMostSimilarPillarScores() {
        List<String> peers = Results.peers(built, built.latest(), "POL", 2, 5);
        assertThat(peers).hasSize(5).doesNotContain("POL");
    }

    @Test
    void changingOneStepShowsTheRankShifts() {
        Coin variant = new IndexBuilder().build(raw, recipe.with(4, "method", "geometric").with(3, "range", List.of(1.0, 100.0)));
        List<String> header = new ArrayList<>();
        List<List<String>> shifts = Results.compare(built.latest(), variant.latest(), "Index", header);
        assertThat(header).containsExactly("uCode", "ScoreA", "RankA", "ScoreB", "RankB", "RankShift");
        assertThat(shifts).hasSize(51);
        assertThat(shifts).anyMatch(r -> !r.get(5).equals("0"));
        int sum = shifts.stream().mapToInt(r -> Integer.parseInt(r.get(5))).sum();
        assertThat(sum).isZero();
    }
}
