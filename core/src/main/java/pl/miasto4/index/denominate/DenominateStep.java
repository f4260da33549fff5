package pl.miasto4.index.denominate;

import pl.miasto4.index.BuildStep;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Node;
import pl.miasto4.index.Params;
import pl.miasto4.index.StepRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step {@code denominate}: divides an indicator by a denominator (population, GDP, area…) so
 * that units of different size can be compared. By default each indicator's iMeta
 * {@code Denominator}; {@code by} maps indicator codes to denominator codes instead; {@code scale}
 * multiplies the ratio. Source: OECD/JRC Handbook (2008), section 1.5; COINr Denominate()
 * (x / denominator; a missing denominator gives a missing value).
 */
public final class DenominateStep implements BuildStep {
    @Override
    public String type() {
        return "denominate";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("from", "to", "by", "scale");
    }

    @Override
    public Coin apply(Coin coin, Params p) {
        Dataset in = BuildStep.input(coin, p);
        Map<String, String> by = new LinkedHashMap<>();
        if (p.raw("by") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> by.put(k.toString(), v.toString()));
        } else if (p.has("by")) {
            throw p.reject("by", "'by' maps indicator codes to denominator codes");
        } else {
            for (Node n : coin.framework().indicators()) {
                if (n.denominator() != null) {
                    by.put(n.code(), n.denominator());
                }
            }
        }
        double scale = p.number("scale", 1);
        double[][] out = new double[in.columnCount()][];
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < out.length; j++) {
            String code = in.codes().get(j);
            String dname = by.get(code);
            out[j] = in.column(j);
            if (dname == null) {
                continue;
            }
            double[] d;
            try {
                d = coin.units().denominator(dname, in.units());
            } catch (IndexInputException e) {
                throw p.reject("by", "denominator of " + code + ": " + e.reason());
            }
            for (int i = 0; i < d.length; i++) {
                if (d[i] == 0 && !Double.isNaN(out[j][i])) {
                    throw p.reject("by", "denominate, indicator " + code + ", unit " + in.units().get(i)
                            + ": the denominator " + dname + " is 0");
                }
                out[j][i] = scale == 1 ? out[j][i] / d[i] : out[j][i] / d[i] * scale;
            }
            rows.add(List.of(code, dname));
        }
        Dataset ds = new Dataset(BuildStep.output(p, "Denominated"), in.units(), in.codes(), out);
        return coin.with(ds, new StepRecord(p.step(), ds.name(), List.of("iCode", "Denominator"), rows,
                Map.of("from", in.name())));
    }
}
