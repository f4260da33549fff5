package pl.miasto4.app.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Questionnaires, survey waves and their responses (V71). */
@Repository
public class QuestionnaireRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public QuestionnaireRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<String> codes() {
        return jdbc.sql("SELECT code FROM questionnaire ORDER BY code").query(String.class).list();
    }

    public Optional<Questionnaire> find(String code) {
        return jdbc.sql("SELECT id, code, title_pl, title_en, description_pl, description_en, template FROM questionnaire WHERE code = ?")
                .param(code).query((rs, n) -> new Questionnaire(rs.getLong("id"), rs.getString("code"), rs.getString("title_pl"),
                        rs.getString("title_en"), rs.getString("description_pl"), rs.getString("description_en"),
                        rs.getBoolean("template"), questions(rs.getLong("id"))))
                .optional();
    }

    private List<Questionnaire.Question> questions(long id) {
        Map<String, List<Questionnaire.Option>> options = new LinkedHashMap<>();
        jdbc.sql("SELECT question_code, code, label_pl, label_en FROM questionnaire_option WHERE questionnaire_id = ? ORDER BY question_code, position")
                .param(id).query(rs -> {
                    options.computeIfAbsent(rs.getString("question_code"), k -> new ArrayList<>())
                            .add(new Questionnaire.Option(rs.getString("code"), rs.getString("label_pl"), rs.getString("label_en")));
                });
        return jdbc.sql("""
                SELECT code, kind, text_pl, text_en, min_value, max_value, required FROM questionnaire_question
                WHERE questionnaire_id = ? ORDER BY position""")
                .param(id).query((rs, n) -> new Questionnaire.Question(rs.getString("code"),
                        Questionnaire.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("text_pl"),
                        rs.getString("text_en"), rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"),
                        rs.getBoolean("required"), options.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    /** A wave as listed: its questionnaire, place, period, counts. */
    public record Wave(long id, String questionnaireCode, String name, String unitCode, String unitName, String period,
                       Integer invited, long responses, String source, String importedBy, OffsetDateTime importedAt) {
        /** Responses per invitation, null when the number invited is unknown. */
        public Double responseRate() {
            return invited == null ? null : (double) responses / invited;
        }
    }

    private static final String WAVES = """
            SELECT w.id, q.code AS questionnaire, w.name, w.unit_code, u.name AS unit_name, w.period, w.invited,
                   (SELECT count(*) FROM survey_response r WHERE r.wave_id = w.id) AS responses, w.source, w.imported_by, w.imported_at
            FROM survey_wave w JOIN questionnaire q ON q.id = w.questionnaire_id JOIN territorial_unit u ON u.code = w.unit_code""";

    private static Wave wave(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Wave(rs.getLong("id"), rs.getString("questionnaire"), rs.getString("name"), rs.getString("unit_code"),
                rs.getString("unit_name"), rs.getString("period"), (Integer) rs.getObject("invited"), rs.getLong("responses"),
                rs.getString("source"), rs.getString("imported_by"), rs.getObject("imported_at", OffsetDateTime.class));
    }

    public List<Wave> waves() {
        return jdbc.sql(WAVES + " ORDER BY w.imported_at DESC, w.id DESC").query((rs, n) -> wave(rs)).list();
    }

    public Optional<Wave> wave(long id) {
        return jdbc.sql(WAVES + " WHERE w.id = ?").param(id).query((rs, n) -> wave(rs)).optional();
    }

    /** One respondent's validated answers: question code → text, number or list of codes. */
    public record Response(int respondent, int line, BigDecimal weight, String group, Map<String, Object> answers) {
    }

    public long insertWave(long questionnaireId, String name, String unitCode, String period, Integer invited, String source,
                           String user) {
        return jdbc.sql("""
                INSERT INTO survey_wave (questionnaire_id, name, unit_code, period, invited, source, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(questionnaireId, name, unitCode, period, invited, source, user).query(Long.class).single();
    }

    public void insertResponses(long waveId, List<Response> responses) {
        for (Response r : responses) {
            jdbc.sql("INSERT INTO survey_response (wave_id, respondent, line, weight, group_code, answers) VALUES (?, ?, ?, ?, ?, ?::jsonb)")
                    .params(waveId, r.respondent(), r.line(), r.weight(), r.group(), json.writeValueAsString(r.answers()))
                    .update();
        }
    }

    @SuppressWarnings("unchecked")
    public List<Response> responses(long waveId) {
        return jdbc.sql("SELECT respondent, line, weight, group_code, answers::text AS answers FROM survey_response WHERE wave_id = ? ORDER BY respondent")
                .param(waveId).query((rs, n) -> new Response(rs.getInt("respondent"), rs.getInt("line"), rs.getBigDecimal("weight"),
                        rs.getString("group_code"), json.readValue(rs.getString("answers"), LinkedHashMap.class)))
                .list();
    }

    /** The unit codes of the store (to check groups). */
    public boolean unitExists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM territorial_unit WHERE code = ?)").param(code).query(Boolean.class).single();
    }

    public Optional<String> unitName(String code) {
        return jdbc.sql("SELECT name FROM territorial_unit WHERE code = ?").param(code).query(String.class).optional();
    }

    public void insertInvitations(long waveId, List<String> hashes) {
        for (String h : hashes) {
            jdbc.sql("INSERT INTO survey_invitation (wave_id, code_hash) VALUES (?, ?)").params(waveId, h).update();
        }
    }

    /** Whether the code hash was invited to the wave: empty if not, true if already used. */
    public Optional<Boolean> invitationUsed(long waveId, String hash) {
        return jdbc.sql("SELECT used_at IS NOT NULL FROM survey_invitation WHERE wave_id = ? AND code_hash = ?")
                .params(waveId, hash).query(Boolean.class).optional();
    }

    /** Spends an unused code (row-locked by the update): false when it was used meanwhile. */
    public boolean spendInvitation(long waveId, String hash) {
        return jdbc.sql("UPDATE survey_invitation SET used_at = now() WHERE wave_id = ? AND code_hash = ? AND used_at IS NULL")
                .params(waveId, hash).update() == 1;
    }

    /** The next respondent's number; locks the wave's row so concurrent answers number one after the other. */
    public int nextRespondent(long waveId) {
        jdbc.sql("SELECT id FROM survey_wave WHERE id = ? FOR UPDATE").param(waveId).query(Long.class).single();
        return jdbc.sql("SELECT coalesce(max(respondent), 0) + 1 FROM survey_response WHERE wave_id = ?").param(waveId)
                .query(Integer.class).single();
    }
}
