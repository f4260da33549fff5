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

/** Step {@code treat}: the JRC outlier rule on every indicator column ({@link Treatment}). */
public final class TreatStep implements BuildStep {
    @Override
    public String type() {
        return "treat";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("from", "to", "winmax", "skewThreshold", "kurtosisThreshold", "log", "combine", "exclude");
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        Dataset in = BuildStep.input(coin, p);
        int winmax = p.integer("winmax", 5);
        double st = p.number("skewThreshold", 2);
        double kt = p.number("kurtosisThreshold", 3.5);
        boolean log = p.bool("log", true);
        boolean combine = p.bool("combine", false);
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
            Treatment.Result r = Treatment.treat(in.column(j), winmax, st, kt, log, combine);
            out[j] = r.values();
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < in.unitCount(); i++) {
                if (r.points()[i].startsWith("win")) {
                    changed.add(in.units().get(i) + ":" + r.points()[i]);
                }
            }
            rows.add(List.of(code, fmt(r.skew()), fmt(r.kurt()), Integer.toString(r.winsorised()),
                    Boolean.toString(r.logged()), fmt(r.skewAfter()), fmt(r.kurtAfter()), String.join(";", changed)));
        }
        Dataset d = new Dataset(BuildStep.output(p, "Treated"), in.units(), in.codes(), out);
        return coin.with(d, new StepRecord(p.step(), d.name(),
                List.of("iCode", "Skew", "Kurt", "Winsorised", "LogTransformed", "SkewAfter", "KurtAfter",
                        "WinsorisedUnits"), rows,
                Map.of("from", in.name())));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
