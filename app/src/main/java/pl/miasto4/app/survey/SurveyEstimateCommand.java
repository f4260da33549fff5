package pl.miasto4.app.survey;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.survey.Estimation;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.survey.SurveyRequest;
import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.estimate.Estimate;
import pl.miasto4.survey.estimate.ProportionInterval;
import pl.miasto4.survey.io.SurveyFile;
import pl.miasto4.survey.weight.Calibration;
import pl.miasto4.survey.weight.Margin;
import pl.miasto4.survey.weight.Raking;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code miasto survey estimate FILE …}: the CLI contract of issue 15. Prints CSV with the header
 * {@code statistic,variable,domain,estimate,se,ci_low,ci_high,n,deff}, one row per estimate
 * (the whole sample, then each domain of {@code --by}); refused input exits 1 with the row,
 * column or margin and the reason, in Polish or English.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Weighted estimates from survey answers (CSV or XLSX, one respondent per row), with standard "
                + "errors by Taylor linearisation or replicate weights, 95%% confidence intervals, the number of "
                + "respondents and the design effect; the results of R's survey package.",
                "Order of work: design, replicate weights, --poststratify, --rake (or --calibrate), --trim, estimates."})
public class SurveyEstimateCommand implements Callable<Integer> {
    enum Lang { pl, en }

    enum Interval { logit, wilson }

    enum Distance { linear, raking }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Answers: CSV (any encoding, separator, decimal comma) or XLSX.")
    Path file;

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

    @Option(names = "--mean", paramLabel = "COL", description = "Mean of a numeric column.")
    List<String> means = new ArrayList<>();

    @Option(names = "--total", paramLabel = "COL", description = "Population total of a numeric column.")
    List<String> totals = new ArrayList<>();

    @Option(names = "--proportion", paramLabel = "COL=LEVEL", description = "Share of respondents with LEVEL in COL.")
    List<String> proportions = new ArrayList<>();

    @Option(names = "--ratio", paramLabel = "NUM/DEN", description = "Ratio of two totals.")
    List<String> ratios = new ArrayList<>();

    @Option(names = "--quantile", paramLabel = "COL:P", description = "Quantile P (0 < P < 1) of a numeric column, e.g. income:0.5.")
    List<String> quantiles = new ArrayList<>();

    @Option(names = "--by", paramLabel = "COL", description = "Also estimate in each domain COL=LEVEL.")
    String by;

    @Option(names = "--proportion-interval", paramLabel = "logit|wilson", defaultValue = "logit",
            description = "Interval of proportions (default: ${DEFAULT-VALUE}, as R's svyciprop).")
    Interval interval;

    @Option(names = "--lang", defaultValue = "pl", description = "Language of messages: pl or en (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        SurveyMessages messages = new SurveyMessages(Locale.forLanguageTag(lang.name()));
        if (means.isEmpty() && totals.isEmpty() && proportions.isEmpty() && ratios.isEmpty() && quantiles.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.format("survey.cli.no_estimate"));
        }
        String name = file.getFileName().toString();
        try {
            List<String> header = SurveyFile.header(file, name);
            SurveyRequest request = request(header);
            SurveyData data = SurveyFile.read(file, name, Estimation.numericColumns(request),
                    Estimation.categoricalColumns(request));
            List<Estimate> estimates = Estimation.estimates(Estimation.design(data, request), request);
            PrintWriter out = spec.commandLine().getOut();
            Estimation.writeCsv(estimates, out);
            out.flush();
            return ExitCode.OK;
        } catch (SurveyException e) {
            throw new InputRejectedException(messages.format("survey.cli.where", name, messages.text(e)));
        }
    }

    private SurveyRequest request(List<String> header) {
        List<Margin> margins = rake.stream().map(m -> Margin.parse("--rake", m)).toList();
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
