package pl.miasto4.app.index;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.Recipe;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A recipe in plain language, one sentence per step, for residents and officials who do not read
 * YAML (report 002 asks for plain explanations of published numbers). Texts are the
 * {@code index.step.*} messages; parameters left out take the engine's defaults.
 */
@Component
public class RecipeText {
    private final MessageSource messages;

    public RecipeText(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> describe(Recipe recipe, Framework f, IndexLabels.Names names, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Recipe.Step s : recipe.steps()) {
            out.add(step(s, f, names, locale));
        }
        out.add(weights(f, names, locale));
        return out;
    }

    private String step(Recipe.Step s, Framework f, IndexLabels.Names names, Locale l) {
        Map<String, Object> p = s.params();
        return switch (s.type()) {
            case "denominate" -> {
                List<String> pairs = new ArrayList<>();
                if (p.get("by") instanceof Map<?, ?> by) {
                    by.forEach((k, v) -> pairs.add(names.code(k.toString()) + " / " + names.code(v.toString())));
                } else {
                    for (Node n : f.indicators()) {
                        if (n.denominator() != null) {
                            pairs.add(names.code(n.code()) + " / " + names.code(n.denominator()));
                        }
                    }
                }
                double scale = number(p, "scale", 1);
                yield pairs.isEmpty() ? msg("index.step.denominate.none", l)
                        : msg("index.step.denominate", l, String.join("; ", pairs),
                        scale == 1 ? "" : msg("index.step.denominate.scale", l, num(scale, l)));
            }
            case "impute" -> {
                String m = string(p, "method", "mean");
                yield msg("index.step.impute." + m, l, string(p, "group", ""), num(number(p, "level", 2), l));
            }
            case "screen" -> {
                String by = string(p, "by", "na");
                String na = num(Math.round(number(p, "datThreshold", 2.0 / 3) * 100), l);
                String zeros = num(Math.round(number(p, "nonzeroThreshold", 0.05) * 100), l);
                yield switch (by) {
                    case "zeros" -> msg("index.step.screen.zeros", l, zeros);
                    case "na-and-zeros" -> msg("index.step.screen.na-and-zeros", l, na, zeros);
                    default -> msg("index.step.screen", l, na);
                };
            }
            case "treat" -> {
                String first = string(p, "first", "winsorise");
                String second = p.containsKey("second") ? string(p, "second", "log-ct")
                        : Boolean.FALSE.equals(p.get("log")) ? "none" : "log-ct";
                String then = transform(second, p, l) + (Boolean.TRUE.equals(p.get("combine")) && !second.equals("none")
                        ? msg("index.step.treat.combine", l) : "");
                String skew = num(number(p, "skewThreshold", 2), l), kurt = num(number(p, "kurtosisThreshold", 3.5), l);
                yield first.equals("winsorise")
                        ? msg("index.step.treat", l, skew, kurt, num(number(p, "winmax", 5), l), then)
                        : msg("index.step.treat.first", l, skew, kurt, transform(first, p, l), then);
            }
            case "normalise" -> {
                String m = string(p, "method", "minmax");
                double[] range = range(p);
                String text = msg("index.step.normalise." + m, l, num(range[0], l), num(range[1], l),
                        num(number(p, "mean", 0), l), num(number(p, "sd", 1), l), string(p, "unit", ""),
                        num(number(p, "scale", m.equals("goalposts") || m.equals("scaled") ? 100 : 1), l));
                if (p.get("indicators") instanceof Map<?, ?> own && !own.isEmpty()) {
                    List<String> codes = own.keySet().stream().map(k -> names.code(k.toString())).toList();
                    text += " " + msg("index.step.normalise.own", l, String.join(", ", codes));
                }
                yield text + " " + msg("index.step.normalise.direction", l);
            }
            case "weight" -> msg("index.step.weight", l, msg("index.weight." + string(p, "method", "equal"), l),
                    string(p, "name", string(p, "method", "equal")));
            case "aggregate" -> {
                List<String> methods = new ArrayList<>();
                Object m = p.getOrDefault("method", "arithmetic");
                if (m instanceof List<?> list) {
                    for (int k = 0; k < list.size(); k++) {
                        methods.add(msg("index.step.level", l, k + 2) + " " + msg("index.aggregate." + list.get(k), l));
                    }
                } else {
                    methods.add(msg("index.aggregate." + m, l));
                }
                String text = msg("index.step.aggregate", l, String.join("; ", methods));
                double shift = number(p, "shift", 0);
                if (shift > 0) {
                    text += " " + msg("index.step.aggregate.shift", l, num(shift, l));
                }
                String w = string(p, "weights", "Original");
                if (!w.equals("Original")) {
                    text += " " + msg("index.step.aggregate.weights", l, w);
                }
                yield text + " " + msg("index.step.aggregate.missing", l);
            }
            default -> s.type();
        };
    }

    /** One of COINr's transformations in words ("none": nothing more is done). */
    private String transform(String name, Map<String, Object> p, Locale l) {
        return switch (name) {
            case "none" -> msg("index.step.treat.nolog", l);
            case "log-ct" -> msg("index.step.treat.log", l);
            case "box-cox" -> msg("index.step.treat.box-cox", l, num(number(p, "lambda", Double.NaN), l),
                    Boolean.FALSE.equals(p.get("makePositive")) ? "" : msg("index.step.treat.box-cox.shift", l));
            default -> msg("index.step.treat." + name, l);
        };
    }

    /** Whether siblings share equal weights everywhere, or which weights differ. */
    private String weights(Framework f, IndexLabels.Names names, Locale l) {
        List<String> unequal = new ArrayList<>();
        for (Node a : f.nodes()) {
            if (a.isIndicator()) {
                continue;
            }
            List<Node> kids = f.children(a.code());
            boolean equal = kids.stream().allMatch(k -> k.weight() == kids.get(0).weight());
            if (!equal) {
                List<String> parts = kids.stream().map(k -> names.code(k.code()) + " " + num(k.weight(), l)).toList();
                unequal.add(names.code(a.code()) + ": " + String.join(", ", parts));
            }
        }
        return unequal.isEmpty() ? msg("index.step.weights.equal", l) : msg("index.step.weights.given", l, String.join("; ", unequal));
    }

    private String msg(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, key, l);
    }

    private static String string(Map<String, Object> p, String key, String dflt) {
        Object v = p.get(key);
        return v == null ? dflt : v.toString();
    }

    private static double number(Map<String, Object> p, String key, double dflt) {
        return p.get(key) instanceof Number n ? n.doubleValue() : dflt;
    }

    private static double[] range(Map<String, Object> p) {
        if (p.get("range") instanceof List<?> r && r.size() == 2 && r.get(0) instanceof Number a && r.get(1) instanceof Number b) {
            return new double[]{a.doubleValue(), b.doubleValue()};
        }
        return new double[]{0, 100};
    }

    static String num(double v, Locale l) {
        NumberFormat f = NumberFormat.getNumberInstance(l);
        f.setMaximumFractionDigits(3);
        f.setGroupingUsed(false);
        return f.format(v);
    }
}
