package pl.miasto4.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of build steps, each with its parameters: the written-down method of a
 * composite indicator. Replaying a recipe with one parameter changed
 * ({@link #with(int, String, Object)}) is how comparisons and sensitivity analysis work.
 */
public record Recipe(String name, List<Step> steps, String source) {
    public Recipe {
        steps = List.copyOf(steps);
    }

    /**
     * One step: its type (denominate, impute, treat, normalise, weight, aggregate, screen), its
     * parameters as the recipe gave them, and where in the recipe file it stands (for messages).
     */
    public record Step(String type, Map<String, Object> params, int line, int column,
                       Map<String, int[]> positions) {
        public Step {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
            positions = Map.copyOf(positions);
        }

        public static Step of(String type, Map<String, Object> params) {
            return new Step(type, params, 0, 0, Map.of());
        }

        public Step with(String key, Object value) {
            Map<String, Object> p = new LinkedHashMap<>(params);
            if (value == null) {
                p.remove(key);
            } else {
                p.put(key, value);
            }
            return new Step(type, p, line, column, positions);
        }
    }

    public static Recipe of(String name, List<Step> steps) {
        return new Recipe(name, steps, "recipe");
    }

    /** The same recipe with one parameter of step {@code index} changed (null removes it). */
    public Recipe with(int index, String key, Object value) {
        List<Step> s = new ArrayList<>(steps);
        s.set(index, s.get(index).with(key, value));
        return new Recipe(name, s, source);
    }

    /** The same recipe with one step replaced. */
    public Recipe withStep(int index, Step step) {
        List<Step> s = new ArrayList<>(steps);
        s.set(index, step);
        return new Recipe(name, s, source);
    }

    /** Index of the first step of a type, or -1. */
    public int indexOf(String type) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).type().equals(type)) {
                return i;
            }
        }
        return -1;
    }
}
