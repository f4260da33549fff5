package pl.miasto4.app.survey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.tabular.NumberParser;
import pl.miasto4.tabular.Row;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Answers collected elsewhere (CSV or XLSX, one respondent per row, one column per question named by
 * its code) imported as a survey wave, every answer checked against the questionnaire's codebook: a
 * Likert point or a single choice must be one of the question's codes, a multiple choice a list of
 * them (separated by '|', ';' or ','), a number a number within the question's range, an open answer
 * any text; obligatory questions answered. Columns besides the questions: the respondent's number
 * ({@code respondent}, {@code id}, {@code nr}), the weight ({@code weight}, {@code waga}; > 0,
 * default 1) and the group, a unit code such as a district ({@code district}, {@code dzielnica},
 * {@code group}, {@code grupa}). Every problem is reported with its line and column; a file with
 * any problem stores nothing.
 */
@Service
public class AnswersImport {
    static final int MAX_PROBLEMS = 200;

    private final QuestionnaireRepository repository;
    private final TransactionTemplate tx;
    private final AuditTrail audit;

    public AnswersImport(QuestionnaireRepository repository, TransactionTemplate tx, AuditTrail audit) {
        this.repository = repository;
        this.tx = tx;
        this.audit = audit;
    }

    /** A wave to create: which questionnaire, its name, unit and period, how many were invited. */
    public record WaveSpec(String questionnaire, String name, String unit, String period, Integer invited, String user) {
    }

    /** A problem: a message key of {@code survey.answers.*} and its arguments (line and column first where there are). */
    public record Problem(String key, Object... args) {
    }

    /** The wave stored (id and responses), or the problems that refused the file (nothing stored). */
    public record Outcome(Long waveId, int responses, List<Problem> problems) {
        public boolean rejected() {
            return waveId == null;
        }
    }

    enum Role { RESPONDENT, WEIGHT, GROUP }

    static final Map<String, Role> ROLES = Map.of("respondent", Role.RESPONDENT, "id", Role.RESPONDENT, "nr", Role.RESPONDENT,
            "weight", Role.WEIGHT, "waga", Role.WEIGHT, "district", Role.GROUP, "dzielnica", Role.GROUP,
            "group", Role.GROUP, "grupa", Role.GROUP);

    static String normalise(String header) {
        return Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ł", "l");
    }

    public Outcome importAnswers(Path file, String displayName, WaveSpec spec) {
        List<Problem> problems = new ArrayList<>();
        Questionnaire q = repository.find(spec.questionnaire()).orElse(null);
        if (q == null) {
            return new Outcome(null, 0, List.of(new Problem("survey.answers.no_questionnaire", spec.questionnaire())));
        }
        if (!repository.unitExists(spec.unit())) {
            return new Outcome(null, 0, List.of(new Problem("survey.answers.no_unit", spec.unit())));
        }
        List<QuestionnaireRepository.Response> responses = new ArrayList<>();
        try (RowSource rows = TabularReader.open(file, displayName)) {
            read(rows, q, responses, problems);
        } catch (TabularException e) {
            problems.add(new Problem("survey.answers.unreadable", e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem("survey.answers.unreadable", displayName + ": " + e.getMessage()));
        }
        if (problems.isEmpty() && responses.isEmpty()) {
            problems.add(new Problem("survey.answers.no_rows"));
        }
        if (problems.isEmpty() && spec.invited() != null && spec.invited() < responses.size()) {
            problems.add(new Problem("survey.answers.invited_below", spec.invited(), responses.size()));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, 0, problems);
        }
        Long id = tx.execute(status -> {
            long wave = repository.insertWave(q.id(), spec.name(), spec.unit(), spec.period(), spec.invited(), displayName, spec.user());
            repository.insertResponses(wave, responses);
            audit.record(spec.user(), "survey_answers_import", "survey_wave", Long.toString(wave), null,
                    AuditTrail.map("questionnaire", q.code(), "file", displayName, "responses", responses.size()));
            return wave;
        });
        return new Outcome(id, responses.size(), List.of());
    }

    private void read(RowSource rows, Questionnaire q, List<QuestionnaireRepository.Response> out, List<Problem> problems)
            throws TabularException {
        List<String> header = rows.header();
        Map<Role, Integer> roles = new HashMap<>();
        Map<Integer, Questionnaire.Question> questions = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int j = 0; j < header.size(); j++) {
            String h = header.get(j).strip();
            if (!seen.add(h)) {
                problems.add(new Problem("survey.answers.duplicate_column", h));
                continue;
            }
            Role role = ROLES.get(normalise(h));
            if (role != null) {
                roles.put(role, j);
            } else if (q.question(h).isPresent()) {
                questions.put(j, q.question(h).get());
            } else if (!h.isEmpty()) {
                problems.add(new Problem("survey.answers.unknown_column", h, q.code(),
                        String.join(", ", q.questions().stream().map(Questionnaire.Question::code).toList())));
            }
        }
        for (Questionnaire.Question question : q.questions()) {
            if (question.required() && !questions.containsValue(question)) {
                problems.add(new Problem("survey.answers.missing_question_column", question.code()));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        Map<Integer, Long> respondents = new HashMap<>();
        Map<String, Boolean> units = new HashMap<>();
        Row row;
        int ordinal = 0;
        while ((row = rows.next()) != null && problems.size() < MAX_PROBLEMS) {
            ordinal++;
            long line = row.line();
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            int before = problems.size();
            int respondent = ordinal;
            Integer at = roles.get(Role.RESPONDENT);
            if (at != null) {
                String text = row.cell(at).strip();
                try {
                    respondent = Integer.parseInt(text);
                    Long first = respondents.putIfAbsent(respondent, line);
                    if (first != null) {
                        problems.add(new Problem("survey.answers.duplicate_respondent", line, header.get(at), text, first));
                    }
                } catch (NumberFormatException e) {
                    problems.add(new Problem("survey.answers.not_a_number", line, header.get(at), text));
                }
            }
            BigDecimal weight = BigDecimal.ONE;
            at = roles.get(Role.WEIGHT);
            if (at != null) {
                String text = row.cell(at);
                NumberParser.Parsed parsed = NumberParser.parse(text, rows.decimalMark());
                if (parsed.noData() || parsed.error() != null) {
                    problems.add(new Problem("survey.answers.not_a_number", line, header.get(at), text.strip()));
                } else if (parsed.value().signum() <= 0) {
                    problems.add(new Problem("survey.answers.weight_not_positive", line, header.get(at), parsed.value().toPlainString()));
                } else {
                    weight = parsed.value();
                }
            }
            String group = null;
            at = roles.get(Role.GROUP);
            if (at != null) {
                group = row.cell(at).strip();
                if (group.isEmpty()) {
                    group = null;
                } else if (!units.computeIfAbsent(group, repository::unitExists)) {
                    problems.add(new Problem("survey.answers.unknown_group", line, header.get(at), group));
                }
            }
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Map.Entry<Integer, Questionnaire.Question> e : questions.entrySet()) {
                Object answer = answer(e.getValue(), row.cell(e.getKey()), line, header.get(e.getKey()), rows.decimalMark(), problems);
                if (answer != null) {
                    answers.put(e.getValue().code(), answer);
                }
            }
            if (problems.size() == before) {
                out.add(new QuestionnaireRepository.Response(respondent, (int) line, weight, group, answers));
            }
        }
    }

    /** The answer as stored (text code, list of codes, number, text), null when not answered. */
    static Object answer(Questionnaire.Question question, String cell, long line, String column,
                         pl.miasto4.tabular.DecimalMark decimalMark, List<Problem> problems) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            if (question.required()) {
                problems.add(new Problem("survey.answers.missing_required", line, column));
            }
            return null;
        }
        switch (question.kind()) {
            case LIKERT, SINGLE -> {
                String code = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text; // 4.0 from a spreadsheet
                if (question.option(code).isEmpty()) {
                    problems.add(new Problem("survey.answers.not_in_codebook", line, column, text, allowed(question)));
                    return null;
                }
                return code;
            }
            case MULTIPLE -> {
                List<String> codes = new ArrayList<>();
                for (String part : text.split("[|;,]")) {
                    String code = part.strip();
                    if (code.isEmpty()) {
                        continue;
                    }
                    if (question.option(code).isEmpty()) {
                        problems.add(new Problem("survey.answers.not_in_codebook", line, column, code, allowed(question)));
                        return null;
                    }
                    if (!codes.contains(code)) {
                        codes.add(code);
                    }
                }
                return codes;
            }
            case NUMBER -> {
                NumberParser.Parsed parsed = NumberParser.parse(text, decimalMark);
                if (parsed.noData() || parsed.error() != null) {
                    problems.add(new Problem("survey.answers.not_a_number", line, column, text));
                    return null;
                }
                BigDecimal v = parsed.value();
                if ((question.min() != null && v.compareTo(question.min()) < 0) || (question.max() != null && v.compareTo(question.max()) > 0)) {
                    problems.add(new Problem("survey.answers.out_of_range", line, column, text,
                            question.min() == null ? "−∞" : question.min().toPlainString(),
                            question.max() == null ? "∞" : question.max().toPlainString()));
                    return null;
                }
                return v;
            }
            default -> {
                return text;
            }
        }
    }

    private static String allowed(Questionnaire.Question q) {
        return String.join(", ", q.options().stream().map(Questionnaire.Option::code).toList());
    }
}
