package pl.miasto4.maturity.benchmark;

import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.assessment.DemoAssessments;
import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.MaturityScorer;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchmarkingTest {
    private final ModelLibrary library = ModelLibrary.builtIn();
    private final MaturityModel model = library.model("miasto40").orElseThrow();
    private final List<MaturityProfile> profiles = DemoAssessments.load(library).stream()
            .map(a -> new MaturityScorer(model).score(a, Map.of())).toList();

    @Test
    void krakowAgainstTheOtherFiveCities() {
        Benchmark b = new Benchmarking(model).compare("1261011", profiles, 400, 42);
        Benchmark.Gap mobility = b.dimensionGaps().stream().filter(g -> g.key().equals("mobility")).findFirst().orElseThrow();
        assertThat(mobility.subject()).as("Kraków answered one of three mobility criteria: too little to score").isEmpty();
        assertThat(mobility.toMean()).isEmpty();
        assertThat(mobility.peerMean()).isPresent();
        Benchmark.Gap strategy = b.dimensionGaps().stream().filter(g -> g.key().equals("foundations")).findFirst().orElseThrow();
        assertThat(strategy.subject()).isPresent();
        assertThat(strategy.toMean().getAsDouble())
                .isCloseTo(strategy.subject().getAsDouble() - strategy.peerMean().getAsDouble(), within(1e-12));
        assertThat(b.componentGaps()).hasSize(4);
        assertThat(b.ranking()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.low()).isLessThanOrEqualTo(r.high());
            assertThat(r.low()).isBetween(1, b.ranking().size());
            assertThat(r.high()).isBetween(1, b.ranking().size());
        });
        assertThat(b.ranking()).extracting(Benchmark.RankInterval::rank).isSorted();
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        Benchmarking benchmarking = new Benchmarking(model);
        assertThat(benchmarking.rank(profiles, 200, 7)).isEqualTo(benchmarking.rank(profiles, 200, 7));
    }

    @Test
    void competitionRanksShareTies() {
        assertThat(Benchmarking.ranksOf(new double[]{3.0, 4.5, 3.0, 2.0})).containsExactly(2, 1, 2, 4);
    }
}
