package pl.miasto4.app.survey;

import org.springframework.stereotype.Service;
import pl.miasto4.survey.Factor;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyDesign;
import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.estimate.Domain;
import pl.miasto4.survey.estimate.Estimate;
import pl.miasto4.survey.estimate.Estimator;
import pl.miasto4.survey.estimate.ProportionInterval;
import pl.miasto4.survey.weight.WeightSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a survey wave's page shows, computed by the survey engine on the stored answers with their
 * weights (a weighted design without strata or clusters, with-replacement variance, as R's
 * {@code svydesign(ids = ~1, weights = ~w)}): the response rate, the weights' summary (Kish's
 * effective sample size and design effect), and per question the estimates with 95 % intervals for
 * the whole sample and each group (district), each flagged unreliable by {@link SurveyPublisher#unreliable}.
 * Likert questions: the mean score and the share answering the top two points ("satisfied");
 * single and multiple choice: the share of each answer; numbers: the mean; open answers: how many.
 */
@Service
public class SurveyReport {
    static final String WEIGHT = "__weight";
    static final String GROUP = "__group";
    static final String TOP_TWO = "__top2";
    static final String YES = "1";
    static final String NO = "0";

    private final QuestionnaireRepository repository;

    public SurveyReport(QuestionnaireRepository repository) {
        this.repository = repository;
    }

    /** One estimate of a row of the page: for the whole sample or a group. */
    public record Cell(String group, String groupName, Estimate estimate, boolean unreliable) {
    }

    /** One statistic of a question (e.g. "mean score", "share answering 'online'") across the groups. */
    public record Line(String labelKey, String option, boolean percent, List<Cell> cells) {
    }

    public record QuestionReport(Questionnaire.Question question, int answered, List<Line> lines) {
    }

    public record Report(QuestionnaireRepository.Wave wave, Questionnaire questionnaire, WeightSummary weights,
                         List<String> groups, Map<String, String> groupNames, List<QuestionReport> questions) {
    }

    public Optional<Report> report(long waveId) {
        Optional<QuestionnaireRepository.Wave> wave = repository.wave(waveId);
        if (wave.isEmpty()) {
            return Optional.empty();
        }
        Questionnaire q = repository.find(wave.get().questionnaireCode()).orElseThrow();
        List<QuestionnaireRepository.Response> responses = repository.responses(waveId);
        int n = responses.size();
        double[] w = new double[n];
        String[] group = new String[n];
        for (int i = 0; i < n; i++) {
            w[i] = responses.get(i).weight().doubleValue();
            group[i] = responses.get(i).group();
        }
        SurveyData.Builder data = SurveyData.builder(n).numbers(WEIGHT, w).factor(GROUP, group);
        for (Questionnaire.Question question : q.questions()) {
            switch (question.kind()) {
                case LIKERT -> {
                    double[] scores = numbers(responses, question.code());
                    data.numbers(question.code(), scores);
                    data.factor(question.code() + TOP_TWO, topTwo(scores, question.points()));
                }
                case NUMBER -> data.numbers(question.code(), numbers(responses, question.code()));
                case SINGLE -> data.factor(question.code(), single(responses, question));
                case MULTIPLE -> {
                    for (Questionnaire.Option o : question.options()) {
                        data.factor(question.code() + "=" + o.code(), chosen(responses, question.code(), o.code()));
                    }
                }
                case OPEN -> { }
            }
        }
        SurveyData built = data.build();
        SurveyDesign design = SurveyDesign.of(built, new DesignSpec(WEIGHT, null, null, null));
        Estimator e = design.estimator();
        Factor groups = built.factor(GROUP);
        List<Integer> order = groups.sortedLevels();
        List<Domain> domains = new ArrayList<>();
        domains.add(Domain.ALL);
        List<String> groupCodes = new ArrayList<>();
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (int code : order) {
            domains.add(Domain.of(GROUP, groups, code));
            String g = groups.level(code);
            groupCodes.add(g);
            names.put(g, repository.unitName(g).orElse(g));
        }
        List<QuestionReport> reports = new ArrayList<>();
        for (Questionnaire.Question question : q.questions()) {
            int answered = (int) responses.stream().filter(r -> r.answers().containsKey(question.code())).count();
            List<Line> lines = new ArrayList<>();
            switch (question.kind()) {
                case LIKERT -> {
                    lines.add(line("survey.page.mean_score", null, false, domains, names, d -> e.mean(question.code(), d)));
                    lines.add(line("survey.page.top_two", null, true, domains, names,
                            d -> e.proportion(question.code() + TOP_TWO, YES, d, ProportionInterval.LOGIT)));
                }
                case NUMBER -> lines.add(line("survey.page.mean", null, false, domains, names, d -> e.mean(question.code(), d)));
                case SINGLE -> {
                    for (Questionnaire.Option o : question.options()) {
                        lines.add(line("survey.page.share", o.code(), true, domains, names,
                                d -> e.proportion(question.code(), o.code(), d, ProportionInterval.LOGIT)));
                    }
                }
                case MULTIPLE -> {
                    for (Questionnaire.Option o : question.options()) {
                        lines.add(line("survey.page.share", o.code(), true, domains, names,
                                d -> e.proportion(question.code() + "=" + o.code(), YES, d, ProportionInterval.LOGIT)));
                    }
                }
                case OPEN -> { }
            }
            reports.add(new QuestionReport(question, answered, lines));
        }
        return Optional.of(new Report(wave.get(), q, design.weightSummary(), groupCodes, names, reports));
    }

    /** Whether a respondent answered one of the top two points of a k-point scale (no answer: missing). */
    static Factor topTwo(double[] scores, int points) {
        int[] codes = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            codes[i] = Double.isNaN(scores[i]) ? -1 : scores[i] >= points - 1 ? 1 : 0;
        }
        return new Factor(codes, List.of(NO, YES));
    }

    private static Line line(String key, String option, boolean percent, List<Domain> domains, Map<String, String> names,
                             java.util.function.Function<Domain, Estimate> estimate) {
        List<Cell> cells = new ArrayList<>();
        for (Domain d : domains) {
            Estimate x = estimate.apply(d);
            String g = d.factor() == null ? null : d.factor().level(d.code());
            if (x == null || x.n() == 0 || Double.isNaN(x.estimate())) {
                cells.add(new Cell(g, g == null ? null : names.get(g), null, false));
            } else {
                cells.add(new Cell(g, g == null ? null : names.get(g), x, SurveyPublisher.unreliable(x)));
            }
        }
        return new Line(key, option, percent, cells);
    }

    private static double[] numbers(List<QuestionnaireRepository.Response> responses, String code) {
        double[] v = new double[responses.size()];
        for (int i = 0; i < v.length; i++) {
            Object a = responses.get(i).answers().get(code);
            v[i] = a == null ? Double.NaN : a instanceof Number x ? x.doubleValue() : Double.parseDouble(a.toString());
        }
        return v;
    }

    /** A single-choice question's answers with every option of the codebook as a level, chosen or not. */
    private static Factor single(List<QuestionnaireRepository.Response> responses, Questionnaire.Question q) {
        List<String> levels = q.options().stream().map(Questionnaire.Option::code).toList();
        int[] codes = new int[responses.size()];
        for (int i = 0; i < codes.length; i++) {
            Object a = responses.get(i).answers().get(q.code());
            codes[i] = a == null ? -1 : levels.indexOf(a.toString());
        }
        return new Factor(codes, levels);
    }

    /** Whether a respondent chose the option of a multiple-choice question (no answer at all: missing). */
    private static Factor chosen(List<QuestionnaireRepository.Response> responses, String code, String option) {
        int[] codes = new int[responses.size()];
        for (int i = 0; i < codes.length; i++) {
            Object a = responses.get(i).answers().get(code);
            codes[i] = a == null ? -1 : a instanceof List<?> l && l.contains(option) ? 1 : 0;
        }
        return new Factor(codes, List.of(NO, YES));
    }

    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(100 * share);
    }
}
