package pl.miasto4.app.maturity.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.miasto4.maturity.assessment.Answer;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.Evidence;
import pl.miasto4.maturity.assessment.IndicatorValue;
import pl.miasto4.maturity.model.Citation;
import pl.miasto4.maturity.model.Source;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Assessments, their answers and evidence files in SQL; validation and the audit trail are {@link AssessmentService}'s. */
@Repository
public class AssessmentStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    /** Whether any assessment is stored. */
    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM maturity_assessment)").query(Boolean.class).single();
    }

    public AssessmentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An assessment as stored, with the number of answers it has. */
    public record StoredAssessment(long id, String code, String modelId, String modelVersion, String unitCode,
                                   String unitName, int year, String assessedOn, String origin, String note,
                                   List<Source> sources, List<ReportedValue> reported, OffsetDateTime createdAt,
                                   String createdBy, int answers) {
        public boolean derivedFromInterviews() {
            return Assessment.DERIVED_FROM_INTERVIEWS.equals(origin);
        }
    }

    /** A value written in the assessment document itself (e.g. quoted in an interview), with its citations. */
    public record ReportedValue(String code, double value, String period, String source, List<CitationJson> citations) {
    }

    /** A citation as stored: the source id, the line range and the quote that must occur there. */
    public record CitationJson(String source, int from, int to, String quote) {
        public static CitationJson of(Citation c) {
            return new CitationJson(c.source(), c.fromLine(), c.toLine(), c.quote());
        }

        Citation citation() {
            return new Citation(source, from, to, quote, "");
        }

        public String lines() {
            return from == to ? Integer.toString(from) : from + "–" + to;
        }
    }

    /** A piece of evidence: text, a link, or a stored file (then {@code fileId} names it). */
    public record EvidenceJson(String kind, String value, Long fileId) {
    }

    /** One respondent's stored answer. */
    public record StoredAnswer(long id, String criterionId, String respondent, Integer level, boolean notApplicable,
                               double confidence, List<EvidenceJson> evidence, List<CitationJson> citations,
                               OffsetDateTime updatedAt, String updatedBy) {
        Answer toAnswer() {
            List<Evidence> ev = evidence.stream().map(e -> new Evidence(Evidence.Kind.valueOf(e.kind().toUpperCase()),
                    e.value())).toList();
            return new Answer(criterionId, respondent, level == null ? OptionalInt.empty() : OptionalInt.of(level),
                    notApplicable, confidence, ev, citations.stream().map(CitationJson::citation).toList());
        }
    }

    private static final String SELECT = """
            SELECT a.*, u.name AS unit_name, (SELECT count(*) FROM maturity_answer x WHERE x.assessment_id = a.id) AS answers
            FROM maturity_assessment a JOIN territorial_unit u ON u.code = a.unit_code""";

    private StoredAssessment map(ResultSet rs) throws SQLException {
        return new StoredAssessment(rs.getLong("id"), rs.getString("code"), rs.getString("model_id"),
                rs.getString("model_version"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("year"),
                rs.getString("assessed_on"), rs.getString("origin"), rs.getString("note"),
                json.readValue(rs.getString("sources"), new TypeReference<List<Source>>() { }),
                json.readValue(rs.getString("reported_indicators"), new TypeReference<List<ReportedValue>>() { }),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"), rs.getInt("answers"));
    }

    public List<StoredAssessment> list(String unitCode, String modelId) {
        return jdbc.sql(SELECT + """
                 WHERE (CAST(:unit AS text) IS NULL OR a.unit_code = :unit)
                   AND (CAST(:model AS text) IS NULL OR a.model_id = :model)
                ORDER BY u.name, a.model_id, a.year DESC, a.origin""")
                .param("unit", unitCode).param("model", modelId).query((rs, n) -> map(rs)).list();
    }

    public Optional<StoredAssessment> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public Optional<StoredAssessment> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE a.code = ?").param(code).query((rs, n) -> map(rs)).optional();
    }

    /** The same city's assessment under the same model and origin in the latest earlier year. */
    public Optional<StoredAssessment> previous(StoredAssessment a) {
        return jdbc.sql(SELECT + """
                 WHERE a.unit_code = ? AND a.model_id = ? AND a.origin = ? AND a.year < ?
                ORDER BY a.year DESC LIMIT 1""")
                .params(a.unitCode(), a.modelId(), a.origin(), a.year()).query((rs, n) -> map(rs)).optional();
    }

    /** The latest assessment of every city under a model (per city: latest year, self-assessment before a derived one). */
    public List<StoredAssessment> latestPerCity(String modelId) {
        return jdbc.sql("SELECT * FROM (SELECT DISTINCT ON (a.unit_code) x.* FROM (" + SELECT + ") x "
                        + "JOIN maturity_assessment a ON a.id = x.id WHERE x.model_id = ? "
                        + "ORDER BY a.unit_code, x.year DESC, (x.origin = 'self_assessment') DESC, x.id DESC) y ORDER BY unit_name")
                .param(modelId).query((rs, n) -> map(rs)).list();
    }

    public long insert(String code, String modelId, String modelVersion, String unitCode, int year, String assessedOn,
                       String origin, String note, List<Source> sources, List<ReportedValue> reported, String user) {
        return jdbc.sql("""
                INSERT INTO maturity_assessment (code, model_id, model_version, unit_code, year, assessed_on, origin, note,
                                                 sources, reported_indicators, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) RETURNING id""")
                .params(code, modelId, modelVersion, unitCode, year, assessedOn, origin, note,
                        json.writeValueAsString(sources), json.writeValueAsString(reported), user)
                .query(Long.class).single();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM maturity_assessment WHERE id = ?").param(id).update();
    }

    private StoredAnswer mapAnswer(ResultSet rs) throws SQLException {
        return new StoredAnswer(rs.getLong("id"), rs.getString("criterion_id"), rs.getString("respondent"),
                (Integer) rs.getObject("level"), rs.getBoolean("not_applicable"), rs.getDouble("confidence"),
                json.readValue(rs.getString("evidence"), new TypeReference<List<EvidenceJson>>() { }),
                json.readValue(rs.getString("citations"), new TypeReference<List<CitationJson>>() { }),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }

    public List<StoredAnswer> answers(long assessmentId) {
        return jdbc.sql("SELECT * FROM maturity_answer WHERE assessment_id = ? ORDER BY criterion_id, respondent")
                .param(assessmentId).query((rs, n) -> mapAnswer(rs)).list();
    }

    public Optional<StoredAnswer> answer(long assessmentId, String criterionId, String respondent) {
        return jdbc.sql("SELECT * FROM maturity_answer WHERE assessment_id = ? AND criterion_id = ? AND respondent = ?")
                .params(assessmentId, criterionId, respondent).query((rs, n) -> mapAnswer(rs)).optional();
    }

    public void upsertAnswer(long assessmentId, String criterionId, String respondent, Integer level, boolean notApplicable,
                             double confidence, List<EvidenceJson> evidence, List<CitationJson> citations, String user) {
        jdbc.sql("""
                INSERT INTO maturity_answer (assessment_id, criterion_id, respondent, level, not_applicable, confidence,
                                             evidence, citations, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
                ON CONFLICT (assessment_id, criterion_id, respondent) DO UPDATE SET level = excluded.level,
                    not_applicable = excluded.not_applicable, confidence = excluded.confidence, evidence = excluded.evidence,
                    citations = excluded.citations, updated_by = excluded.updated_by, updated_at = now()""")
                .params(assessmentId, criterionId, respondent, level, notApplicable, confidence,
                        json.writeValueAsString(evidence), json.writeValueAsString(citations), user)
                .update();
    }

    public int deleteAnswer(long assessmentId, String criterionId, String respondent) {
        return jdbc.sql("DELETE FROM maturity_answer WHERE assessment_id = ? AND criterion_id = ? AND respondent = ?")
                .params(assessmentId, criterionId, respondent).update();
    }

    /** The assessment as the core scorer reads it. */
    public Assessment toAssessment(StoredAssessment a) {
        List<Answer> answers = answers(a.id()).stream().map(StoredAnswer::toAnswer).toList();
        List<IndicatorValue> reported = new ArrayList<>();
        List<Citation> cites = new ArrayList<>();
        for (ReportedValue v : a.reported()) {
            reported.add(new IndicatorValue(v.code(), v.value(), v.period(), v.source()));
            v.citations().forEach(c -> cites.add(c.citation()));
        }
        return new Assessment(a.code(), a.modelId(), a.modelVersion(), new Assessment.City(a.unitCode(), a.unitName()),
                a.assessedOn(), a.origin(), answers, reported, cites);
    }

    /** A stored evidence file's name, type and bytes. */
    public record EvidenceFile(long id, long assessmentId, String fileName, String contentType, long size, byte[] content) {
    }

    public long insertFile(long assessmentId, String fileName, String contentType, byte[] content, String sha256, String user) {
        return jdbc.sql("""
                INSERT INTO maturity_evidence_file (assessment_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(assessmentId, fileName, contentType, content.length, sha256, content, user).query(Long.class).single();
    }

    public Optional<EvidenceFile> file(long assessmentId, long fileId) {
        return jdbc.sql("SELECT * FROM maturity_evidence_file WHERE assessment_id = ? AND id = ?").params(assessmentId, fileId)
                .query((rs, n) -> new EvidenceFile(rs.getLong("id"), rs.getLong("assessment_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getBytes("content"))).optional();
    }

    /** Targets saved for the roadmap of an assessment: dimension id → level, and the horizon. */
    public record SavedRoadmap(Map<String, Integer> targets, int horizonYears, String savedBy, OffsetDateTime savedAt) {
    }

    public Optional<SavedRoadmap> roadmap(long assessmentId) {
        return jdbc.sql("SELECT * FROM maturity_roadmap WHERE assessment_id = ?").param(assessmentId)
                .query((rs, n) -> new SavedRoadmap(json.readValue(rs.getString("targets"),
                        new TypeReference<Map<String, Integer>>() { }), rs.getInt("horizon_years"), rs.getString("saved_by"),
                        rs.getObject("saved_at", OffsetDateTime.class))).optional();
    }

    public void saveRoadmap(long assessmentId, Map<String, Integer> targets, int horizon, String user) {
        jdbc.sql("""
                INSERT INTO maturity_roadmap (assessment_id, targets, horizon_years, saved_by) VALUES (?, ?::jsonb, ?, ?)
                ON CONFLICT (assessment_id) DO UPDATE SET targets = excluded.targets, horizon_years = excluded.horizon_years,
                    saved_by = excluded.saved_by, saved_at = now()""")
                .params(assessmentId, json.writeValueAsString(new java.util.TreeMap<>(targets)), horizon, user).update();
    }
}
