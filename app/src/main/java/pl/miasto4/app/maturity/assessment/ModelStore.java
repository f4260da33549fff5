package pl.miasto4.app.maturity.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.maturity.document.DocumentRejectedException;
import pl.miasto4.maturity.document.Problem;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;
import pl.miasto4.maturity.model.ModelParser;
import pl.miasto4.maturity.roadmap.ActionCatalogue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maturity models in the store: each version kept as the YAML document it came from, parsed and
 * validated by the core parser on first use. The shipped models are written at start; a city's
 * own model is imported, and a changed document needs a new version (versions are never
 * overwritten, because assessments refer to them).
 */
@Repository
public class ModelStore {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Map<String, MaturityModel> parsed = new ConcurrentHashMap<>();
    private final Map<String, Optional<ActionCatalogue>> actions = new ConcurrentHashMap<>();

    public ModelStore(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A stored model version, without its document. */
    public record StoredModel(String id, String version, String namePl, String nameEn, boolean builtIn,
                              OffsetDateTime importedAt, String importedBy) {
        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : namePl;
        }
    }

    /** Writes the shipped models (a shipped document replaces its own earlier text of the same version). */
    @Transactional
    public void ensureBuiltIn() {
        ModelLibrary library = ModelLibrary.builtIn();
        for (MaturityModel m : library.models()) {
            String text = library.documentText(m.id()).orElseThrow();
            jdbc.sql("""
                    INSERT INTO maturity_model (id, version, name_pl, name_en, document, built_in, imported_by)
                    VALUES (?, ?, ?, ?, ?, true, 'system')
                    ON CONFLICT (id, version) DO UPDATE SET document = excluded.document, name_pl = excluded.name_pl,
                        name_en = excluded.name_en
                    WHERE maturity_model.built_in AND maturity_model.document IS DISTINCT FROM excluded.document""")
                    .params(m.id(), m.version(), m.name().pl(), m.name().en(), text).update();
            parsed.remove(key(m.id(), m.version()));
        }
    }

    /**
     * Imports a model document. Rejected with every problem (line, column, reason) when it does not
     * validate, or when its version is already stored with a different text.
     */
    @Transactional
    public StoredModel importModel(String text, String sourceName, String username) {
        MaturityModel model = ModelParser.parse(text, sourceName).orThrow();
        Optional<String> existing = jdbc.sql("SELECT document FROM maturity_model WHERE id = ? AND version = ?")
                .params(model.id(), model.version()).query(String.class).optional();
        if (existing.isPresent()) {
            if (existing.get().equals(text)) {
                return find(model.id(), model.version()).orElseThrow();
            }
            throw new DocumentRejectedException(List.of(new Problem(sourceName, 1, 1, "model " + model.id() + " version "
                    + model.version() + " is already stored with a different text; give the changed model a new 'version'")));
        }
        jdbc.sql("""
                INSERT INTO maturity_model (id, version, name_pl, name_en, document, built_in, imported_by)
                VALUES (?, ?, ?, ?, ?, false, ?)""")
                .params(model.id(), model.version(), model.name().pl(), model.name().en(), text, username).update();
        audit.record(username, "import", "maturity_model", model.id() + "@" + model.version(), null,
                AuditTrail.map("id", model.id(), "version", model.version(), "dimensions", model.dimensions().size(),
                        "criteria", model.criteria().count()));
        return find(model.id(), model.version()).orElseThrow();
    }

    private static final String SELECT = "SELECT id, version, name_pl, name_en, built_in, imported_at, imported_by FROM maturity_model";

    private static StoredModel map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredModel(rs.getString("id"), rs.getString("version"), rs.getString("name_pl"), rs.getString("name_en"),
                rs.getBoolean("built_in"), rs.getObject("imported_at", OffsetDateTime.class), rs.getString("imported_by"));
    }

    /** Every stored version; the newest import of each model first. */
    public List<StoredModel> list() {
        return jdbc.sql(SELECT + " ORDER BY built_in DESC, id, imported_at DESC").query((rs, n) -> map(rs)).list();
    }

    public Optional<StoredModel> find(String id, String version) {
        return jdbc.sql(SELECT + " WHERE id = ? AND version = ?").params(id, version).query((rs, n) -> map(rs)).optional();
    }

    /** The most recently imported version of a model. */
    public Optional<StoredModel> latest(String id) {
        return jdbc.sql(SELECT + " WHERE id = ? ORDER BY imported_at DESC, version DESC LIMIT 1").param(id)
                .query((rs, n) -> map(rs)).optional();
    }

    public Optional<String> document(String id, String version) {
        return jdbc.sql("SELECT document FROM maturity_model WHERE id = ? AND version = ?").params(id, version)
                .query(String.class).optional();
    }

    /** The parsed model of a stored version (parsed once, then kept). */
    public Optional<MaturityModel> model(String id, String version) {
        MaturityModel cached = parsed.get(key(id, version));
        if (cached != null) {
            return Optional.of(cached);
        }
        return document(id, version).map(text -> {
            MaturityModel m = ModelParser.parse(text, id + "@" + version).orThrow();
            parsed.put(key(id, version), m);
            return m;
        });
    }

    public Optional<MaturityModel> latestModel(String id) {
        return latest(id).flatMap(s -> model(s.id(), s.version()));
    }

    /** The action catalogue for a model, where one is shipped (only for the Miasto 4.0 model so far). */
    public Optional<ActionCatalogue> actions(MaturityModel model) {
        return actions.computeIfAbsent(key(model.id(), model.version()), k -> {
            String path = "maturity/actions/" + model.id() + "-actions.yaml";
            if (ModelStore.class.getClassLoader().getResource(path) == null) {
                return Optional.empty();
            }
            return Optional.of(ActionCatalogue.builtIn(model));
        });
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }
}
