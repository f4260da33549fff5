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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Answers: CSV (any encoding, separator, decimal comma) or XLSX.")
    Path file;

    @CommandLine.Mixin
    DesignOptions design;

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
        return design.request(header, List.of(), means, totals, proportions, ratios, quantiles, by);
    }
}
