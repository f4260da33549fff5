package pl.miasto4.index;

import java.util.Set;

/**
 * One kind of build step (denominate, impute, treat, normalise, weight, aggregate, screen):
 * reads a data set of the coin, writes a new one and logs what it did. Pure: the input coin is
 * not changed.
 */
public interface BuildStep {
    String type();

    /** The parameter names this step accepts (besides {@code from} and {@code to}). */
    Set<String> parameters();

    Coin apply(Coin coin, Params params);

    /** The data set a step reads: {@code from}, or the latest one. */
    static Dataset input(Coin coin, Params p) {
        return p.has("from") ? coin.dataset(p.string("from", null)) : coin.latest();
    }

    /** The name a step writes: {@code to}, or its conventional name. */
    static String output(Params p, String conventional) {
        return p.string("to", conventional);
    }
}
