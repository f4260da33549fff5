package pl.miasto4.app.index;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.io.CoinrCsv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV downloads of a build, in the layouts of {@code miasto index build} (docs/index.md): data sets
 * as COINr's get_dset (uCode, then one column per code; NA for missing), results with a score and
 * rank column per code, rank statistics as RankStats.csv, the inputs with their periods.
 */
final class IndexCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private IndexCsv() {
    }

    static void dataset(Dataset d, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            List<String> head = new ArrayList<>();
            head.add("uCode");
            head.addAll(d.codes());
            p.printRecord(pl.miasto4.tabular.SafeCells.row(head));
            for (int i = 0; i < d.unitCount(); i++) {
                List<String> r = new ArrayList<>();
                r.add(d.units().get(i));
                for (int j = 0; j < d.columnCount(); j++) {
                    r.add(CoinrCsv.format(d.value(i, j)));
                }
                p.printRecord(pl.miasto4.tabular.SafeCells.row(r));
            }
        }
    }

    static void results(IndexViews.ResultsView v, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            List<String> head = new ArrayList<>(List.of("uCode", "uName"));
            for (IndexViews.FrameworkNode c : v.columns()) {
                head.add(c.code());
                head.add(c.code() + "_Rank");
            }
            p.printRecord(pl.miasto4.tabular.SafeCells.row(head));
            for (IndexViews.UnitResult u : v.units()) {
                List<String> r = new ArrayList<>(List.of(u.unit(), u.name()));
                for (IndexViews.FrameworkNode c : v.columns()) {
                    r.add(num(u.scores().get(c.code())));
                    Integer rank = u.ranks().get(c.code());
                    r.add(rank == null ? "NA" : rank.toString());
                }
                p.printRecord(pl.miasto4.tabular.SafeCells.row(r));
            }
        }
    }

    static void rankStats(IndexViews.UncertaintyView v, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(pl.miasto4.tabular.SafeCells.row("uCode", "uName", "NominalScore", "Nominal", "Mean", "Median", "Q5", "Q95", "Replications"));
            for (IndexViews.RankStatsView r : v.ranks()) {
                p.printRecord(pl.miasto4.tabular.SafeCells.row(r.unit(), r.name(), num(r.nominalScore()), r.nominalRank() == null ? "NA" : r.nominalRank(),
                        num(r.meanRank()), num(r.medianRank()), num(r.q05Rank()), num(r.q95Rank()), r.replications()));
            }
        }
    }

    static void inputs(StoreInput in, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(pl.miasto4.tabular.SafeCells.row("unit", "indicator", "period", "value", "flags"));
            for (StoreInput.Value v : in.values()) {
                p.printRecord(pl.miasto4.tabular.SafeCells.row(v.unit(), v.code(), v.period(), CoinrCsv.format(v.value()), v.flags()));
            }
        }
    }

    static void shifts(IndexViews.ComparisonView v, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(pl.miasto4.tabular.SafeCells.row("uCode", "uName", "ScoreA", "RankA", "ScoreB", "RankB", "RankShift"));
            for (IndexViews.RankShift s : v.shifts()) {
                p.printRecord(pl.miasto4.tabular.SafeCells.row(s.unit(), s.name(), num(s.scoreA()), s.rankA() == null ? "NA" : s.rankA(), num(s.scoreB()),
                        s.rankB() == null ? "NA" : s.rankB(), s.shift() == null ? "NA" : s.shift()));
            }
        }
    }

    private static String num(Double v) {
        return v == null ? "NA" : Double.toString(v);
    }
}
