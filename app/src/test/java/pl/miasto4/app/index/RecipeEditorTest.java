package pl.miasto4.app.index;

import org.junit.jupiter.api.Test;
import pl.miasto4.index.Coin;
import pl.miasto4.index.IndexBuilder;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Node;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.CoinrCsv;
import pl.miasto4.index.io.RecipeYaml;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The editor's controls turn into the recipe they describe, on COINr's ASEM example (no database). */
class RecipeEditorTest {
    static final Path EX = Path.of("..", "examples", "index").toAbsolutePath().normalize();
    final Coin coin = CoinrCsv.read(EX.resolve("asem_iData.csv"), EX.resolve("asem_iMeta.csv"));
    final Recipe recipe = RecipeYaml.read(EX.resolve("asem-coinr.yaml"));
    final IndexRun base = new IndexRun(null, recipe, "", new StoreInput(coin.framework(), List.of(), Map.of(), List.of(), null),
            new IndexBuilder().build(coin, recipe), null, null, null, 0, 0);
    final RecipeEditor editor = new RecipeEditor();

    /** The form as the page submits it untouched: every control at the build's own value. */
    Map<String, String> untouched() {
        RecipeEditor.Controls c = editor.controls(base);
        Map<String, String> p = new HashMap<>();
        p.put("impute", c.impute());
        p.put("group", "GDP_group");
        p.put("treat", c.treat());
        p.put("lambda", Double.toString(c.lambda()));
        p.put("normalise", c.normalise());
        p.put("aggregate", c.aggregate());
        p.put("shift", Double.toString(c.shift()));
        c.weights().forEach(w -> p.put("w." + w.code(), Double.toString(w.weight())));
        return p;
    }

    @Test
    void anUntouchedFormIsTheBuildsOwnRecipe() {
        Recipe same = editor.variant(base, untouched());
        assertThat(same.steps()).extracting(Recipe.Step::type).isEqualTo(recipe.steps().stream().map(Recipe.Step::type).toList());
        for (int i = 0; i < same.steps().size(); i++) {
            assertThat(same.steps().get(i).params()).isEqualTo(recipe.steps().get(i).params());
        }
    }

    @Test
    void newPillarWeightsGiveTheBuildOfAFrameworkWithThoseWeights() {
        Map<String, String> p = untouched();
        Node first = coin.framework().level(2).get(0);
        p.put("w." + first.code(), "2,5");
        Recipe variant = editor.variant(base, p);
        assertThat(variant.steps()).extracting(Recipe.Step::type).contains("weight");
        Coin edited = new IndexBuilder().build(coin, variant);
        Coin direct = new IndexBuilder().build(Coin.of(coin.framework().withWeights(Map.of(first.code(), 2.5)), coin.units(),
                coin.dataset(Coin.RAW)), recipe);
        for (String u : coin.units().codes()) {
            double a = edited.latest().value(u, "Index"), b = direct.latest().value(u, "Index");
            assertThat(a).as(u).isCloseTo(b, within(1e-12));
        }
        assertThat(edited.latest().column("Index")).isNotEqualTo(base.results().column("Index"));
    }

    @Test
    void treatmentCanBeSwitchedOffAndTheMethodsChanged() {
        Map<String, String> p = untouched();
        p.put("treat", "none");
        p.put("normalise", "zscore");
        p.put("aggregate", "geometric");
        p.put("shift", "1");
        Recipe v = editor.variant(base, p);
        assertThat(v.indexOf("treat")).isNegative();
        assertThat(v.steps().get(v.indexOf("normalise")).params()).containsEntry("method", "zscore").doesNotContainKey("range")
                .containsEntry("to", "Normalised");
        assertThat(v.steps().get(v.indexOf("aggregate")).params()).containsEntry("method", "geometric").containsEntry("shift", 1.0);
    }

    @Test
    void typedYamlReplacesTheControlsAndBadInputSaysWhy() {
        Map<String, String> p = untouched();
        p.put("yaml", "name: own\nsteps:\n  - step: normalise\n  - step: aggregate\n    method: median\n");
        assertThat(editor.variant(base, p).name()).isEqualTo("own");
        Map<String, String> bad = untouched();
        bad.put("w." + coin.framework().level(2).get(0).code(), "dużo");
        assertThatThrownBy(() -> editor.variant(base, bad)).isInstanceOf(IndexInputException.class).hasMessageContaining("'dużo' is not a number");
    }

    @Test
    void theFormShownAgainWithoutScriptKeepsWhatWasSubmitted() {
        Map<String, String> p = untouched();
        String pillar = coin.framework().level(2).get(0).code();
        p.put("w." + pillar, "2,5");
        p.put("normalise", "zscore");
        p.put("treat", "box-cox");
        p.put("lambda", "0,25");
        RecipeEditor.Controls c = editor.controls(base, p);
        assertThat(c.normalise()).isEqualTo("zscore");
        assertThat(c.treat()).isEqualTo("box-cox");
        assertThat(c.lambda()).isEqualTo(0.25);
        assertThat(c.weights()).filteredOn(w -> w.code().equals(pillar)).singleElement()
                .satisfies(w -> assertThat(w.weight()).isEqualTo(2.5));
    }

    @Test
    void everyCoinrTreatmentOnOfferBecomesItsTreatStepAndBuilds() {
        assertThat(editor.controls(base).treat()).isEqualTo("jrc");
        Map<String, Map<String, Object>> expected = Map.of(
                "jrc-plus", Map.of("second", "log-ct-plus"),
                "winsorise", Map.of("second", "none"),
                "log-ct-plus", Map.of("first", "log-ct-plus", "second", "none"),
                "box-cox", Map.of("first", "box-cox", "lambda", 0.25, "second", "none"));
        for (String t : RecipeEditor.TREATMENTS) {
            Map<String, String> p = untouched();
            p.put("treat", t);
            p.put("lambda", "0,25");
            Recipe v = editor.variant(base, p);
            if (t.equals("none")) {
                assertThat(v.indexOf("treat")).isNegative();
                continue;
            }
            Map<String, Object> params = v.steps().get(v.indexOf("treat")).params();
            assertThat(params).as(t).containsAllEntriesOf(expected.getOrDefault(t, Map.of()));
            assertThat(RecipeEditor.treatment(params)).isEqualTo(t);
            assertThat(new IndexBuilder().build(coin, v).latest().column("Index")).as(t).doesNotContain(Double.NaN);
        }
        Map<String, String> bad = untouched();
        bad.put("treat", "box-cox");
        bad.put("lambda", "λ");
        assertThatThrownBy(() -> editor.variant(base, bad)).hasMessageContaining("lambda: 'λ' is not a number");
    }

    /** Every choice the editor offers, and every method a recipe can name, is worded in Polish and in English. */
    @Test
    void everyMethodOnOfferHasItsPolishAndEnglishName() throws Exception {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            java.util.Properties m = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(RecipeEditor.class.getResourceAsStream("/" + file),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                m.load(in);
            }
            List<String> keys = new java.util.ArrayList<>();
            RecipeEditor.NORMALISATIONS.forEach(x -> keys.add("index.method.normalise." + x));
            RecipeEditor.TREATMENTS.forEach(x -> keys.add("index.treat." + x));
            keys.add("index.treat.custom");
            pl.miasto4.index.impute.ImputeStep.METHODS.forEach(x -> keys.add("index.method.impute." + x));
            pl.miasto4.index.impute.ImputeStep.METHODS.forEach(x -> keys.add("index.step.impute." + x));
            pl.miasto4.index.normalise.NormaliseStep.METHODS.forEach(x -> keys.add("index.step.normalise." + x));
            pl.miasto4.index.treat.Treatment.SECOND.forEach(x -> keys.add(x.equals("none") ? "index.step.treat.nolog"
                    : x.equals("log-ct") ? "index.step.treat.log" : "index.step.treat." + x));
            pl.miasto4.index.aggregate.AggregateStep.METHODS.forEach(x -> keys.add("index.aggregate." + x));
            for (String k : keys) {
                assertThat(m.getProperty(k)).as(file + " " + k).isNotBlank();
            }
        }
    }
}
