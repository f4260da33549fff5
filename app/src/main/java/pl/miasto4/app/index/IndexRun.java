package pl.miasto4.app.index;

import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.uncertainty.UncertaintyResult;

/**
 * One build of an index from the store: the selection, the recipe as run (parsed and as YAML),
 * the input read from the store, the built coin with every data set, and the uncertainty analysis
 * of its ranks (or why there is none).
 *
 * @param uncertaintyYaml  the specification that was run, or null
 * @param uncertaintyError why the (default) analysis could not run, or null
 */
public record IndexRun(StoreSelection selection, Recipe recipe, String recipeYaml, StoreInput input, Coin coin,
                       String uncertaintyYaml, UncertaintyResult uncertainty, String uncertaintyError,
                       double buildMs, double uncertaintyMs) {

    /** Code of the top aggregate (the index). */
    public String target() {
        return coin.framework().level(coin.framework().maxLevel()).get(0).code();
    }

    /** The data set the results are read from: the last one written (normally Aggregated). */
    public Dataset results() {
        return coin.latest();
    }

    /** Whether the recipe aggregated up to the index (a recipe may stop earlier, e.g. at normalisation). */
    public boolean aggregated() {
        return results().has(target());
    }
}
