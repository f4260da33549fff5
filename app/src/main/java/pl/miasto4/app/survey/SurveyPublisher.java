package pl.miasto4.app.survey;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;
import pl.miasto4.app.indicator.Indicator;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.survey.Estimation;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.survey.SurveyRequest;
import pl.miasto4.survey.estimate.Estimate;
import pl.miasto4.survey.estimate.Statistic;
import pl.miasto4.survey.io.SurveyFile;
import pl.miasto4.survey.weight.Margin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Survey results become subjective indicators: the estimate of the whole sample goes to the survey's
 * unit, each domain's ({@code --by COL}, whose levels are unit codes, e.g. districts) to that unit,
 * with its standard error and 95 % interval, through the store's ordinary all-or-nothing import (a
 * long-format file with {@code se, ci_low, ci_high, unreliable}), so a correction keeps the old
 * estimate in the history and a repeated publication changes nothing. An estimate is flagged
 * unreliable when its relative standard error exceeds 30 % or it rests on fewer than 30
 * respondents (the rule of statistical offices, e.g. GUS and Eurostat's EU-SILC guidelines).
 * Weighting margins can come from the store ({@link StorePopulation}).
 */
@Service
public class SurveyPublisher {
    /** Relative standard error above which an estimate is flagged unreliable. */
    public static final double MAX_RELATIVE_SE = 0.30;
    /** Fewer respondents than this and an estimate is flagged unreliable. */
    public static final int MIN_RESPONDENTS = 30;

    private final ImportService imports;
    private final IndicatorRepository indicators;
    private final StorePopulation population;
    private final QuestionnaireRepository questionnaires;

    public SurveyPublisher(ImportService imports, IndicatorRepository indicators, StorePopulation population,
                           QuestionnaireRepository questionnaires) {
        this.imports = imports;
        this.indicators = indicators;
        this.population = population;
        this.questionnaires = questionnaires;
    }

    /** Where the estimates go: the indicator, the survey's unit and period, the source naming the survey. */
    public record Target(String indicator, String unit, String period, String source) {
    }

    /** What the survey asks: the design ({@code request} without margins from the store), and the store's margins. */
    public record Publication(Path file, String fileName, Target target, Function<List<Margin>, SurveyRequest> request,
                              List<String> rakeFromStore, boolean dryRun, String username) {
    }

    /** One stored estimate: the unit, the estimate as written (scaled to % where the indicator is), and its flag. */
    public record Published(String unit, Estimate estimate, double scale, boolean unreliable) {
        public double value() {
            return estimate.estimate() * scale;
        }

        public double relativeSe() {
            return estimate.se() / Math.abs(estimate.estimate());
        }
    }

    /** The estimates and the import's report; {@code problem} is a refusal before anything was imported. */
    public record Result(List<Published> estimates, ImportReport report, PublishProblem problem) {
        public boolean rejected() {
            return problem != null || report == null || report.rejected();
        }
    }

    /** A refusal of the publication itself (not of the survey data): a message key and its arguments. */
    public record PublishProblem(String key, Object... args) {
    }

    /** Whether an estimate is too unreliable to publish without a warning. */
    public static boolean unreliable(Estimate e) {
        return e.n() < MIN_RESPONDENTS || !(e.se() / Math.abs(e.estimate()) <= MAX_RELATIVE_SE);
    }

    /**
     * Estimates and stores. Bad survey data is a {@link SurveyException} (nothing stored); a bad
     * target or missing store data is a {@link Result#problem()}; the import refuses the rest whole.
     */
    public Result publish(Publication p) throws SurveyException {
        Target t = p.target();
        Indicator indicator = indicators.find(t.indicator()).orElse(null);
        if (indicator == null) {
            return refused("survey.publish.no_indicator", t.indicator());
        }
        if (!population.unitExists(t.unit())) {
            return refused("survey.publish.no_unit", t.unit());
        }
        List<Margin> fromStore = List.of();
        if (!p.rakeFromStore().isEmpty()) {
            if (p.rakeFromStore().size() != 2) {
                return refused("survey.publish.rake_from_store_columns", String.join(",", p.rakeFromStore()));
            }
            List<StorePopulation.Cell> cells = population.byAgeBandAndSex(t.unit(), t.period());
            if (cells.isEmpty()) {
                return refused("survey.publish.no_population", t.unit(), t.period());
            }
            fromStore = margins(cells, p.rakeFromStore().get(0), p.rakeFromStore().get(1));
        }
        List<String> header = SurveyFile.header(p.file(), p.fileName());
        SurveyRequest request = p.request().apply(fromStore);
        if (request.means().size() + request.totals().size() + request.proportions().size() != 1
                || !request.ratios().isEmpty() || !request.quantiles().isEmpty()) {
            return refused("survey.publish.one_estimate");
        }
        SurveyData data = SurveyFile.read(p.file(), p.fileName(), Estimation.numericColumns(request),
                Estimation.categoricalColumns(request));
        List<Estimate> estimates = Estimation.estimates(Estimation.design(data, request), request);
        double scale = "%".equals(indicator.unit()) && estimates.get(0).statistic() == Statistic.PROPORTION ? 100 : 1;
        List<Published> published = new ArrayList<>();
        for (Estimate e : estimates) {
            if (e.n() == 0 || Double.isNaN(e.estimate())) {
                continue; // a domain nobody answered: no data, nothing stored
            }
            String unit = e.domain().equals("all") ? t.unit() : e.domain().substring(e.domain().indexOf('=') + 1);
            published.add(new Published(unit, e, scale, unreliable(e)));
        }
        try {
            Path dir = Files.createTempDirectory("miasto-survey-");
            Path csv = dir.resolve("survey-" + t.indicator() + ".csv");
            try {
                write(csv, published, t);
                ImportReport report = imports.importFile(csv, p.fileName() + " → " + t.indicator(),
                        new ImportOptions(p.dryRun(), p.username(), null, null, null, null));
                return new Result(published, report, null);
            } finally {
                Files.deleteIfExists(csv);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A stored wave's share answering the top two points of a Likert question (e.g. "overall" of the
     * city-office template → {@code city_office_customer_satisfaction_pct}) published for the wave's
     * unit and period and each district, with the wave's weights: the answers are written to a
     * temporary file and go through {@link #publish} as any survey file would.
     */
    public Result publishWave(long waveId, String questionCode, String indicator, boolean dryRun, String username) {
        QuestionnaireRepository.Wave wave = questionnaires.wave(waveId).orElse(null);
        if (wave == null) {
            return refused("survey.publish.no_wave", Long.toString(waveId));
        }
        Questionnaire q = questionnaires.find(wave.questionnaireCode()).orElseThrow();
        Questionnaire.Question question = q.question(questionCode).orElse(null);
        if (question == null || question.kind() != Questionnaire.Kind.LIKERT) {
            return refused("survey.publish.not_likert", questionCode, q.code());
        }
        List<QuestionnaireRepository.Response> responses = questionnaires.responses(waveId);
        try {
            Path dir = Files.createTempDirectory("miasto-wave-");
            Path csv = dir.resolve("wave-" + waveId + ".csv");
            try {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("respondent", "weight", "district", "top2")
                        .setRecordSeparator("\n").get();
                try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, format)) {
                    for (QuestionnaireRepository.Response r : responses) {
                        Object a = r.answers().get(questionCode);
                        String top = a == null ? "" : Double.parseDouble(a.toString()) >= question.points() - 1 ? "yes" : "no";
                        out.printRecord(r.respondent(), r.weight().toPlainString(), r.group() == null ? "" : r.group(), top);
                    }
                }
                boolean groups = responses.stream().anyMatch(r -> r.group() != null);
                SurveyRequest request = new SurveyRequest(new pl.miasto4.survey.design.DesignSpec("weight", null, null, null),
                        null, 0, List.of(), Double.NaN, null, List.of(), Map.of(), null, null, null,
                        pl.miasto4.survey.weight.Raking.Control.defaults(), List.of(), List.of(),
                        List.<String[]>of(new String[]{"top2", "yes"}), List.of(), List.of(), groups ? "district" : null,
                        pl.miasto4.survey.estimate.ProportionInterval.LOGIT);
                return publish(new Publication(csv, wave.name(), new Target(indicator, wave.unitCode(), wave.period(), wave.name()),
                        margins -> request, List.of(), dryRun, username));
            } finally {
                Files.deleteIfExists(csv);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result refused(String key, Object... args) {
        return new Result(List.of(), null, new PublishProblem(key, args));
    }

    /** The two margins (age band, sex) of the store's cells, each summing to the same population. */
    static List<Margin> margins(List<StorePopulation.Cell> cells, String ageColumn, String sexColumn) {
        Map<String, Double> age = new LinkedHashMap<>();
        Map<String, Double> sex = new LinkedHashMap<>();
        for (StorePopulation.Cell c : cells) {
            age.merge(c.ageBand(), c.persons().doubleValue(), Double::sum);
            sex.merge(c.sex(), c.persons().doubleValue(), Double::sum);
        }
        return List.of(new Margin(ageColumn, age), new Margin(sexColumn, sex));
    }

    /** The long-format file the import reads: one row per estimate with its uncertainty. */
    private static void write(Path csv, List<Published> published, Target t) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("unit", "indicator", "period", "value", "se", "ci_low",
                "ci_high", "unreliable", "source").setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, format)) {
            for (Published p : published) {
                Estimate e = p.estimate();
                out.printRecord(p.unit(), t.indicator(), t.period(), number(e.estimate() * p.scale()),
                        number(e.se() * p.scale()), number(e.ciLow() * p.scale()), number(e.ciHigh() * p.scale()),
                        p.unreliable(), t.source());
            }
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : BigDecimal.valueOf(v).toPlainString();
    }
}
