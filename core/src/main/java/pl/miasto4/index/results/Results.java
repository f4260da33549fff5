package pl.miasto4.index.results;

import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.stats.Stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading results out of a built coin: scores and ranks at every level, a unit's profile
 * (strengths and weaknesses relative to the others), peer groups, and the rank shifts between
 * two builds (COINr get_results, get_unit_summary, get_str_weak, compare_coins).
 */
public final class Results {
    private Results() {
    }

    /** Ranks (1 = best, ties share the best rank) of every column of a data set. */
    public static Dataset ranks(Dataset d) {
        double[][] r = new double[d.columnCount()][];
        for (int j = 0; j < r.length; j++) {
            r[j] = Stats.rank(d.column(j), true);
        }
        return new Dataset(d.name() + "Ranks", d.units(), d.codes(), r);
    }

    /** The results table: per unit, the score and rank of each aggregate, top level first, sorted by the top. */
    public static List<List<String>> table(Coin coin, Dataset aggregated, List<String> header) {
        Framework f = coin.framework();
        List<String> codes = new ArrayList<>();
        for (int l = f.maxLevel(); l >= 2; l--) {
            f.level(l).forEach(n -> codes.add(n.code()));
        }
        header.add("uCode");
        header.add("uName");
        for (String c : codes) {
            header.add(c);
            header.add(c + "_Rank");
        }
        double[][] s = aggregated.columns(codes);
        double[][] r = new double[s.length][];
        for (int k = 0; k < s.length; k++) {
            r[k] = Stats.rank(s[k], true);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < aggregated.unitCount(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> Double.isNaN(r[0][i]) ? Double.MAX_VALUE : r[0][i]));
        List<List<String>> rows = new ArrayList<>();
        for (int i : order) {
            List<String> row = new ArrayList<>();
            String u = aggregated.units().get(i);
            row.add(u);
            row.add(coin.units().names().get(coin.units().codes().indexOf(u)));
            for (int k = 0; k < codes.size(); k++) {
                row.add(fmt(s[k][i]));
                row.add(Double.isNaN(r[k][i]) ? "NA" : Integer.toString((int) r[k][i]));
            }
            rows.add(row);
        }
        return rows;
    }

    /** One entry of a unit's profile. */
    public record ProfileEntry(String code, String name, int level, double score, int rank, int of) {
    }

    /**
     * A unit's profile: every indicator and aggregate with its score and rank among all units;
     * {@link #strengths} and {@link #weaknesses} pick the indicators it ranks best and worst in.
     */
    public static List<ProfileEntry> profile(Coin coin, Dataset aggregated, String unit) {
        int i = aggregated.units().indexOf(unit);
        if (i < 0) {
            throw pl.miasto4.index.IndexInputException.of("no unit " + unit);
        }
        List<ProfileEntry> out = new ArrayList<>();
        for (String code : aggregated.codes()) {
            double[] col = aggregated.column(code);
            double[] r = Stats.rank(col, true);
            Node n = coin.framework().node(code);
            out.add(new ProfileEntry(code, n == null ? code : n.name(), n == null ? 1 : n.level(), col[i],
                    Double.isNaN(r[i]) ? -1 : (int) r[i], Stats.count(col)));
        }
        return out;
    }

    public static List<ProfileEntry> strengths(List<ProfileEntry> profile, int k) {
        return profile.stream().filter(e -> e.level() == 1 && e.rank() > 0)
                .sorted(Comparator.comparingInt(ProfileEntry::rank)).limit(k).toList();
    }

    public static List<ProfileEntry> weaknesses(List<ProfileEntry> profile, int k) {
        return profile.stream().filter(e -> e.level() == 1 && e.rank() > 0)
                .sorted(Comparator.comparingInt(ProfileEntry::rank).reversed()).limit(k).toList();
    }

    /**
     * Peer group of a unit: the {@code k} units nearest to it in Euclidean distance over the
     * scores of the given level's aggregates (e.g. pillars), i.e. those with the most similar profile.
     */
    public static List<String> peers(Coin coin, Dataset aggregated, String unit, int level, int k) {
        List<String> codes = coin.framework().level(level).stream().map(Node::code).toList();
        double[][] s = aggregated.columns(codes);
        int i = aggregated.units().indexOf(unit);
        List<double[]> dist = new ArrayList<>();
        for (int j = 0; j < aggregated.unitCount(); j++) {
            if (j == i) {
                continue;
            }
            double d = 0;
            for (double[] c : s) {
                double diff = c[i] - c[j];
                d += Double.isNaN(diff) ? 0 : diff * diff;
            }
            dist.add(new double[]{Math.sqrt(d), j});
        }
        dist.sort(Comparator.comparingDouble(a -> a[0]));
        return dist.stream().limit(k).map(a -> aggregated.units().get((int) a[1])).toList();
    }

    /** Rank shift of each unit for one code between two builds (B − A; negative = moved up). */
    public static List<List<String>> compare(Dataset a, Dataset b, String code, List<String> header) {
        header.addAll(List.of("uCode", "ScoreA", "RankA", "ScoreB", "RankB", "RankShift"));
        double[] sa = a.column(code), sb = b.column(code);
        double[] ra = Stats.rank(sa, true), rb = Stats.rank(sb, true);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < a.unitCount(); i++) {
            int j = b.units().indexOf(a.units().get(i));
            double rbj = j < 0 ? Double.NaN : rb[j];
            rows.add(List.of(a.units().get(i), fmt(sa[i]), fmt(ra[i]), j < 0 ? "NA" : fmt(sb[j]), fmt(rbj),
                    fmt(rbj - ra[i])));
        }
        return rows;
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "NA" : v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
