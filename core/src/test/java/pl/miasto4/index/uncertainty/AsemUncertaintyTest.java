package pl.miasto4.index.uncertainty;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.miasto4.index.Coin;
import pl.miasto4.index.IndexBuilder;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.aggregate.Hierarchy;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.index.io.UncertaintySpecYaml;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** An analyst asks how robust the ASEM ranking is to four methodological choices (issue 6). */
class AsemUncertaintyTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static Coin raw;
    static Recipe recipe;
    static UncertaintySpec spec;

    @BeforeAll
    static void load() {
        raw = CoinrCsv.read(ROOT.resolve("examples/index/asem_iData.csv"), ROOT.resolve("examples/index/asem_iMeta.csv"));
        recipe = RecipeYaml.read(ROOT.resolve("examples/index/asem-coinr.yaml"));
        spec = UncertaintySpecYaml.read(ROOT.resolve("examples/index/asem-uncertainty.yaml"), recipe,
                raw.framework().indicatorCodes());
    }

    @Test
    void eachReplicationEqualsAFullRebuildWithTheSameChoices() {
        UncertaintyAnalysis ua = new UncertaintyAnalysis(raw, recipe, spec);
        Hierarchy h = new Hierarchy(raw.framework(), raw.framework().indicatorCodes());
        SplittableRandom r = new SplittableRandom(7);
        int compared = 0, failed = 0;
        for (int rep = 0; rep < 24; rep++) {
            double[] u = {r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble()};
            double[] fast = ua.scores(u);
            // the same replication as a plain recipe: alternatives substituted, noisy weights as a weight set
            Recipe variant = recipe;
            Choice.StepAlternatives imp = (Choice.StepAlternatives) spec.choices().get(0);
            Choice.StepAlternatives nor = (Choice.StepAlternatives) spec.choices().get(1);
            Choice.StepAlternatives agg = (Choice.StepAlternatives) spec.choices().get(3);
            variant = variant.withStep(1, Recipe.Step.of("impute", imp.alternatives().get((int) (u[0] * 2))));
            variant = variant.withStep(3, Recipe.Step.of("normalise", nor.alternatives().get((int) (u[1] * 2))));
            double[][] w = ua.weightSets(2)[(int) (u[2] * 100)];
            Map<String, Object> given = new HashMap<>();
            for (int a = 0; a < w.length; a++) {
                for (int k = 0; k < w[a].length; k++) {
                    given.put(h.codes.get(h.children[a][k]), w[a][k]);
                }
            }
            List<Recipe.Step> steps = new java.util.ArrayList<>(variant.steps().subList(0, 4));
            steps.add(Recipe.Step.of("weight", Map.of("method", "given", "name", "Noisy", "weights", given)));
            steps.add(Recipe.Step.of("aggregate", Map.of("method", agg.alternatives().get((int) (u[3] * 2)).get("method"),
                    "weights", "Noisy", "from", "Normalised")));
            double[] full;
            try {
                full = new IndexBuilder().build(raw, Recipe.of("variant", steps)).latest().column("Index");
            } catch (pl.miasto4.index.IndexInputException e) {
                assertThat(fast).as("a replication the full build refuses must fail too: " + e.getMessage()).isNull();
                failed++;
                continue;
            }
            assertThat(fast).isNotNull();
            for (int i = 0; i < full.length; i++) {
                assertThat(fast[i]).isCloseTo(full[i], org.assertj.core.data.Offset.offset(1e-9));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
        assertThat(failed).isGreaterThan(0);
    }

    @Test
    void aQuarterOfReplicationsFailWhereGeometricMeanMeetsDistanceToMaxZeros() {
        UncertaintyResult res = new UncertaintyAnalysis(raw, recipe, spec).run(2);
        assertThat(res.replications()).isEqualTo(1000);
        assertThat(res.failed()).isBetween(200, 300);
        assertThat(res.failureReasons().keySet()).allMatch(s -> s.startsWith("geometric mean met a value ≤ 0"));
        UncertaintyResult.RankStats first = res.ranks().stream().filter(s -> s.nominalRank() == 1).findFirst().orElseThrow();
        assertThat(first.count()).isEqualTo(1000 - res.failed());
        assertThat(first.q05()).isLessThanOrEqualTo(first.median());
        assertThat(first.median()).isLessThanOrEqualTo(first.q95());
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        UncertaintyResult one = new UncertaintyAnalysis(raw, recipe, spec).run(1);
        UncertaintyResult two = new UncertaintyAnalysis(raw, recipe, spec).run(2);
        assertThat(two.ranks()).isEqualTo(one.ranks());
        assertThat(two.output()).containsExactly(one.output());
    }

    @Test
    void aShiftRemedyLetsEveryReplicationSucceed() {
        UncertaintySpec shifted = new UncertaintySpec(spec.choices(), "Index", 400, 3, true, 1.0);
        UncertaintyResult res = new UncertaintyAnalysis(raw, recipe, shifted).run(2);
        assertThat(res.failed()).isZero();
        assertThat(res.replications()).isEqualTo(400 * 6);
        assertThat(res.sensitivity()).hasSize(4);
        for (UncertaintyResult.Sensitivity s : res.sensitivity()) {
            assertThat(s.total()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void continuousChoicesAndIndicatorExclusionRunToo() {
        UncertaintySpec s = new UncertaintySpec(List.of(
                new Choice.Continuous("Winmax", 2, "winmax", 1, 5, true),
                new Choice.Exclusion("Exclusion", raw.framework().indicatorCodes())), "Index", 60, 11, false, 0);
        UncertaintyResult res = new UncertaintyAnalysis(raw, recipe, s).run(2);
        assertThat(res.failed()).isZero();
        assertThat(res.preparedVariants()).isBetween(2, 5);
        // leaving an indicator out of an arithmetic mean = giving it weight 0 in the recipe
        UncertaintyAnalysis ua = new UncertaintyAnalysis(raw, recipe, new UncertaintySpec(List.of(
                new Choice.Exclusion("Exclusion", List.of("LPI"))), "Index", 10, 1, false, 0));
        double[] without = ua.scores(new double[]{0.99});
        Coin zero = new IndexBuilder().build(raw, Recipe.of("w", new java.util.ArrayList<>(recipe.steps()) {{
            add(4, Recipe.Step.of("weight", Map.of("method", "given", "name", "NoLPI", "weights", Map.of("LPI", 0.0))));
            set(5, get(5).with("weights", "NoLPI"));
        }}));
        double[] expected = zero.latest().column("Index");
        for (int i = 0; i < expected.length; i++) {
            assertThat(without[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
