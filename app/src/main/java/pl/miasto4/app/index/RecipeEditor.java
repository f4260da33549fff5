package pl.miasto4.app.index;

import org.springframework.stereotype.Component;
import pl.miasto4.index.Framework;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Node;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.aggregate.AggregateStep;
import pl.miasto4.index.impute.ImputeStep;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.index.normalise.NormaliseStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recipe editor's controls and the variant recipe they describe: one step changed at a time
 * (imputation, outlier treatment on or off, normalisation, aggregation, the weights of the pillars)
 * on a saved build's recipe, or a whole recipe typed as YAML. The variant is replayed on the build's
 * own inputs (COINr's Regen with one parameter changed).
 */
@Component
public class RecipeEditor {
    /** Name of the weight set the editor's weights are written to. */
    static final String EDITED = "Edited";
    /** Normalisations offered: those that need no per-indicator parameters. */
    static final List<String> NORMALISATIONS = NormaliseStep.METHODS.stream()
            .filter(m -> !List.of("dist2target", "dist2ref", "goalposts", "scaled").contains(m)).toList();
    /**
     * Outlier treatments offered (COINr Treat's f1 → f2): none; the JRC rule (winsorise, then log_CT of the
     * original values); the same with log_CT_plus; winsorisation alone; log_CT_plus alone; Box–Cox with the
     * λ typed in the form. "custom" stands for a treat step the form cannot describe (kept as it is).
     */
    static final List<String> TREATMENTS = List.of("none", "jrc", "jrc-plus", "winsorise", "log-ct-plus", "box-cox");
    static final double DEFAULT_LAMBDA = 0.5;

    /** The state of the controls for a build. */
    public record Controls(String impute, List<String> imputeMethods, String treat, List<String> treatMethods, double lambda,
                           String normalise, List<String> normaliseMethods,
                           String aggregate, List<String> aggregateMethods, double shift, int weightLevel,
                           List<WeightControl> weights, List<String> groups, String yaml) {
    }

    public record WeightControl(String code, String parent, double weight) {
    }

    public Controls controls(IndexRun run) {
        Recipe r = run.recipe();
        Framework f = run.input().framework();
        int imp = r.indexOf("impute");
        int norm = r.indexOf("normalise");
        int agg = r.indexOf("aggregate");
        Object am = agg < 0 ? "arithmetic" : r.steps().get(agg).params().getOrDefault("method", "arithmetic");
        int level = weightLevel(f);
        List<WeightControl> weights = f.level(level).stream().map(n -> new WeightControl(n.code(), n.parent(), n.weight())).toList();
        List<String> imputeMethods = ImputeStep.METHODS.stream()
                .filter(m -> !m.startsWith("group-") || !f.groups().isEmpty()).toList();
        int tr = r.indexOf("treat");
        String treat = tr < 0 ? "none" : treatment(r.steps().get(tr).params());
        List<String> treatMethods = treat.equals("custom")
                ? java.util.stream.Stream.concat(TREATMENTS.stream(), java.util.stream.Stream.of("custom")).toList() : TREATMENTS;
        double lambda = tr >= 0 && r.steps().get(tr).params().get("lambda") instanceof Number n ? n.doubleValue() : DEFAULT_LAMBDA;
        return new Controls(imp < 0 ? "none" : String.valueOf(r.steps().get(imp).params().getOrDefault("method", "mean")),
                imputeMethods, treat, treatMethods, lambda,
                norm < 0 ? "none" : String.valueOf(r.steps().get(norm).params().getOrDefault("method", "minmax")), NORMALISATIONS,
                am instanceof List<?> ? "arithmetic" : am.toString(), AggregateStep.METHODS,
                agg < 0 || !(r.steps().get(agg).params().get("shift") instanceof Number n) ? 0 : n.doubleValue(),
                level, weights, f.groups(), RecipeYaml.write(r));
    }

    /** The controls as submitted (for the page without script, which shows the form again with the answer). */
    public Controls controls(IndexRun run, Map<String, String> params) {
        Controls c = controls(run);
        List<WeightControl> weights = c.weights().stream().map(w -> {
            String v = params.get("w." + w.code());
            try {
                return v == null ? w : new WeightControl(w.code(), w.parent(), Double.parseDouble(v.strip().replace(',', '.')));
            } catch (NumberFormatException e) {
                return w;
            }
        }).toList();
        String shift = params.get("shift");
        double s;
        try {
            s = shift == null ? c.shift() : Double.parseDouble(shift.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            s = c.shift();
        }
        double lambda;
        try {
            lambda = params.containsKey("lambda") ? number(params.get("lambda"), "lambda") : c.lambda();
        } catch (IndexInputException e) {
            lambda = c.lambda();
        }
        String treat = params.getOrDefault("treat", c.treat());
        return new Controls(params.getOrDefault("impute", c.impute()), c.imputeMethods(),
                c.treatMethods().contains(treat) ? treat : c.treat(), c.treatMethods(), lambda,
                params.getOrDefault("normalise", c.normalise()), c.normaliseMethods(),
                params.getOrDefault("aggregate", c.aggregate()), c.aggregateMethods(), s, c.weightLevel(), weights, c.groups(),
                params.getOrDefault("yaml", c.yaml()).isBlank() ? c.yaml() : params.getOrDefault("yaml", c.yaml()));
    }

    /** The level whose weights the editor offers: pillars (level 2) when there are any, else the indicators. */
    static int weightLevel(Framework f) {
        return f.maxLevel() > 2 ? 2 : 1;
    }

    /**
     * The recipe the submitted controls describe. {@code yaml}, when given, is the whole recipe;
     * otherwise each control present in {@code params} changes its step of the build's recipe.
     */
    public Recipe variant(IndexRun base, Map<String, String> params) {
        String yaml = params.get("yaml");
        if (yaml != null && !yaml.isBlank()) {
            return RecipeYaml.parse(yaml, "recipe");
        }
        List<Recipe.Step> steps = new ArrayList<>(base.recipe().steps());
        Framework f = base.input().framework();

        String imp = params.get("impute");
        if (imp != null && !imp.isBlank()) {
            int i = indexOf(steps, "impute");
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("method", imp);
            if (imp.startsWith("group-")) {
                String group = params.getOrDefault("group", f.groups().isEmpty() ? "" : f.groups().get(0));
                p.put("group", group);
            }
            if (imp.equals("none")) {
                if (i >= 0) {
                    steps.remove(i);
                }
            } else if (i >= 0) {
                if (!imp.equals(steps.get(i).params().get("method")) || imp.startsWith("group-")) {
                    steps.set(i, replaced(steps.get(i), p));
                }
            } else {
                int d = indexOf(steps, "denominate");
                steps.add(d + 1, Recipe.Step.of("impute", p));
            }
        }

        String treat = params.get("treat");
        if (treat != null && !treat.isBlank() && !treat.equals("custom")) {
            if (!TREATMENTS.contains(treat)) {
                throw IndexInputException.of("outlier treatment '" + treat + "' is not one of " + TREATMENTS);
            }
            int i = indexOf(steps, "treat");
            Map<String, Object> current = i >= 0 ? steps.get(i).params() : Map.of();
            String lambdaText = params.get("lambda");
            double lambda = lambdaText == null || lambdaText.isBlank()
                    ? (current.get("lambda") instanceof Number n ? n.doubleValue() : DEFAULT_LAMBDA) : number(lambdaText, "lambda");
            boolean same = i >= 0 && treat.equals(treatment(current))
                    && (!treat.equals("box-cox") || Double.valueOf(lambda).equals(current.get("lambda")));
            if (treat.equals("none")) {
                if (i >= 0) {
                    steps.remove(i);
                }
            } else if (!same) {
                Map<String, Object> p = new LinkedHashMap<>(current);
                for (String k : List.of("first", "second", "lambda", "log", "combine", "makePositive")) {
                    p.remove(k);
                }
                switch (treat) {
                    case "jrc-plus" -> p.put("second", "log-ct-plus");
                    case "winsorise" -> p.put("second", "none");
                    case "log-ct-plus" -> {
                        p.put("first", "log-ct-plus");
                        p.put("second", "none");
                    }
                    case "box-cox" -> {
                        p.put("first", "box-cox");
                        p.put("lambda", lambda);
                        p.put("second", "none");
                    }
                    default -> {
                    }
                }
                Recipe.Step step = i >= 0 ? new Recipe.Step("treat", p, steps.get(i).line(), steps.get(i).column(), Map.of())
                        : Recipe.Step.of("treat", p);
                if (i >= 0) {
                    steps.set(i, step);
                } else {
                    int n = indexOf(steps, "normalise");
                    steps.add(n >= 0 ? n : Math.max(0, indexOf(steps, "aggregate")), step);
                }
            }
        }

        String norm = params.get("normalise");
        if (norm != null && !norm.isBlank()) {
            int i = indexOf(steps, "normalise");
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("method", norm);
            if (i >= 0 && norm.equals(steps.get(i).params().getOrDefault("method", "minmax"))) {
                // unchanged: keep its parameters (e.g. range)
            } else if (i >= 0) {
                steps.set(i, replaced(steps.get(i), p));
            } else {
                int a = indexOf(steps, "aggregate");
                steps.add(a >= 0 ? a : steps.size(), Recipe.Step.of("normalise", p));
            }
        }

        int a = indexOf(steps, "aggregate");
        String agg = params.get("aggregate");
        if (agg != null && !agg.isBlank()) {
            if (a < 0) {
                steps.add(Recipe.Step.of("aggregate", Map.of("method", agg)));
                a = steps.size() - 1;
            } else if (!agg.equals(steps.get(a).params().getOrDefault("method", "arithmetic"))) {
                steps.set(a, steps.get(a).with("method", agg));
            }
        }
        String shift = params.get("shift");
        if (a >= 0 && shift != null) {
            double s = number(shift, "shift");
            steps.set(a, steps.get(a).with("shift", s > 0 ? s : null));
        }

        Map<String, Object> weights = new LinkedHashMap<>();
        boolean changed = false;
        for (Node n : f.level(weightLevel(f))) {
            String v = params.get("w." + n.code());
            if (v == null || v.isBlank()) {
                continue;
            }
            double w = number(v, "weight of " + n.code());
            if (w < 0) {
                throw IndexInputException.of("weight of " + n.code() + " must not be negative");
            }
            weights.put(n.code(), w);
            changed |= w != n.weight();
        }
        int existing = indexOfWeightSet(steps, EDITED);
        if (existing >= 0) {
            steps.remove(existing);
            a = indexOf(steps, "aggregate");
        }
        if (changed && a >= 0) {
            steps.add(a, Recipe.Step.of("weight", Map.of("method", "given", "name", EDITED, "weights", weights)));
            a++;
            steps.set(a, steps.get(a).with("weights", EDITED));
        } else if (a >= 0 && EDITED.equals(steps.get(a).params().get("weights"))) {
            steps.set(a, steps.get(a).with("weights", null));
        }
        return new Recipe(base.recipe().name(), steps, "recipe");
    }

    /** Which of {@link #TREATMENTS} a treat step's parameters are, or "custom". */
    static String treatment(Map<String, Object> p) {
        String first = String.valueOf(p.getOrDefault("first", "winsorise"));
        String second = p.containsKey("second") ? String.valueOf(p.get("second"))
                : Boolean.FALSE.equals(p.get("log")) ? "none" : "log-ct";
        if (Boolean.TRUE.equals(p.get("combine")) || Boolean.FALSE.equals(p.get("makePositive"))) {
            return "custom";
        }
        return switch (first + " " + second) {
            case "winsorise log-ct" -> "jrc";
            case "winsorise log-ct-plus" -> "jrc-plus";
            case "winsorise none" -> "winsorise";
            case "log-ct-plus none" -> "log-ct-plus";
            case "box-cox none" -> "box-cox";
            default -> "custom";
        };
    }

    private static Recipe.Step replaced(Recipe.Step old, Map<String, Object> params) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        for (String keep : List.of("from", "to")) {
            if (old.params().containsKey(keep)) {
                p.put(keep, old.params().get(keep));
            }
        }
        return new Recipe.Step(old.type(), p, old.line(), old.column(), Map.of());
    }

    private static int indexOf(List<Recipe.Step> steps, String type) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).type().equals(type)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfWeightSet(List<Recipe.Step> steps, String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).type().equals("weight") && name.equals(steps.get(i).params().get("name"))) {
                return i;
            }
        }
        return -1;
    }

    /** A number as people type it: "0,5" or "0.5". */
    static double number(String text, String what) {
        try {
            double d = Double.parseDouble(text.strip().replace(',', '.'));
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw IndexInputException.of(what + ": '" + text + "' is not a number");
        }
    }
}
