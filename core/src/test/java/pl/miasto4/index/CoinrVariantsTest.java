package pl.miasto4.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.miasto4.index.audit.Audit;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.index.normalise.NormaliseStep;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every normalisation, treatment, imputation, screening, aggregation and weighting variant against
 * COINr 1.1.14 on its ASEM data (issue 18). The references and the recipes are written by
 * {@code tools/reference/coinr_variants.R} (run by hand with R, COINr, Amelia and norm; versions in
 * {@code VERSIONS.txt} next to them); {@code variants.csv} says, per variant, what the reference is:
 * COINr's own output, or a deterministic reference where COINr's is stochastic (EM) or an optimiser's
 * stopping point (optimised weights), and which variants COINr cannot compute (it divides by zero) and
 * the engine must refuse with a message naming the step, the indicator and the unit.
 */
class CoinrVariantsTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static Path dir;
    static Coin raw;

    @BeforeAll
    static void load() throws URISyntaxException {
        dir = Path.of(CoinrVariantsTest.class.getResource("/pl/miasto4/index/coinr/variants/variants.csv").toURI()).getParent();
        raw = CoinrCsv.read(ROOT.resolve("examples/index/asem_iData.csv"), ROOT.resolve("examples/index/asem_iMeta.csv"));
    }

    record Variant(String name, String kind, List<String> datasets, double tolerance, String reference, String note) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Variant> variants(String kind) throws URISyntaxException {
        load();
        List<List<String>> rows = CoinrCsv.rows(dir.resolve("variants.csv"));
        List<Variant> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(1).equals(kind)) {
                out.add(new Variant(r.get(0), r.get(1), List.of(r.get(2).split(" ")), Double.parseDouble(r.get(3)), r.get(4),
                        r.get(5)));
            }
        }
        return out.stream();
    }

    static Stream<Variant> equalVariants() throws URISyntaxException {
        return variants("equal");
    }

    static Stream<Variant> refusedVariants() throws URISyntaxException {
        return variants("refuse");
    }

    static Coin build(String variant) {
        return new IndexBuilder().build(raw, RecipeYaml.read(dir.resolve(variant + ".yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("equalVariants")
    void equalsItsReference(Variant v) throws Exception {
        Coin c = build(v.name());
        for (String d : v.datasets()) {
            double diff = maxRelativeDifference(c.dataset(d), dir.resolve(v.name() + "." + d + ".csv"));
            System.out.printf("%-26s %-10s max |engine − reference| / max(1, |reference|) = %.3e  (%s)%n", v.name(), d, diff,
                    v.reference());
            assertThat(diff).as(v.name() + " " + d).isLessThanOrEqualTo(v.tolerance());
        }
        Path weights = dir.resolve(v.name() + ".Weights.csv");
        if (Files.exists(weights)) {
            Framework w = c.weightSet("Opt");
            List<List<String>> rows = CoinrCsv.rows(weights);
            double max = 0;
            for (List<String> r : rows.subList(1, rows.size())) {
                max = Math.max(max, Math.abs(w.node(r.get(0)).weight() - Double.parseDouble(r.get(1))));
            }
            System.out.printf("%-26s weights    max |engine − reference| = %.3e%n", v.name(), max);
            assertThat(max).as(v.name() + " weights").isLessThanOrEqualTo(v.tolerance());
        }
        // what every build feeds to the pages: no audit may fail on it, and no score is infinite
        Dataset agg = c.dataset("Aggregated");
        Audit.consistency(c, agg, new ArrayList<>());
        Audit.parentCorrelations(c, agg, new ArrayList<>());
        for (int j = 0; j < agg.columnCount(); j++) {
            for (double x : agg.column(j)) {
                assertThat(Double.isInfinite(x)).as(agg.codes().get(j)).isFalse();
            }
        }
    }

    /**
     * COINr gives Inf or NaN (a division by zero) in some columns of these: the engine refuses, naming
     * the step, one of those indicators and a unit, and the columns COINr can compute it computes the
     * same way.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedVariants")
    void isRefusedWhereCoinrDividesByZeroAndEqualElsewhere(Variant v) {
        Path ref = dir.resolve(v.name() + ".Normalised.csv");
        List<List<String>> rows = CoinrCsv.rows(ref);
        List<String> head = rows.get(0);
        Set<String> broken = new HashSet<>();
        for (int c = 1; c < head.size(); c++) {
            for (List<String> r : rows.subList(1, rows.size())) {
                if (r.get(c).equals("Inf") || r.get(c).equals("-Inf") || r.get(c).equals("NaN")) {
                    broken.add(head.get(c));
                }
            }
        }
        assertThat(broken).isNotEmpty();
        Recipe recipe = RecipeYaml.read(dir.resolve(v.name() + ".yaml"));
        assertThatThrownBy(() -> new IndexBuilder().build(raw, recipe))
                .isInstanceOf(IndexInputException.class)
                .satisfies(e -> {
                    String reason = ((IndexInputException) e).reason();
                    System.out.println(v.name() + ": " + reason);
                    assertThat(reason).startsWith("normalise (");
                    assertThat(broken.stream().anyMatch(code -> reason.contains("indicator " + code + ","))
                            || reason.contains("reverses the ranking")).as(reason).isTrue();
                    assertThat(reason).containsPattern("unit [A-Z]{3}");
                });
        // column by column where COINr's value is finite, as the engine computes that column alone
        Coin treated = new IndexBuilder().build(raw, Recipe.of("upto-treat", recipe.steps().subList(0, 3)));
        Dataset t = treated.dataset("Treated");
        Recipe.Step norm = recipe.steps().get(3);
        NormaliseStep.Spec spec = NormaliseStep.spec(new Params(norm, "recipe", new NormaliseStep().parameters()));
        int compared = 0;
        for (int c = 1; c < head.size(); c++) {
            String code = head.get(c);
            if (broken.contains(code)) {
                continue;
            }
            Node n = raw.framework().node(code);
            double[] y = NormaliseStep.normalise(t.column(code), n.direction(), spec, n.target(),
                    t.units().indexOf(spec.unit() == null ? t.units().get(0) : spec.unit()), code);
            for (int r = 1; r < rows.size(); r++) {
                String cell = rows.get(r).get(c);
                double got = y[t.units().indexOf(rows.get(r).get(0))];
                if (cell.equals("NA")) {
                    assertThat(got).isNaN();
                } else {
                    assertThat(got).as(code + " " + rows.get(r).get(0)).isCloseTo(Double.parseDouble(cell),
                            org.assertj.core.data.Offset.offset(1e-12));
                }
            }
            compared++;
        }
        System.out.println(v.name() + ": " + compared + " columns equal COINr's, " + broken.size() + " refused");
        assertThat(compared).isPositive();
    }

    /** The optimum the engine finds is at least as good, by COINr's own objective, as COINr's reference. */
    @Test
    void optimisedWeightsReachTheReferenceObjective() throws Exception {
        List<List<String>> rows = CoinrCsv.rows(dir.resolve("variants.csv"));
        int checked = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(0).startsWith("w_opt_") && !r.get(6).isEmpty()) {
                Coin c = build(r.get(0));
                StepRecord weight = c.log().stream().filter(s -> s.step().type().equals("weight")).findFirst().orElseThrow();
                double engine = Double.parseDouble(weight.notes().get("objective"));
                double reference = Double.parseDouble(r.get(6));
                System.out.printf("%s objective: engine %.15g, reference %.15g%n", r.get(0), engine, reference);
                assertThat(engine).isLessThanOrEqualTo(reference + 1e-9 * Math.abs(reference));
                assertThat(weight.notes()).containsEntry("converged", "true");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3);
    }

    /** Max |engine − reference| / max(1, |reference|) over all cells; the same units, columns and missing cells. */
    static double maxRelativeDifference(Dataset d, Path reference) {
        return maxDifference(d, reference, true);
    }

    /** Max |engine − reference| (divided by max(1, |reference|) if {@code relative}) over all cells. */
    static double maxDifference(Dataset d, Path reference, boolean relative) {
        List<List<String>> rows = CoinrCsv.rows(reference);
        List<String> head = rows.get(0);
        assertThat(d.units()).as("units of " + reference.getFileName())
                .containsExactlyInAnyOrderElementsOf(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
        assertThat(d.codes()).containsExactlyInAnyOrderElementsOf(head.subList(1, head.size()));
        double max = 0;
        for (int r = 1; r < rows.size(); r++) {
            String unit = rows.get(r).get(0);
            for (int c = 1; c < head.size(); c++) {
                String cell = rows.get(r).get(c);
                double got = d.value(unit, head.get(c));
                if (cell.equals("NA")) {
                    assertThat(got).as(unit + " " + head.get(c) + " is missing in the reference").isNaN();
                } else {
                    double want = Double.parseDouble(cell);
                    assertThat(got).as(unit + " " + head.get(c)).isNotNaN();
                    max = Math.max(max, Math.abs(got - want) / (relative ? Math.max(1, Math.abs(want)) : 1));
                }
            }
        }
        return max;
    }
}
