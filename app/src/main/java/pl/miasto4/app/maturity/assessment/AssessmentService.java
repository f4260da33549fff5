package pl.miasto4.app.maturity.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.maturity.assessment.Answer;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.AssessmentParser;
import pl.miasto4.maturity.assessment.IndicatorValue;
import pl.miasto4.maturity.document.DocumentRejectedException;
import pl.miasto4.maturity.document.Problem;
import pl.miasto4.maturity.document.Problems;
import pl.miasto4.maturity.document.YamlMap;
import pl.miasto4.maturity.model.Criterion;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelReaders;
import pl.miasto4.maturity.model.Source;

import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to assessments: every write is validated against the assessment's model first and
 * recorded in the audit trail in the same transaction.
 */
@Service
public class AssessmentService {
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(-\\d{2}(-\\d{2})?)?$");

    private final AssessmentStore store;
    private final ModelStore models;
    private final UnitRepository units;
    private final AuditTrail audit;

    public AssessmentService(AssessmentStore store, ModelStore models, UnitRepository units, AuditTrail audit) {
        this.store = store;
        this.models = models;
        this.units = units;
        this.audit = audit;
    }

    /** What a new assessment needs; the model version defaults to the latest stored one. */
    public record NewAssessment(String code, String modelId, String modelVersion, String unitCode, String assessedOn,
                                String origin, String note) {
    }

    @Transactional
    public AssessmentStore.StoredAssessment create(NewAssessment n, String user) {
        RejectedInput.Collector problems = new RejectedInput.Collector();
        String modelId = n.modelId() == null || n.modelId().isBlank() ? "miasto40" : n.modelId().strip();
        Optional<ModelStore.StoredModel> model = n.modelVersion() == null || n.modelVersion().isBlank()
                ? models.latest(modelId) : models.find(modelId, n.modelVersion().strip());
        if (model.isEmpty()) {
            problems.add("model", modelId + (n.modelVersion() == null ? "" : "@" + n.modelVersion()), "no such model in the store");
        }
        if (n.unitCode() == null || units.find(n.unitCode()).isEmpty()) {
            problems.add("unit", n.unitCode(), "no such territorial unit");
        }
        Integer year = yearOf(n.assessedOn());
        if (year == null) {
            problems.add("date", n.assessedOn(), "write the date of the assessment as 2025, 2025-09 or 2025-09-30");
        }
        String origin = n.origin() == null || n.origin().isBlank() ? Assessment.SELF_ASSESSMENT : n.origin();
        if (!origin.equals(Assessment.SELF_ASSESSMENT) && !origin.equals(Assessment.DERIVED_FROM_INTERVIEWS)) {
            problems.add("origin", origin, "must be self_assessment or derived_from_interviews");
        }
        String code = n.code() == null || n.code().isBlank()
                ? (n.unitCode() + "-" + modelId + "-" + year + (origin.equals(Assessment.SELF_ASSESSMENT) ? "" : "-derived"))
                : n.code().strip();
        if (!code.matches("^[A-Za-z0-9][A-Za-z0-9_.-]*$")) {
            problems.add("code", code, "letters, digits, '.', '_' and '-' only");
        }
        problems.throwIfAny();
        if (store.findByCode(code).isPresent()) {
            throw RejectedInput.of("code", code, "an assessment with this code already exists");
        }
        if (store.list(n.unitCode(), modelId).stream().anyMatch(a -> a.year() == year && a.origin().equals(origin))) {
            throw RejectedInput.of("date", n.assessedOn(), "this city already has a " + origin + " under " + modelId
                    + " for " + year + "; answer in that one (several respondents are reconciled)");
        }
        long id = store.insert(code, modelId, model.get().version(), n.unitCode(), year, n.assessedOn().strip(), origin,
                blank(n.note()), List.of(), List.of(), user);
        AssessmentStore.StoredAssessment created = store.find(id).orElseThrow();
        audit.record(user, "create", "maturity_assessment", code, null, created);
        return created;
    }

    /** One answer as a respondent gives it in the questionnaire or the API. */
    public record AnswerInput(String criterionId, String respondent, Integer level, Boolean notApplicable,
                              Double confidence, List<AssessmentStore.EvidenceJson> evidence) {
        public boolean declaredNotApplicable() {
            return Boolean.TRUE.equals(notApplicable);
        }
    }

    /** Saves (creates or replaces) one respondent's answer to one criterion. */
    @Transactional
    public AssessmentStore.StoredAnswer saveAnswer(long assessmentId, AnswerInput in, String user) {
        AssessmentStore.StoredAssessment a = assessment(assessmentId);
        MaturityModel model = models.model(a.modelId(), a.modelVersion()).orElseThrow();
        RejectedInput.Collector problems = new RejectedInput.Collector();
        Optional<Criterion> criterion = in.criterionId() == null ? Optional.empty() : model.criterion(in.criterionId());
        if (criterion.isEmpty()) {
            problems.add("criterion", in.criterionId(), "no such criterion in " + model.id() + " " + model.version());
        }
        String respondent = in.respondent() == null ? "" : in.respondent().strip();
        if (respondent.isEmpty()) {
            problems.add("respondent", "", "say who answers (a person or a unit of the office)");
        }
        if (in.declaredNotApplicable() && in.level() != null) {
            problems.add("level", in.level(), "an answer is either a level or 'not applicable', not both");
        }
        if (!in.declaredNotApplicable() && in.level() == null) {
            problems.add("level", "", "choose a level 1-5 (or remove the answer to leave the criterion unanswered)");
        }
        if (in.level() != null && (in.level() < MaturityModel.MIN_LEVEL || in.level() > MaturityModel.MAX_LEVEL)) {
            problems.add("level", in.level(), "outside 1-5");
        }
        if (in.declaredNotApplicable() && criterion.isPresent() && !criterion.get().optional()) {
            problems.add("notApplicable", "true", "criterion " + criterion.get().id() + " is not optional, so it cannot be declared not applicable");
        }
        double confidence = in.confidence() == null ? 1.0 : in.confidence();
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            problems.add("confidence", in.confidence(), "between 0 and 1");
        }
        List<AssessmentStore.EvidenceJson> evidence = new ArrayList<>();
        int i = 0;
        for (AssessmentStore.EvidenceJson e : in.evidence() == null ? List.<AssessmentStore.EvidenceJson>of() : in.evidence()) {
            String field = "evidence[" + i++ + "]";
            String kind = e.kind() == null ? "" : e.kind().toLowerCase();
            String value = e.value() == null ? "" : e.value().strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (kind) {
                case "text" -> evidence.add(new AssessmentStore.EvidenceJson("text", value, null));
                case "link" -> {
                    if (!isHttpUrl(value)) {
                        problems.add(field, value, "a link must be an http(s) address");
                    } else {
                        evidence.add(new AssessmentStore.EvidenceJson("link", value, null));
                    }
                }
                case "file" -> {
                    if (e.fileId() == null || store.file(assessmentId, e.fileId()).isEmpty()) {
                        problems.add(field, value, "no such file uploaded to this assessment");
                    } else {
                        evidence.add(new AssessmentStore.EvidenceJson("file", value, e.fileId()));
                    }
                }
                default -> problems.add(field, kind, "evidence is text, link or file");
            }
        }
        problems.throwIfAny();
        Optional<AssessmentStore.StoredAnswer> before = store.answer(assessmentId, in.criterionId(), respondent);
        List<AssessmentStore.CitationJson> citations = before.map(AssessmentStore.StoredAnswer::citations).orElse(List.of());
        store.upsertAnswer(assessmentId, in.criterionId(), respondent, in.declaredNotApplicable() ? null : in.level(),
                in.declaredNotApplicable(), confidence, evidence, citations, user);
        AssessmentStore.StoredAnswer after = store.answer(assessmentId, in.criterionId(), respondent).orElseThrow();
        audit.record(user, before.isPresent() ? "update" : "create", "maturity_answer",
                a.code() + "/" + in.criterionId() + "/" + respondent, before.orElse(null), after);
        return after;
    }

    /** Removes an answer: the criterion goes back to unanswered (missing, not zero) for that respondent. */
    @Transactional
    public boolean deleteAnswer(long assessmentId, String criterionId, String respondent, String user) {
        AssessmentStore.StoredAssessment a = assessment(assessmentId);
        Optional<AssessmentStore.StoredAnswer> before = store.answer(assessmentId, criterionId, respondent);
        if (before.isEmpty()) {
            return false;
        }
        store.deleteAnswer(assessmentId, criterionId, respondent);
        audit.record(user, "delete", "maturity_answer", a.code() + "/" + criterionId + "/" + respondent, before.get(), null);
        return true;
    }

    @Transactional
    public AssessmentStore.EvidenceFile uploadFile(long assessmentId, String fileName, String contentType, byte[] content,
                                                   String user) {
        AssessmentStore.StoredAssessment a = assessment(assessmentId);
        if (content.length == 0) {
            throw RejectedInput.of("file", fileName, "the file is empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw RejectedInput.of("file", fileName, "larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : java.nio.file.Path.of(fileName.replace('\\', '/'))
                .getFileName().toString();
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        long id = store.insertFile(assessmentId, name, type, content, sha256(content), user);
        audit.record(user, "create", "maturity_evidence_file", a.code() + "/" + id, null,
                AuditTrail.map("file", name, "type", type, "bytes", content.length));
        return store.file(assessmentId, id).orElseThrow();
    }

    /**
     * Imports an assessment document (YAML, {@code miasto4.maturity-assessment/1}) under a stored model:
     * every problem with its line, or the whole document in one transaction.
     */
    @Transactional
    public AssessmentStore.StoredAssessment importDocument(String text, String sourceName, String user) {
        Problems probe = new Problems(sourceName);
        Optional<YamlMap> doc = YamlMap.parse(text, probe);
        String version = doc.flatMap(d -> d.string("model_version")).orElse("");
        Assessment parsed = AssessmentParser.parse(text, sourceName, id -> models.model(id, version)).orThrow();
        List<Source> sources = doc.map(d -> List.copyOf(ModelReaders.sources(d).values())).orElse(List.of());
        Integer year = yearOf(parsed.date());
        List<Problem> problems = new ArrayList<>();
        if (year == null) {
            problems.add(new Problem(sourceName, doc.map(d -> d.nodeOf("date").getStartMark().getLine() + 1).orElse(1), 1,
                    "write 'date' as 2025, 2025-09 or 2025-09-30"));
        }
        if (units.find(parsed.city().code()).isEmpty()) {
            problems.add(new Problem(sourceName, 1, 1, "city code " + parsed.city().code() + " is not a territorial unit of the store"));
        }
        if (store.findByCode(parsed.id()).isPresent()) {
            problems.add(new Problem(sourceName, 1, 1, "an assessment '" + parsed.id() + "' is already stored"));
        }
        for (Answer an : parsed.answers()) {
            an.evidence().stream().filter(e -> e.kind() == pl.miasto4.maturity.assessment.Evidence.Kind.LINK && !isHttpUrl(e.value()))
                    .forEach(e -> problems.add(new Problem(sourceName, 1, 1, "the answer of '" + an.respondent() + "' to "
                            + an.criterionId() + " links to '" + e.value() + "': a link must be an http(s) address")));
            an.evidence().stream().filter(e -> e.kind() == pl.miasto4.maturity.assessment.Evidence.Kind.FILE)
                    .forEach(e -> problems.add(new Problem(sourceName, 1, 1, "the answer of '" + an.respondent() + "' to "
                            + an.criterionId() + " names the file '" + e.value() + "': upload files to the stored assessment instead")));
        }
        if (!problems.isEmpty()) {
            throw new DocumentRejectedException(problems);
        }
        List<AssessmentStore.ReportedValue> reported = new ArrayList<>();
        for (IndicatorValue v : parsed.reportedIndicators()) {
            List<AssessmentStore.CitationJson> cites = parsed.indicatorCitations().stream()
                    .filter(c -> v.source().equals(c.source() + " lines " + c.lines())).map(AssessmentStore.CitationJson::of).toList();
            reported.add(new AssessmentStore.ReportedValue(v.code(), v.value(), v.period(), v.source(), cites));
        }
        String note = doc.flatMap(d -> d.string("note")).orElse(null);
        long id = store.insert(parsed.id(), parsed.modelId(), parsed.modelVersion(), parsed.city().code(), year, parsed.date(),
                parsed.origin(), note, sources, reported, user);
        for (Answer an : parsed.answers()) {
            store.upsertAnswer(id, an.criterionId(), an.respondent(), an.level().isPresent() ? an.level().getAsInt() : null,
                    an.notApplicable(), an.confidence(),
                    an.evidence().stream().map(e -> new AssessmentStore.EvidenceJson(e.kind().name().toLowerCase(), e.value(), null)).toList(),
                    an.citations().stream().map(AssessmentStore.CitationJson::of).toList(), user);
        }
        AssessmentStore.StoredAssessment created = store.find(id).orElseThrow();
        audit.record(user, "import", "maturity_assessment", parsed.id(), null,
                AuditTrail.map("source", sourceName, "city", parsed.city().code(), "model", parsed.modelId() + "@" + parsed.modelVersion(),
                        "answers", parsed.answers().size(), "citations", parsed.citations().count()));
        return created;
    }

    @Transactional
    public void saveRoadmap(long assessmentId, java.util.Map<String, Integer> targets, int horizon, String user) {
        AssessmentStore.StoredAssessment a = assessment(assessmentId);
        MaturityModel model = models.model(a.modelId(), a.modelVersion()).orElseThrow();
        RejectedInput.Collector problems = new RejectedInput.Collector();
        targets.forEach((d, t) -> {
            if (model.dimension(d).isEmpty()) {
                problems.add("targets." + d, t, "no such dimension in " + model.id());
            } else if (t == null || t < 1 || t > 5) {
                problems.add("targets." + d, t, "a target level is 1-5");
            }
        });
        if (targets.isEmpty()) {
            problems.add("targets", "", "choose a target level for at least one dimension");
        }
        if (horizon < 1 || horizon > 20) {
            problems.add("horizon", horizon, "the horizon is 1-20 years");
        }
        problems.throwIfAny();
        Optional<AssessmentStore.SavedRoadmap> before = store.roadmap(assessmentId);
        store.saveRoadmap(assessmentId, targets, horizon, user);
        audit.record(user, before.isPresent() ? "update" : "create", "maturity_roadmap", a.code(), before.orElse(null),
                store.roadmap(assessmentId).orElseThrow());
    }

    public AssessmentStore.StoredAssessment assessment(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("assessment", Long.toString(id)));
    }

    public static Integer yearOf(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = YEAR.matcher(date.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    static boolean isHttpUrl(String s) {
        try {
            URI u = new URI(s);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A maturity record that does not exist: 404 in the API and on pages. */
    public static class NotFound extends RuntimeException {
        public NotFound(String what, String key) {
            super("There is no " + what + " '" + key + "'.");
        }
    }

}
