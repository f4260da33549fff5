package pl.miasto4.index;

import java.util.List;
import java.util.Set;

/**
 * Typed access to a step's parameters, refusing unknown names and wrong types with the
 * recipe's file, line and column.
 */
public final class Params {
    private final Recipe.Step step;
    private final String source;

    public Params(Recipe.Step step, String source, Set<String> allowed) {
        this.step = step;
        this.source = source;
        for (String k : step.params().keySet()) {
            if (!allowed.contains(k)) {
                throw reject(k, "unknown parameter '" + k + "' for step " + step.type() + "; known: " + allowed);
            }
        }
    }

    public Recipe.Step step() {
        return step;
    }

    /** The recipe file (for messages). */
    public String source() {
        return source;
    }

    public IndexInputException reject(String key, String reason) {
        int[] pos = step.positions().get(key);
        if (pos == null) {
            return new IndexInputException(source, step.line(), step.column(), reason);
        }
        return new IndexInputException(source, pos[0], pos[1], reason);
    }

    public boolean has(String key) {
        return step.params().containsKey(key);
    }

    public Object raw(String key) {
        return step.params().get(key);
    }

    public String string(String key, String dflt) {
        Object v = step.params().get(key);
        return v == null ? dflt : v.toString();
    }

    public String choice(String key, String dflt, List<String> choices) {
        String v = string(key, dflt);
        if (v != null && !choices.contains(v)) {
            throw reject(key, "'" + v + "' is not one of " + choices + " for " + key);
        }
        return v;
    }

    public double number(String key, double dflt) {
        Object v = step.params().get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            throw reject(key, key + " must be a number, not '" + v + "'");
        }
    }

    public int integer(String key, int dflt) {
        double d = number(key, dflt);
        if (d != Math.rint(d)) {
            throw reject(key, key + " must be a whole number");
        }
        return (int) d;
    }

    public boolean bool(String key, boolean dflt) {
        Object v = step.params().get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw reject(key, key + " must be true or false");
    }

    /** A list of numbers of the given length (or any length if {@code length < 0}). */
    public double[] numbers(String key, double[] dflt, int length) {
        Object v = step.params().get(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof List<?> l) || (length >= 0 && l.size() != length)) {
            throw reject(key, key + " must be a list of " + (length >= 0 ? length + " " : "") + "numbers");
        }
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(l.get(i) instanceof Number n)) {
                throw reject(key, key + " must contain numbers only");
            }
            out[i] = n.doubleValue();
        }
        return out;
    }
}
