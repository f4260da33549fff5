package pl.miasto4.index.screen;

import pl.miasto4.index.BuildStep;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Params;
import pl.miasto4.index.StepRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step {@code screen}: keeps the units whose share of present values is at least
 * {@code datThreshold} (COINr Screen(unit_screen = "byNA"), default 2/3), or whose share of non-zero
 * values among the present ones is at least {@code nonzeroThreshold} ({@code by: zeros}, COINr
 * "byzeros", default 0.05), or both ({@code by: na-and-zeros}, COINr "byNAandzeros"). Removed units
 * are reported.
 */
public final class ScreenStep implements BuildStep {
    @Override
    public String type() {
        return "screen";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("from", "to", "datThreshold", "by", "nonzeroThreshold");
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        Dataset in = BuildStep.input(coin, p);
        double t = p.number("datThreshold", 2.0 / 3);
        double z = p.number("nonzeroThreshold", 0.05);
        String by = p.choice("by", "na", List.of("na", "zeros", "na-and-zeros"));
        for (String k : List.of("datThreshold", "nonzeroThreshold")) {
            double v = p.number(k, 0.5);
            if (!(v >= 0 && v <= 1)) {
                throw p.reject(k, k + " must lie between 0 and 1");
            }
        }
        List<Integer> keep = new ArrayList<>();
        List<List<String>> removed = new ArrayList<>();
        for (int i = 0; i < in.unitCount(); i++) {
            int present = 0, zeros = 0;
            for (int j = 0; j < in.columnCount(); j++) {
                double v = in.value(i, j);
                if (!Double.isNaN(v)) {
                    present++;
                    if (v == 0) {
                        zeros++;
                    }
                }
            }
            double avail = (double) present / in.columnCount();
            // COINr get_data_avail: Non_Zero = 1 − zeros/(columns − missing)
            double nonzero = 1 - (double) zeros / present;
            boolean lowData = avail < t, lowNonZero = nonzero < z;
            boolean out = switch (by) {
                case "zeros" -> lowNonZero;
                case "na-and-zeros" -> lowData || lowNonZero;
                default -> lowData;
            };
            if (!out) {
                keep.add(i);
            } else {
                removed.add(List.of(in.units().get(i), Double.toString(avail), Double.toString(nonzero)));
            }
        }
        if (keep.isEmpty()) {
            throw p.reject(p.has("by") ? "by" : "datThreshold", "screen removes every one of the " + in.unitCount() + " units");
        }
        double[][] out = new double[in.columnCount()][keep.size()];
        List<String> units = new ArrayList<>();
        for (int k = 0; k < keep.size(); k++) {
            units.add(in.units().get(keep.get(k)));
            for (int j = 0; j < in.columnCount(); j++) {
                out[j][k] = in.value(keep.get(k), j);
            }
        }
        Dataset d = new Dataset(BuildStep.output(p, "Screened"), units, in.codes(), out);
        return coin.with(d, new StepRecord(p.step(), d.name(), List.of("uCode", "DataAvailability", "NonZero"), removed,
                Map.of("from", in.name())));
    }
}
