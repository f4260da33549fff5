package pl.miasto4.maturity.benchmark;

import pl.miasto4.maturity.assessment.Consensus;
import pl.miasto4.maturity.assessment.CriterionResult;
import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.MaturityScorer;
import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.Dimension;
import pl.miasto4.maturity.model.MaturityModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Compares a city with peers and ranks them with uncertainty.
 * <p>
 * Uncertainty of a judged level: σ² = s² + ((1 − c) · 1.5)², where s is the standard deviation
 * between respondents and c their mean confidence (an answer given with confidence 0 may be off by
 * about ±1.5 levels, one given with confidence 1 by nothing beyond the respondents' disagreement).
 * Levels computed from indicators are taken as measured (σ = 0). Each Monte Carlo draw samples
 * every judged level from N(level, σ²) clamped to 1–5, rolls the profile up with the model's rules
 * and ranks the cities by overall score; the rank interval is the 5th–95th percentile of a city's
 * ranks. The seed is fixed, so a benchmark is reproducible.
 */
public final class Benchmarking {
    private static final double MAX_SD_WHEN_UNSURE = 1.5;
    private final MaturityModel model;
    private final MaturityScorer scorer;

    public Benchmarking(MaturityModel model) {
        this.model = model;
        this.scorer = new MaturityScorer(model);
    }

    /**
     * @param subjectCode the TERYT code of the city benchmarked
     * @param profiles    the subject and its peers (all cities when no peer group is chosen)
     */
    public Benchmark compare(String subjectCode, List<MaturityProfile> profiles, int draws, long seed) {
        MaturityProfile subject = profiles.stream().filter(p -> p.city().code().equals(subjectCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no profile of city " + subjectCode));
        List<MaturityProfile> peers = profiles.stream().filter(p -> p != subject).toList();
        List<Benchmark.Gap> dimensionGaps = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            dimensionGaps.add(gap(d.id(), subject, peers, p -> Benchmark.dimensionValue(p, d.id())));
        }
        List<Benchmark.Gap> componentGaps = new ArrayList<>();
        for (Component c : Component.values()) {
            componentGaps.add(gap(c.code(), subject, peers, p -> Benchmark.componentValue(p, c)));
        }
        return new Benchmark(subjectCode, profiles, dimensionGaps, componentGaps, rank(profiles, draws, seed));
    }

    private static Benchmark.Gap gap(String key, MaturityProfile subject, List<MaturityProfile> peers,
                                     Function<MaturityProfile, OptionalDouble> value) {
        OptionalDouble own = value.apply(subject);
        OptionalDouble mean = peers.stream().map(value).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
        MaturityProfile best = peers.stream().filter(p -> value.apply(p).isPresent())
                .max(Comparator.comparingDouble(p -> value.apply(p).getAsDouble())).orElse(null);
        OptionalDouble bestValue = best == null ? OptionalDouble.empty() : value.apply(best);
        return new Benchmark.Gap(key, own, mean, bestValue, best == null ? "" : best.city().name(),
                own.isPresent() && mean.isPresent() ? OptionalDouble.of(own.getAsDouble() - mean.getAsDouble()) : OptionalDouble.empty(),
                own.isPresent() && bestValue.isPresent() ? OptionalDouble.of(own.getAsDouble() - bestValue.getAsDouble()) : OptionalDouble.empty());
    }

    /** Ranks the cities with an overall score (the others cannot be ranked and are left out). */
    public List<Benchmark.RankInterval> rank(List<MaturityProfile> profiles, int draws, long seed) {
        List<MaturityProfile> ranked = profiles.stream().filter(p -> p.overall().value().isPresent()).toList();
        int n = ranked.size();
        int[][] ranks = new int[n][draws];
        SplittableRandom random = new SplittableRandom(seed);
        for (int draw = 0; draw < draws; draw++) {
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                MaturityProfile sampled = scorer.rollUp(ranked.get(i), sample(ranked.get(i), random));
                scores[i] = sampled.overall().value().orElse(sampled.overall().partial().orElse(0));
            }
            int[] r = ranksOf(scores);
            for (int i = 0; i < n; i++) {
                ranks[i][draw] = r[i];
            }
        }
        double[] observed = ranked.stream().mapToDouble(p -> p.overall().value().getAsDouble()).toArray();
        int[] observedRanks = ranksOf(observed);
        List<Benchmark.RankInterval> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] sorted = ranks[i].clone();
            Arrays.sort(sorted);
            out.add(new Benchmark.RankInterval(ranked.get(i).city().code(), ranked.get(i).city().name(),
                    ranked.get(i).overall().value(), observedRanks[i], percentile(sorted, 0.05),
                    percentile(sorted, 0.95), median(sorted)));
        }
        out.sort(Comparator.comparingInt(Benchmark.RankInterval::rank).thenComparing(Benchmark.RankInterval::cityName));
        return out;
    }

    private Map<String, CriterionResult> sample(MaturityProfile profile, SplittableRandom random) {
        Map<String, CriterionResult> out = new LinkedHashMap<>();
        profile.criteria().forEach((id, r) -> {
            if (r.consensus().isEmpty() || r.level().isEmpty()) {
                out.put(id, r);
                return;
            }
            Consensus k = r.consensus().get();
            double unsure = (1 - k.meanConfidence()) * MAX_SD_WHEN_UNSURE;
            double sd = Math.sqrt(k.standardDeviation() * k.standardDeviation() + unsure * unsure);
            double judged = k.level() + sd * gaussian(random);
            double clamped = Math.max(MaturityModel.MIN_LEVEL, Math.min(MaturityModel.MAX_LEVEL, judged));
            // a level capped by measured use stays capped
            double level = r.indicatorLevel().isPresent() && r.level().getAsDouble() < k.level()
                    ? Math.min(clamped, r.indicatorLevel().getAsDouble()) : clamped;
            out.put(id, new CriterionResult(id, r.status(), OptionalDouble.of(level), r.consensus(), r.indicatorLevel(),
                    r.readings(), r.missingIndicators()));
        });
        return out;
    }

    /** Standard normal draw (Box–Muller). */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Competition ranks: 1 for the highest score; equal scores share the better rank. */
    static int[] ranksOf(double[] scores) {
        int[] ranks = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int better = 0;
            for (double other : scores) {
                if (other > scores[i] + 1e-12) {
                    better++;
                }
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }

    private static int percentile(int[] sorted, double p) {
        int index = (int) Math.round(p * (sorted.length - 1));
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double median(int[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
