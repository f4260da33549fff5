package pl.miasto4.app.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.results.Results;
import pl.miasto4.index.stats.Stats;
import pl.miasto4.index.uncertainty.UncertaintyResult;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the index API returns and the pages show, read out of a run: results at every level, a
 * unit's profile against its peers, the audit, the uncertainty analysis, recipe comparisons.
 * Missing numbers are null (never NaN) and names are in the reader's language.
 */
@Component
public class IndexViews {
    /** Size of a unit's peer group (the units with the most similar pillar scores). */
    static final int PEERS = 5;

    private final IndexLabels labels;

    public IndexViews(IndexLabels labels) {
        this.labels = labels;
    }

    // ---- shapes -------------------------------------------------------------------------------

    @Schema(description = "An indicator or aggregate of the framework")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record FrameworkNode(String code, String name, int level, String parent, double weight, Integer direction,
                           String denominator, String unit) {
    }

    @Schema(description = "A saved build as listed")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record BuildSummary(long id, String name, String description, int units, int indicators, String target,
                               String recipe, String createdBy, OffsetDateTime createdAt, OffsetDateTime asOf) {
    }

    @Schema(description = "A saved build: what was chosen and run, and whether rebuilding it gives the stored results")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record BuildView(long id, String name, String description, StoreSelection selection, String recipe,
                            String uncertainty, OffsetDateTime asOf, String target, String createdBy, OffsetDateTime createdAt,
                            List<FrameworkNode> framework, List<String> groups, List<String> denominators, int units,
                            StoreInput.Coverage coverage,
                            @Schema(description = "Rebuilding the stored inputs with this version of the engine gives the stored scores (to 1e-9)")
                            boolean reproduced, double maxDifference, double buildMs, Double uncertaintyMs,
                            String uncertaintyError) {
    }

    @Schema(description = "One unit's scores and ranks of every indicator (normalised) and aggregate")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record UnitResult(String unit, String name, Double score, Integer rank, Map<String, Double> scores,
                             Map<String, Integer> ranks) {
    }

    @Schema(description = "Scores and ranks at every level, units in the order of the index")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record ResultsView(String target, List<FrameworkNode> columns, List<UnitResult> units) {
    }

    @Schema(description = "A build run without saving it")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record RunView(StoreSelection selection, String recipe, StoreInput.Coverage coverage, ResultsView results,
                          UncertaintyView uncertainty, String uncertaintyError, double buildMs, double uncertaintyMs) {
    }

    @Schema(description = "One indicator or aggregate in a unit's profile")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record ProfileEntry(String code, String name, int level, String parent, Double score, Integer rank, int of,
                               @Schema(description = "Mean score of the unit's peers") Double peerMean,
                               @Schema(description = "Median score of all units") Double median,
                               @Schema(description = "Score minus the peers' mean: positive is a strength") Double versusPeers,
                               @Schema(description = "Input value (indicators), in the indicator's unit") Double value,
                               String period, String flags) {
    }

    @Schema(description = "A unit's profile: strengths and weaknesses relative to its peers")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record ProfileView(String unit, String name, String target, Double score, Integer rank, int of,
                              List<PeerUnit> peers, int peerLevel, List<ProfileEntry> entries, List<String> strengths,
                              List<String> weaknesses, RankStatsView uncertainty) {
    }

    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record PeerUnit(String unit, String name, Double score, Integer rank) {
    }

    @Schema(description = "Rank statistics of a unit over the uncertainty analysis")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record RankStatsView(String unit, String name, Double nominalScore, Integer nominalRank, Double meanRank,
                                Double medianRank, Double q05Rank, Double q95Rank, int replications) {
    }

    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record SensitivityView(String choice, Double firstOrder, Double total, int samplesUsed) {
    }

    @Schema(description = "Uncertainty and sensitivity analysis of the index ranks")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record UncertaintyView(String target, int replications, int failed, Map<String, Integer> failureReasons,
                                  List<RankStatsView> ranks, List<SensitivityView> sensitivity, String specification) {
    }

    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record ParentCorrelation(String code, String name, int level, String parent, Double correlation, boolean negative) {
    }

    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record AggregateConsistency(String aggregate, String name, int level, int children, Double cronbachAlpha,
                              Double pc1VarianceExplained, int componentsEigenvalueAbove1) {
    }

    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record DataAvailability(String code, String name, int present, int missing, double share) {
    }

    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record StepReport(int position, String step, String wrote, boolean dataset, List<String> header, List<List<String>> rows) {
    }

    @Schema(description = "ParentCorrelation matrix (Pearson, pairwise complete) in framework order; a pair with no defined correlation has no cell")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record CorrelationMatrix(List<String> codes, List<String> names, List<CorrelationCell> cells) {
    }

    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record CorrelationCell(int row, int column, double r) {
    }

    @Schema(description = "Statistical audit of a build")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record AuditView(List<ParentCorrelation> parentCorrelations, CorrelationMatrix indicatorCorrelations, CorrelationMatrix aggregateCorrelations,
                            List<AggregateConsistency> consistency, List<DataAvailability> indicatorAvailability,
                            List<DataAvailability> unitAvailability, List<StepReport> steps) {
    }

    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record RankShift(String unit, String name, Double scoreA, Integer rankA, Double scoreB, Integer rankB,
                        @Schema(description = "rankB − rankA: negative = moved up") Integer shift) {
    }

    @Schema(description = "Rank shifts of the index between two recipes on the same inputs")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.NON_NULL)
    public record ComparisonView(String target, String recipeA, String recipeB, List<RankShift> shifts, int moved,
                                 double meanAbsoluteShift, int largestShift) {
    }

    // ---- conversions ----------------------------------------------------------------------------

    static Double num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    List<FrameworkNode> nodes(Framework f, IndexLabels.Names names) {
        List<FrameworkNode> out = new ArrayList<>();
        for (Node n : f.nodes()) {
            out.add(new FrameworkNode(n.code(), names.code(n.code()), n.level(), n.parent(), n.weight(),
                    n.isIndicator() ? n.direction() : null, n.denominator(), n.unit()));
        }
        return out;
    }

    public BuildSummary summary(IndexBuildRepository.Saved s) {
        String recipeName = pl.miasto4.index.io.RecipeYaml.parse(s.recipe(), "recipe of build " + s.id()).name();
        return new BuildSummary(s.id(), s.name(), s.description(), s.units(), s.indicators(), s.target(), recipeName,
                s.createdBy(), s.createdAt(), s.asOf());
    }

    public BuildView build(IndexService.Saved s, Locale locale) {
        IndexBuildRepository.Saved m = s.meta();
        IndexRun run = s.run();
        IndexLabels.Names names = labels.names(run, locale);
        Framework f = run.input().framework();
        return new BuildView(m.id(), m.name(), m.description(), m.selection(), m.recipe(), m.uncertainty(), m.asOf(),
                m.target(), m.createdBy(), m.createdAt(), nodes(f, names), f.groups(), f.denominators(),
                run.input().units().size(), run.input().coverage(), s.reproduced(), s.maxDifference(), m.buildMs(),
                m.uncertaintyMs(), m.uncertaintyError());
    }

    public RunView run(IndexRun run, Locale locale) {
        IndexLabels.Names names = labels.names(run, locale);
        return new RunView(run.selection().withAsOf(run.input().asOf()), run.recipeYaml(), run.input().coverage(),
                results(run, names), uncertainty(run, names), run.uncertaintyError(), run.buildMs(), run.uncertaintyMs());
    }

    public ResultsView results(IndexRun run, Locale locale) {
        return results(run, labels.names(run, locale));
    }

    ResultsView results(IndexRun run, IndexLabels.Names names) {
        Dataset d = run.results();
        Framework f = run.coin().framework();
        List<FrameworkNode> columns = new ArrayList<>();
        for (FrameworkNode n : nodes(f, names)) {
            if (d.has(n.code())) {
                columns.add(n);
            }
        }
        // aggregates first, top level first, then the indicators (COINr get_results order)
        columns.sort(Comparator.comparingInt(FrameworkNode::level).reversed());
        Map<String, double[]> ranks = new HashMap<>();
        for (FrameworkNode c : columns) {
            ranks.put(c.code(), Stats.rank(d.column(c.code()), true));
        }
        String target = run.target();
        boolean hasTarget = d.has(target);
        List<UnitResult> rows = new ArrayList<>();
        for (int i = 0; i < d.unitCount(); i++) {
            Map<String, Double> sc = new LinkedHashMap<>();
            Map<String, Integer> rk = new LinkedHashMap<>();
            for (FrameworkNode c : columns) {
                double v = d.value(i, d.indexOf(c.code()));
                sc.put(c.code(), num(v));
                double r = ranks.get(c.code())[i];
                rk.put(c.code(), Double.isNaN(r) ? null : (int) r);
            }
            String u = d.units().get(i);
            rows.add(new UnitResult(u, names.unit(u), hasTarget ? sc.get(target) : null, hasTarget ? rk.get(target) : null, sc, rk));
        }
        rows.sort(Comparator.comparing((UnitResult r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(UnitResult::name));
        return new ResultsView(target, columns, rows);
    }

    public UncertaintyView uncertainty(IndexRun run, Locale locale) {
        return uncertainty(run, labels.names(run, locale));
    }

    UncertaintyView uncertainty(IndexRun run, IndexLabels.Names names) {
        UncertaintyResult u = run.uncertainty();
        if (u == null) {
            return null;
        }
        List<RankStatsView> ranks = new ArrayList<>();
        for (UncertaintyResult.RankStats r : u.ranks()) {
            ranks.add(rankStats(r, names));
        }
        ranks.sort(Comparator.comparing((RankStatsView r) -> r.nominalRank() == null ? Integer.MAX_VALUE : r.nominalRank())
                .thenComparing(RankStatsView::name));
        List<SensitivityView> sens = u.sensitivity().stream()
                .map(s -> new SensitivityView(s.choice(), num(s.first()), num(s.total()), s.usedSamples())).toList();
        return new UncertaintyView(run.target(), u.replications(), u.failed(), u.failureReasons(), ranks, sens,
                run.uncertaintyYaml());
    }

    static RankStatsView rankStats(UncertaintyResult.RankStats r, IndexLabels.Names names) {
        return new RankStatsView(r.unit(), names.unit(r.unit()), num(r.nominalScore()), r.nominalRank() > 0 ? r.nominalRank() : null,
                num(r.mean()), num(r.median()), num(r.q05()), num(r.q95()), r.count());
    }

    public ProfileView profile(IndexRun run, String unit, Locale locale) {
        IndexLabels.Names names = labels.names(run, locale);
        Dataset d = run.results();
        int i = d.units().indexOf(unit);
        if (i < 0) {
            return null;
        }
        Framework f = run.coin().framework();
        int peerLevel = f.maxLevel() > 2 ? 2 : 1;
        List<String> peerCodes = Results.peers(run.coin(), d, unit, peerLevel, Math.min(PEERS, d.unitCount() - 1));
        List<Integer> peerRows = peerCodes.stream().map(d.units()::indexOf).toList();
        Map<String, StoreInput.Value> values = new HashMap<>();
        for (StoreInput.Value v : run.input().values()) {
            if (v.unit().equals(unit)) {
                values.put(v.code(), v);
            }
        }
        String target = run.target();
        List<ProfileEntry> entries = new ArrayList<>();
        for (Node n : f.nodes()) {
            if (!d.has(n.code())) {
                continue;
            }
            double[] col = d.column(n.code());
            double[] rank = Stats.rank(col, true);
            double peerSum = 0;
            int peerN = 0;
            for (int p : peerRows) {
                if (!Double.isNaN(col[p])) {
                    peerSum += col[p];
                    peerN++;
                }
            }
            double peerMean = peerN == 0 ? Double.NaN : peerSum / peerN;
            StoreInput.Value v = values.get(n.code());
            entries.add(new ProfileEntry(n.code(), names.code(n.code()), n.level(), n.parent(), num(col[i]),
                    Double.isNaN(rank[i]) ? null : (int) rank[i], Stats.count(col), num(peerMean), num(Stats.median(col)),
                    num(col[i] - peerMean), v == null ? null : v.value(), v == null ? null : v.period(),
                    v == null ? null : v.flags()));
        }
        List<ProfileEntry> indicators = entries.stream().filter(e -> e.level() == 1 && e.versusPeers() != null).toList();
        List<String> strengths = indicators.stream().filter(e -> e.versusPeers() > 0)
                .sorted(Comparator.comparing(ProfileEntry::versusPeers).reversed()).limit(3).map(ProfileEntry::code).toList();
        List<String> weaknesses = indicators.stream().filter(e -> e.versusPeers() < 0)
                .sorted(Comparator.comparing(ProfileEntry::versusPeers)).limit(3).map(ProfileEntry::code).toList();
        List<PeerUnit> peers = new ArrayList<>();
        boolean hasTarget = d.has(target);
        double[] top = hasTarget ? d.column(target) : null;
        double[] topRank = hasTarget ? Stats.rank(top, true) : null;
        for (String p : peerCodes) {
            int k = d.units().indexOf(p);
            peers.add(new PeerUnit(p, names.unit(p), hasTarget ? num(top[k]) : null,
                    hasTarget && !Double.isNaN(topRank[k]) ? (int) topRank[k] : null));
        }
        RankStatsView rs = null;
        if (run.uncertainty() != null) {
            rs = run.uncertainty().ranks().stream().filter(r -> r.unit().equals(unit)).findFirst()
                    .map(r -> rankStats(r, names)).orElse(null);
        }
        return new ProfileView(unit, names.unit(unit), target, hasTarget ? num(top[i]) : null,
                hasTarget && !Double.isNaN(topRank[i]) ? (int) topRank[i] : null, hasTarget ? Stats.count(top) : 0,
                peers, peerLevel, entries, strengths, weaknesses, rs);
    }

    /** Rank shifts of the index from run {@code a} to run {@code b} (same units). */
    public ComparisonView compare(IndexRun a, IndexRun b, Locale locale) {
        IndexLabels.Names names = labels.names(a, locale);
        String target = a.target();
        if (!a.results().has(target) || !b.results().has(target)) {
            throw pl.miasto4.index.IndexInputException.of("both recipes must aggregate up to " + target);
        }
        double[] sa = a.results().column(target), sb = b.results().column(target);
        double[] ra = Stats.rank(sa, true), rb = Stats.rank(sb, true);
        List<RankShift> out = new ArrayList<>();
        int moved = 0, largest = 0;
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < sa.length; i++) {
            String u = a.results().units().get(i);
            int j = b.results().units().indexOf(u);
            Integer rA = Double.isNaN(ra[i]) ? null : (int) ra[i];
            Integer rB = j < 0 || Double.isNaN(rb[j]) ? null : (int) rb[j];
            Integer shift = rA == null || rB == null ? null : rB - rA;
            if (shift != null) {
                counted++;
                sum += Math.abs(shift);
                largest = Math.max(largest, Math.abs(shift));
                if (shift != 0) {
                    moved++;
                }
            }
            out.add(new RankShift(u, names.unit(u), num(sa[i]), rA, j < 0 ? null : num(sb[j]), rB, shift));
        }
        out.sort(Comparator.comparing((RankShift s) -> s.rankB() == null ? Integer.MAX_VALUE : s.rankB()).thenComparing(RankShift::name));
        return new ComparisonView(target, a.recipe().name(), b.recipe().name(), out, moved, counted == 0 ? 0 : sum / counted, largest);
    }
}
