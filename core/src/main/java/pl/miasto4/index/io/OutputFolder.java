package pl.miasto4.index.io;

import pl.miasto4.index.Coin;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.StepRecord;
import pl.miasto4.index.audit.Audit;
import pl.miasto4.index.results.Results;
import pl.miasto4.index.uncertainty.UncertaintyResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a build or an uncertainty analysis to a folder of CSV files (layout in docs/index.md):
 * every data set as {@code <Dataset>.csv}, {@code Results.csv} (scores and ranks), {@code Ranks.csv},
 * each step's report as {@code Step<k>_<type>.csv}, the audit as {@code Audit_*.csv}.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** Writes the build; returns the files written. */
    public static List<Path> writeBuild(Coin coin, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (Dataset d : coin.datasets().values()) {
            Path p = dir.resolve(d.name() + ".csv");
            CoinrCsv.write(d, p);
            out.add(p);
        }
        int k = 1;
        for (StepRecord r : coin.log()) {
            if (!r.reportHeader().isEmpty()) {
                Path p = dir.resolve("Step" + k + "_" + r.step().type() + ".csv");
                CoinrCsv.writeTable(r.reportHeader(), r.reportRows(), p);
                out.add(p);
            }
            k++;
        }
        Dataset last = coin.latest();
        String top = coin.framework().level(coin.framework().maxLevel()).get(0).code();
        if (last.has(top)) {
            List<String> h = new ArrayList<>();
            List<List<String>> rows = Results.table(coin, last, h);
            out.add(table(dir, "Results.csv", h, rows));
            Dataset ranks = Results.ranks(last);
            Path p = dir.resolve("Ranks.csv");
            CoinrCsv.write(ranks, p);
            out.add(p);
            h = new ArrayList<>();
            rows = Audit.parentCorrelations(coin, last, h);
            out.add(table(dir, "Audit_ParentCorrelations.csv", h, rows));
            h = new ArrayList<>();
            rows = Audit.withinCorrelations(coin, last, h);
            out.add(table(dir, "Audit_Correlations.csv", h, rows));
            h = new ArrayList<>();
            rows = Audit.consistency(coin, last, h);
            out.add(table(dir, "Audit_Consistency.csv", h, rows));
        }
        Dataset raw = coin.dataset(Coin.RAW);
        List<String> h = new ArrayList<>();
        List<List<String>> rows = Audit.unitAvailability(raw, h);
        out.add(table(dir, "Audit_UnitAvailability.csv", h, rows));
        h = new ArrayList<>();
        rows = Audit.indicatorAvailability(raw, h);
        out.add(table(dir, "Audit_IndicatorAvailability.csv", h, rows));
        return out;
    }

    /** Rank shifts of the top aggregate between two builds of the same units: {@code RankShifts.csv}. */
    public static Path writeComparison(Coin a, Coin b, Path dir) throws IOException {
        String top = a.framework().level(a.framework().maxLevel()).get(0).code();
        List<String> h = new ArrayList<>();
        List<List<String>> rows = Results.compare(a.latest(), b.latest(), top, h);
        return table(dir, "RankShifts.csv", h, rows);
    }

    public static List<Path> writeUncertainty(UncertaintyResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (UncertaintyResult.RankStats s : r.ranks()) {
            rows.add(List.of(s.unit(), CoinrCsv.format(s.nominalScore()), Integer.toString(s.nominalRank()),
                    CoinrCsv.format(s.mean()), CoinrCsv.format(s.median()), CoinrCsv.format(s.q05()),
                    CoinrCsv.format(s.q95()), Integer.toString(s.count())));
        }
        out.add(table(dir, "RankStats.csv", List.of("uCode", "NominalScore", "Nominal", "Mean", "Median", "Q5", "Q95",
                "Replications"), rows));
        rows = new ArrayList<>();
        rows.add(List.of("(all)", Integer.toString(r.replications()), Integer.toString(r.failed())));
        for (Map.Entry<String, Integer> e : r.failureReasons().entrySet()) {
            rows.add(List.of(e.getKey(), "", Integer.toString(e.getValue())));
        }
        out.add(table(dir, "Failures.csv", List.of("Reason", "Replications", "Failed"), rows));
        if (!r.sensitivity().isEmpty()) {
            rows = new ArrayList<>();
            for (UncertaintyResult.Sensitivity s : r.sensitivity()) {
                rows.add(List.of(s.choice(), CoinrCsv.format(s.first()), CoinrCsv.format(s.total()),
                        Integer.toString(s.usedSamples())));
            }
            out.add(table(dir, "Sensitivity.csv", List.of("Choice", "Si", "STi", "SamplesUsed"), rows));
        }
        return out;
    }

    private static Path table(Path dir, String name, List<String> header, List<List<String>> rows) throws IOException {
        Path p = dir.resolve(name);
        CoinrCsv.writeTable(header, rows, p);
        return p;
    }
}
