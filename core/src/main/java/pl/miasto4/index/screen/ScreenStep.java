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
 * {@code datThreshold} (COINr Screen(unit_screen = "byNA"), default 2/3). Removed units are
 * reported.
 */
public final class ScreenStep implements BuildStep {
    @Override
    public String type() {
        return "screen";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("from", "to", "datThreshold");
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        Dataset in = BuildStep.input(coin, p);
        double t = p.number("datThreshold", 2.0 / 3);
        List<Integer> keep = new ArrayList<>();
        List<List<String>> removed = new ArrayList<>();
        for (int i = 0; i < in.unitCount(); i++) {
            int present = 0;
            for (int j = 0; j < in.columnCount(); j++) {
                if (!Double.isNaN(in.value(i, j))) {
                    present++;
                }
            }
            double avail = (double) present / in.columnCount();
            if (avail >= t) {
                keep.add(i);
            } else {
                removed.add(List.of(in.units().get(i), Double.toString(avail)));
            }
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
        return coin.with(d, new StepRecord(p.step(), d.name(), List.of("uCode", "DataAvailability"), removed,
                Map.of("from", in.name())));
    }
}
