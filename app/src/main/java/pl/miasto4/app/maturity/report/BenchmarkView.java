package pl.miasto4.app.maturity.report;

import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.benchmark.Benchmark;
import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.Dimension;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static pl.miasto4.app.maturity.report.ProfileView.d;

/** A benchmark in plain values: each city's scores side by side, the subject's gaps, and ranks with their intervals. */
public record BenchmarkView(String subject, List<String> dimensionIds, Map<String, Text> dimensionNames,
                            List<CityScores> cities, List<PeerGap> dimensionGaps, List<PeerGap> componentGaps,
                            List<RankView> ranking, int draws) {

    /** A city's dimension and component scores (null where it has none) and its overall score. */
    public record CityScores(String unitCode, String name, String assessmentCode, Map<String, Double> dimensions,
                             Map<String, Double> components, Double overall) {
    }

    public record PeerGap(String key, Text name, Double subject, Double peerMean, Double peerBest, String bestCity,
                          Double toMean, Double toBest) {
    }

    public record RankView(String unitCode, String name, Double overall, int rank, int low, int high, double medianRank) {
    }

    static BenchmarkView of(Benchmark b, MaturityModel model, Map<String, String> assessmentCodes, int draws) {
        Map<String, Text> names = new LinkedHashMap<>();
        model.dimensions().forEach(dim -> names.put(dim.id(), dim.name()));
        List<CityScores> cities = new ArrayList<>();
        for (MaturityProfile p : b.profiles()) {
            Map<String, Double> dims = new LinkedHashMap<>();
            for (Dimension dim : model.dimensions()) {
                dims.put(dim.id(), d(p.dimensions().get(dim.id()).value()));
            }
            Map<String, Double> comps = new LinkedHashMap<>();
            for (Component c : Component.values()) {
                comps.put(c.code(), d(p.components().get(c).value()));
            }
            cities.add(new CityScores(p.city().code(), p.city().name(), assessmentCodes.get(p.city().code()), dims, comps,
                    d(p.overall().value())));
        }
        List<PeerGap> dg = b.dimensionGaps().stream().map(g -> gap(g, names.get(g.key()))).toList();
        List<PeerGap> cg = b.componentGaps().stream().map(g -> gap(g, java.util.Arrays.stream(Component.values())
                .filter(c -> c.code().equals(g.key())).findFirst().orElseThrow().displayName())).toList();
        List<RankView> ranks = b.ranking().stream().map(r -> new RankView(r.cityCode(), r.cityName(), d(r.overall()), r.rank(),
                r.low(), r.high(), r.medianRank())).toList();
        return new BenchmarkView(b.subjectCode(), List.copyOf(names.keySet()), names, cities, dg, cg, ranks, draws);
    }

    private static PeerGap gap(Benchmark.Gap g, Text name) {
        return new PeerGap(g.key(), name, d(g.subject()), d(g.peerMean()), d(g.peerBest()), g.bestCity(), d(g.toMean()),
                d(g.toBest()));
    }
}
