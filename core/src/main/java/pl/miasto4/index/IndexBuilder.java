package pl.miasto4.index;

import pl.miasto4.index.aggregate.AggregateStep;
import pl.miasto4.index.denominate.DenominateStep;
import pl.miasto4.index.impute.ImputeStep;
import pl.miasto4.index.normalise.NormaliseStep;
import pl.miasto4.index.treat.TreatStep;
import pl.miasto4.index.weight.WeightStep;
import pl.miasto4.index.screen.ScreenStep;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a recipe on a coin: each step in order, each writing a new data set. Replaying the same
 * recipe with one parameter changed ({@link Recipe#with}) gives the variant to compare.
 */
public final class IndexBuilder {
    private final Map<String, BuildStep> steps = new LinkedHashMap<>();

    public IndexBuilder() {
        for (BuildStep s : List.of(new DenominateStep(), new ImputeStep(), new ScreenStep(), new TreatStep(),
                new NormaliseStep(), new WeightStep(), new AggregateStep())) {
            steps.put(s.type(), s);
        }
    }

    public Set<String> stepTypes() {
        return steps.keySet();
    }

    public Coin build(Coin coin, Recipe recipe) {
        Coin c = coin;
        for (Recipe.Step s : recipe.steps()) {
            BuildStep step = steps.get(s.type());
            if (step == null) {
                throw new IndexInputException(recipe.source(), s.line(), s.column(),
                        "unknown step '" + s.type() + "'; steps are " + steps.keySet());
            }
            Set<String> allowed = new HashSet<>(step.parameters());
            allowed.add("from");
            allowed.add("to");
            c = step.apply(c, new Params(s, recipe.source(), allowed));
        }
        return c;
    }
}
