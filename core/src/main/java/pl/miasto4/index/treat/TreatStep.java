package pl.miasto4.index.treat;

import pl.miasto4.index.BuildStep;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Params;
import pl.miasto4.index.StepRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step {@code treat}: COINr's Treat() on every indicator column ({@link Treatment}): the JRC test;
 * {@code first} (default winsorise, up to {@code winmax} points) for failing indicators; then, if still
 * failing, {@code second} (default log-ct; {@code log: false} is {@code second: none}) on the original
 * values, or on the first's output with {@code combine}. Box–Cox needs {@code lambda}.
 */
public final class TreatStep implements BuildStep {
    @Override
    public String type() {
        return "treat";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("from", "to", "winmax", "skewThreshold", "kurtosisThreshold", "log", "combine", "exclude", "first",
                "second", "lambda", "makePositive", "forceWinsorise");
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        Dataset in = BuildStep.input(coin, p);
        Treatment.Spec spec = spec(p);
        Set<String> exclude = new HashSet<>();
        if (p.raw("exclude") instanceof List<?> l) {
            l.forEach(o -> exclude.add(o.toString()));
        }
        double[][] out = new double[in.columnCount()][];
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < in.columnCount(); j++) {
            String code = in.codes().get(j);
            if (exclude.contains(code)) {
                out[j] = in.column(j);
                continue;
            }
            Treatment.Result r;
            try {
                r = Treatment.treat(in.column(j), spec);
            } catch (Treatment.TreatmentFailure e) {
                throw p.reject(spec.second().equals("box-cox") || spec.first().equals("box-cox") ? "lambda" : "second",
                        "treat, indicator " + code + ", unit " + in.units().get(e.unit()) + ": " + e.getMessage());
            }
            out[j] = r.values();
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < in.unitCount(); i++) {
                if (r.points()[i].startsWith("win")) {
                    changed.add(in.units().get(i) + ":" + r.points()[i]);
                }
            }
            rows.add(List.of(code, fmt(r.skew()), fmt(r.kurt()), Integer.toString(r.winsorised()),
                    Boolean.toString(r.logged()), fmt(r.skewAfter()), fmt(r.kurtAfter()), String.join(";", changed),
                    r.applied()));
        }
        Dataset d = new Dataset(BuildStep.output(p, "Treated"), in.units(), in.codes(), out);
        return coin.with(d, new StepRecord(p.step(), d.name(),
                List.of("iCode", "Skew", "Kurt", "Winsorised", "LogTransformed", "SkewAfter", "KurtAfter",
                        "WinsorisedUnits", "Treatment"), rows,
                Map.of("from", in.name())));
    }

    /** The treatment a step's parameters describe (also used by the uncertainty engine's variants). */
    public static Treatment.Spec spec(Params p) {
        int winmax = p.integer("winmax", 5);
        if (winmax < 0) {
            throw p.reject("winmax", "winmax must not be negative");
        }
        String first = p.choice("first", "winsorise", Treatment.FIRST);
        boolean log = p.bool("log", true);
        if (p.has("second") && p.has("log")) {
            throw p.reject("log", "give 'second' (log: false is second: none), not both");
        }
        String second = p.choice("second", log ? "log-ct" : "none", Treatment.SECOND);
        double lambda = p.number("lambda", Double.NaN);
        boolean boxCox = first.equals("box-cox") || second.equals("box-cox");
        if (boxCox && Double.isNaN(lambda)) {
            throw p.reject(p.has("second") ? "second" : "first", "box-cox needs 'lambda' (COINr's boxcox() does not choose it)");
        }
        if (!boxCox && p.has("lambda")) {
            throw p.reject("lambda", "'lambda' is only for box-cox");
        }
        if (!Double.isFinite(lambda) && boxCox) {
            throw p.reject("lambda", "lambda must be a finite number");
        }
        return new Treatment.Spec(first, second, winmax, p.number("skewThreshold", 2), p.number("kurtosisThreshold", 3.5),
                p.bool("combine", false), lambda, p.bool("makePositive", true), p.bool("forceWinsorise", false));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
