package pl.miasto4.index.audit;

import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.stats.Stats;
import pl.miasto4.index.weight.Weighting;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical audit of a built index (OECD/JRC Handbook 2008, sections 1.4 "Multivariate
 * analysis" and 1.8; COINr get_corr, get_cronbach, get_PCA, get_denom_corr, get_data_avail).
 */
public final class Audit {
    private Audit() {
    }

    /**
     * Pearson correlation of every indicator and aggregate with its parent, and with the other
     * children of the same parent; flags negative correlations with the parent.
     */
    public static List<List<String>> parentCorrelations(Coin coin, Dataset aggregated, List<String> header) {
        header.addAll(List.of("iCode", "Level", "Parent", "CorrelationWithParent", "Negative"));
        List<List<String>> rows = new ArrayList<>();
        for (Node n : coin.framework().nodes()) {
            if (n.parent() == null || !aggregated.has(n.code()) || !aggregated.has(n.parent())) {
                continue;
            }
            double r = Stats.correlation(aggregated.column(n.code()), aggregated.column(n.parent()));
            rows.add(List.of(n.code(), Integer.toString(n.level()), n.parent(), fmt(r), Boolean.toString(r < 0)));
        }
        return rows;
    }

    /** Correlation matrix (long format) of the children of each aggregate. */
    public static List<List<String>> withinCorrelations(Coin coin, Dataset d, List<String> header) {
        header.addAll(List.of("Parent", "Code1", "Code2", "Correlation"));
        List<List<String>> rows = new ArrayList<>();
        Framework f = coin.framework();
        for (Node a : f.nodes()) {
            if (a.isIndicator()) {
                continue;
            }
            List<Node> kids = f.children(a.code());
            for (Node x : kids) {
                for (Node y : kids) {
                    if (d.has(x.code()) && d.has(y.code())) {
                        rows.add(List.of(a.code(), x.code(), y.code(),
                                fmt(Stats.correlation(d.column(x.code()), d.column(y.code())))));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Cronbach's alpha of a set of columns (Cronbach 1951; Handbook 1.4.3):
     * α = k/(k−1)·(1 − Σ var(x_j) / var(Σ x_j)), over units with all values present.
     */
    public static double cronbachAlpha(double[][] cols) {
        int k = cols.length, n = cols[0].length;
        List<Integer> ok = new ArrayList<>();
        outer:
        for (int i = 0; i < n; i++) {
            for (double[] c : cols) {
                if (Double.isNaN(c[i])) {
                    continue outer;
                }
            }
            ok.add(i);
        }
        double sumVar = 0;
        double[] total = new double[ok.size()];
        for (double[] c : cols) {
            double[] sub = new double[ok.size()];
            for (int m = 0; m < sub.length; m++) {
                sub[m] = c[ok.get(m)];
                total[m] += sub[m];
            }
            sumVar += Stats.variance(sub);
        }
        return k / (k - 1.0) * (1 - sumVar / Stats.variance(total));
    }

    /** Per aggregate: number of children, Cronbach's alpha, variance explained by PC1 and components with eigenvalue &gt; 1. */
    public static List<List<String>> consistency(Coin coin, Dataset d, List<String> header) {
        header.addAll(List.of("Aggregate", "Level", "Children", "CronbachAlpha", "PC1VarianceExplained",
                "ComponentsEigenvalueAbove1"));
        List<List<String>> rows = new ArrayList<>();
        Framework f = coin.framework();
        for (Node a : f.nodes()) {
            if (a.isIndicator()) {
                continue;
            }
            List<Node> kids = f.children(a.code());
            if (kids.size() < 2 || !kids.stream().allMatch(k -> d.has(k.code()))) {
                continue;
            }
            double[][] cols = d.columns(kids.stream().map(Node::code).toList());
            double[] ve = Weighting.pcaVarianceExplained(cols);
            int above = 0;
            for (double v : ve) {
                if (v * ve.length > 1) {
                    above++;
                }
            }
            rows.add(List.of(a.code(), Integer.toString(a.level()), Integer.toString(kids.size()),
                    fmt(cronbachAlpha(cols)), fmt(ve[0]), Integer.toString(above)));
        }
        return rows;
    }

    /** Data availability: share of present values per unit (over indicators) in a data set. */
    public static List<List<String>> unitAvailability(Dataset d, List<String> header) {
        header.addAll(List.of("uCode", "Present", "Missing", "Availability"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < d.unitCount(); i++) {
            int present = 0;
            for (int j = 0; j < d.columnCount(); j++) {
                if (!Double.isNaN(d.value(i, j))) {
                    present++;
                }
            }
            rows.add(List.of(d.units().get(i), Integer.toString(present), Integer.toString(d.columnCount() - present),
                    fmt((double) present / d.columnCount())));
        }
        return rows;
    }

    /** Data availability per indicator (over units). */
    public static List<List<String>> indicatorAvailability(Dataset d, List<String> header) {
        header.addAll(List.of("iCode", "Present", "Missing", "Availability"));
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < d.columnCount(); j++) {
            int present = Stats.count(d.column(j));
            rows.add(List.of(d.codes().get(j), Integer.toString(present), Integer.toString(d.unitCount() - present),
                    fmt((double) present / d.unitCount())));
        }
        return rows;
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
