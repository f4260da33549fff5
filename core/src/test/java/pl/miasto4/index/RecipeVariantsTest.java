package pl.miasto4.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.index.stats.Stats;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An analyst varies the ASEM recipe step by step, as COINr users do with Regen(). */
class RecipeVariantsTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static Coin raw;
    static Recipe recipe;
    static Coin nominal;

    @BeforeAll
    static void load() {
        raw = CoinrCsv.read(ROOT.resolve("examples/index/asem_iData.csv"), ROOT.resolve("examples/index/asem_iMeta.csv"));
        recipe = RecipeYaml.read(ROOT.resolve("examples/index/asem-coinr.yaml"));
        nominal = new IndexBuilder().build(raw, recipe);
    }

    @Test
    void oneIndicatorCanBeNormalisedDifferently() {
        Coin c = new IndexBuilder().build(raw, recipe.with(3, "indicators", Map.of("LPI", Map.of("method", "rank"))));
        double[] lpi = c.dataset("Normalised").column("LPI");
        assertThat(lpi).containsExactly(Stats.rank(nominal.dataset("Treated").column("LPI"), false));
        assertThat(c.dataset("Normalised").column("Flights")).containsExactly(nominal.dataset("Normalised").column("Flights"));
    }

    @Test
    void emImputationWithinPillarsFillsEveryGapAndKeepsObservedValues() {
        Coin c = new IndexBuilder().build(raw, recipe.withStep(1, Recipe.Step.of("impute", Map.of("method", "em", "level", 2.0))));
        Dataset before = c.dataset("Denominated"), after = c.dataset("Imputed");
        for (int j = 0; j < before.columnCount(); j++) {
            for (int i = 0; i < before.unitCount(); i++) {
                if (Double.isNaN(before.value(i, j))) {
                    assertThat(after.value(i, j)).isFinite();
                } else {
                    assertThat(after.value(i, j)).isEqualTo(before.value(i, j));
                }
            }
        }
    }

    @Test
    void everyAggregationMethodRunsOnAsem() {
        for (String m : List.of("harmonic", "generalised", "median", "mpi", "ampi", "copeland", "hellwig", "topsis", "bod")) {
            Recipe r = recipe.with(3, "range", List.of(1.0, 100.0)).with(4, "method", m);
            double[] index = new IndexBuilder().build(raw, r).latest().column("Index");
            assertThat(Stats.count(index)).as(m).isEqualTo(51);
        }
    }

    @Test
    void geometricMeanOnZerosIsRefusedUnlessShifted() {
        Recipe geo = recipe.with(4, "method", "geometric");
        assertThatThrownBy(() -> new IndexBuilder().build(raw, geo)).isInstanceOf(IndexInputException.class)
                .hasMessageContaining("geometric mean of a value ≤ 0");
        double[] index = new IndexBuilder().build(raw, geo.with(4, "shift", 1.0)).latest().column("Index");
        assertThat(Stats.count(index)).isEqualTo(51);
    }

    @Test
    void dataDrivenWeightSetsFeedTheAggregation() {
        for (String m : List.of("pca", "fa", "equal", "bod", "correlation")) {
            List<Recipe.Step> steps = new java.util.ArrayList<>(recipe.steps());
            steps.add(4, Recipe.Step.of("weight", Map.of("method", m, "name", "W", "from", "Normalised")));
            steps.set(5, steps.get(5).with("weights", "W"));
            Coin c = new IndexBuilder().build(raw, Recipe.of(m, steps));
            assertThat(c.weightSets()).containsKey("W");
            assertThat(Stats.count(c.latest().column("Index"))).as(m).isEqualTo(51);
        }
    }
}
