package pl.miasto4.app.survey;

import picocli.CommandLine.Option;
import pl.miasto4.survey.SurveyRequest;
import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.estimate.ProportionInterval;
import pl.miasto4.survey.weight.Calibration;
import pl.miasto4.survey.weight.Margin;
import pl.miasto4.survey.weight.Raking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The design and weighting options shared by {@code survey estimate} and {@code survey publish}
 * (a picocli mixin): weights, strata, clusters, fpc, replicates, post-stratification, raking or
 * calibration, trimming and the interval of proportions.
 */
public class DesignOptions {
    enum Interval { logit, wilson }

    enum Distance { linear, raking }

    @Option(names = "--weight", paramLabel = "COL", description = "Sampling weights (default 1 for everyone).")
    String weight;

    @Option(names = "--strata", paramLabel = "COL", description = "Strata.")
    String strata;

    @Option(names = "--cluster", paramLabel = "COL", description = "Primary sampling units (one-stage clusters, within strata).")
    String cluster;

    @Option(names = "--fpc", paramLabel = "COL", description = "The stratum's population size (number of PSUs), as in R; "
            + "or the sampling fraction when every value is below 1. Without it: with-replacement variance.")
    String fpc;

    @Option(names = "--rake", paramLabel = "COL=LEVEL:COUNT,LEVEL:COUNT", description = "A population margin to rake to "
            + "(repeat for several); with --calibrate, to calibrate to.")
    List<String> rake = new ArrayList<>();

    @Option(names = "--calibrate", paramLabel = "linear|raking", description = "Calibrate to the --rake margins (and "
            + "--known-total) instead of raking: linear (GREG) or raking distance.")
    Distance calibrate;

    @Option(names = "--known-total", paramLabel = "COL=TOTAL", description = "The population total of a numeric column "
            + "to calibrate to (with --calibrate).")
    List<String> knownTotals = new ArrayList<>();

    @Option(names = "--bounds", paramLabel = "LOW,HIGH", description = "Bounds of the calibration factors g (with --calibrate).")
    String bounds;

    @Option(names = "--poststratify", paramLabel = "COL=LEVEL:COUNT,LEVEL:COUNT", description = "Post-stratify to one "
            + "variable's population counts (before raking).")
    String poststratify;

    @Option(names = "--trim", paramLabel = "LOW,HIGH", description = "Trim the final weights to [LOW, HIGH], sharing the "
            + "excess among the others (R's trimWeights).")
    String trim;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "100", description = "Raking iterations at most; "
            + "refused when not converged by then (default: ${DEFAULT-VALUE}; R stops at 10 with a warning).")
    int maxIterations;

    @Option(names = "--epsilon", paramLabel = "E", defaultValue = "1", description = "Raking stops when no cell of the "
            + "margins' cross-table moves by E people or more in an iteration; below 1, a share of the population "
            + "(default: ${DEFAULT-VALUE}, as R's rake).")
    double epsilon;

    @Option(names = "--replicates", paramLabel = "jk1|jkn|bootstrap:N", description = "Standard errors from replicate "
            + "weights made from the design instead of linearisation.")
    String replicates;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20240515", description = "Seed of the bootstrap draws "
            + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--replicate-weights", paramLabel = "PREFIX", description = "Replicate weights published with the "
            + "data: columns PREFIX1, PREFIX2, … holding full weights.")
    String replicateWeights;

    @Option(names = "--replicate-scale", paramLabel = "S", description = "Their variance constant (R's scale), e.g. "
            + "1/(R−1)·… as the publisher gives it.")
    Double replicateScale;

    @Option(names = "--proportion-interval", paramLabel = "logit|wilson", defaultValue = "logit",
            description = "Interval of proportions (default: ${DEFAULT-VALUE}, as R's svyciprop).")
    Interval interval;

    /**
     * The request of these options and the estimates asked for; {@code extraMargins} (from the store)
     * are raked to after the {@code --rake} margins.
     */
    SurveyRequest request(List<String> header, List<Margin> extraMargins, List<String> means, List<String> totals,
                          List<String> proportions, List<String> ratios, List<String> quantiles, String by) {
        List<Margin> margins = new ArrayList<>(rake.stream().map(m -> Margin.parse("--rake", m)).toList());
        margins.addAll(extraMargins);
        Map<String, Double> known = new LinkedHashMap<>();
        for (String k : knownTotals) {
            Map.Entry<String, Double> e = SurveyRequest.knownTotal(k);
            known.put(e.getKey(), e.getValue());
        }
        List<String> repColumns = replicateWeights == null ? List.of()
                : SurveyRequest.replicateColumns(replicateWeights, header);
        return new SurveyRequest(new DesignSpec(weight, strata, cluster, fpc), replicates, seed, repColumns,
                replicateScale == null ? Double.NaN : replicateScale,
                poststratify == null ? null : Margin.parse("--poststratify", poststratify), margins, known,
                calibrate == null ? null : Calibration.Distance.valueOf(calibrate.name().toUpperCase(Locale.ROOT)),
                bounds == null ? null : SurveyRequest.pair("--bounds", bounds),
                trim == null ? null : SurveyRequest.pair("--trim", trim),
                new Raking.Control(maxIterations, epsilon), means, totals,
                proportions.stream().map(SurveyRequest::proportion).toList(),
                ratios.stream().map(SurveyRequest::ratio).toList(),
                quantiles.stream().map(SurveyRequest::quantile).toList(), by,
                ProportionInterval.valueOf(interval.name().toUpperCase(Locale.ROOT)));
    }
}
