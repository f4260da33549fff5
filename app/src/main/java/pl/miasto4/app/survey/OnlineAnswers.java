package pl.miasto4.app.survey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.tabular.DecimalMark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Online collection with one answer per invitation code: a wave is created with N random codes (kept
 * only as SHA-256 hashes; the codes are handed to the caller once), the form of the questionnaire is
 * answered with a code, every answer checked against the codebook as an import's, and the code is
 * spent in the transaction that stores the answer, so no code answers twice. The answer does not
 * record its code.
 */
@Service
public class OnlineAnswers {
    /** Codes of 12 characters from an alphabet without look-alikes (I, L, O, 0, 1): 58 bits each. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 12;

    private final QuestionnaireRepository repository;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    public OnlineAnswers(QuestionnaireRepository repository, TransactionTemplate tx, AuditTrail audit) {
        this.repository = repository;
        this.tx = tx;
        this.audit = audit;
    }

    /** A new wave for online answers and its codes (shown once), or the problem that stopped it. */
    public record Invited(Long waveId, List<String> codes, AnswersImport.Problem problem) {
    }

    public Invited invite(AnswersImport.WaveSpec spec, int count) {
        Questionnaire q = repository.find(spec.questionnaire()).orElse(null);
        if (q == null) {
            return new Invited(null, List.of(), new AnswersImport.Problem("survey.answers.no_questionnaire", spec.questionnaire()));
        }
        if (!repository.unitExists(spec.unit())) {
            return new Invited(null, List.of(), new AnswersImport.Problem("survey.answers.no_unit", spec.unit()));
        }
        List<String> codes = new ArrayList<>();
        while (codes.size() < count) {
            String c = code();
            if (!codes.contains(c)) {
                codes.add(c);
            }
        }
        Long id = tx.execute(status -> {
            long wave = repository.insertWave(q.id(), spec.name(), spec.unit(), spec.period(), count, "online", spec.user());
            repository.insertInvitations(wave, codes.stream().map(OnlineAnswers::hash).toList());
            audit.record(spec.user(), "survey_invite", "survey_wave", Long.toString(wave), null,
                    AuditTrail.map("questionnaire", q.code(), "invitations", count));
            return wave;
        });
        return new Invited(id, codes, null);
    }

    private String code() {
        StringBuilder sb = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A code as typed (any case, spaces and dashes ignored) to its stored hash. */
    static String hash(String code) {
        String normal = code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public enum CodeState { VALID, UNKNOWN, USED }

    public CodeState state(long waveId, String code) {
        if (code == null || code.isBlank()) {
            return CodeState.UNKNOWN;
        }
        Optional<Boolean> used = repository.invitationUsed(waveId, hash(code));
        return used.isEmpty() ? CodeState.UNKNOWN : used.get() ? CodeState.USED : CodeState.VALID;
    }

    /** Stored, or refused: the code's state, or the answers' problems (the form's field named as the column). */
    public record Submitted(boolean stored, CodeState code, List<AnswersImport.Problem> problems) {
    }

    /** @param form question code → the values the form sent (several for multiple choice) */
    public Submitted submit(long waveId, String code, Map<String, List<String>> form) {
        CodeState state = state(waveId, code);
        if (state != CodeState.VALID) {
            return new Submitted(false, state, List.of());
        }
        QuestionnaireRepository.Wave wave = repository.wave(waveId).orElseThrow();
        Questionnaire q = repository.find(wave.questionnaireCode()).orElseThrow();
        List<AnswersImport.Problem> problems = new ArrayList<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Questionnaire.Question question : q.questions()) {
            List<String> values = form.getOrDefault(question.code(), List.of());
            String cell = String.join("|", values.stream().filter(v -> v != null && !v.isBlank()).toList());
            Object answer = AnswersImport.answer(question, cell, 1, question.code(), DecimalMark.DOT, problems);
            if (answer != null) {
                answers.put(question.code(), answer);
            }
        }
        if (!problems.isEmpty()) {
            return new Submitted(false, CodeState.VALID, problems);
        }
        String h = hash(code);
        Boolean stored = tx.execute(status -> {
            if (!repository.spendInvitation(waveId, h)) {
                return false; // spent by a concurrent answer with the same code
            }
            repository.insertResponses(waveId, List.of(new QuestionnaireRepository.Response(repository.nextRespondent(waveId), 0,
                    BigDecimal.ONE, null, answers)));
            return true;
        });
        return new Submitted(Boolean.TRUE.equals(stored), Boolean.TRUE.equals(stored) ? CodeState.VALID : CodeState.USED, List.of());
    }
}
