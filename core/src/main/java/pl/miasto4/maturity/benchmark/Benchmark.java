package pl.miasto4.maturity.benchmark;

import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.Score;
import pl.miasto4.maturity.model.Component;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A city compared with its peers under one model: every city's profile (for side-by-side radar
 * charts), the subject's gaps per dimension and component to the peers' mean and best, and the
 * overall ranking with rank intervals.
 */
public record Benchmark(String subjectCode, List<MaturityProfile> profiles, List<Gap> dimensionGaps,
                        List<Gap> componentGaps, List<RankInterval> ranking) {

    /**
     * The subject's score against the peers: {@code toMean} and {@code toBest} are subject − peers
     * (negative = behind). Empty when the subject or every peer lacks a score there.
     */
    public record Gap(String key, OptionalDouble subject, OptionalDouble peerMean, OptionalDouble peerBest,
                      String bestCity, OptionalDouble toMean, OptionalDouble toBest) {
    }

    /**
     * A city's overall rank: the rank of its observed score, and the 5th–95th percentile interval
     * of its rank when levels are redrawn within their uncertainty (Monte Carlo).
     */
    public record RankInterval(String cityCode, String cityName, OptionalDouble overall, int rank, int low, int high,
                               double medianRank) {
    }

    static OptionalDouble componentValue(MaturityProfile p, Component c) {
        return p.components().get(c).value();
    }

    static OptionalDouble dimensionValue(MaturityProfile p, String dimensionId) {
        Map<String, Score> d = p.dimensions();
        return d.containsKey(dimensionId) ? d.get(dimensionId).value() : OptionalDouble.empty();
    }
}
