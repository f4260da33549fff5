package pl.miasto4.app.pb.admin;

import pl.miasto4.app.pb.results.Results;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.db.CopyRows;
import pl.miasto4.pb.Instance;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibFormatException;
import pl.miasto4.pb.PabulibReader;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Project;
import pl.miasto4.pb.rules.Rules;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports past editions from pabulib files: every file becomes one pool (the citywide vote or one
 * district's) of the edition named by its {@code unit} and {@code instance}, so a directory of a
 * city's files becomes its editions at once. All or nothing: a malformed file (reported with its line
 * and reason) or a clash with an edition run here changes nothing. Re-importing an identical file is a
 * no-op; a changed file replaces its pool.
 */
@Service
public class PbImport {
    private static final long LOCK = 4_040_040L;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final JsonMapper json;

    public PbImport(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx, AuditTrail audit, JsonMapper json) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.json = json;
    }

    /** A file to import: its name (for messages) and bytes. */
    public record Upload(String name, byte[] bytes) {
    }

    /** What happened to one file: {@code imported}, {@code replaced}, {@code unchanged} or {@code rejected}. */
    public record FileResult(String file, String status, String edition, String pool, int projects, int ballots,
                             String reason) {
    }

    public record Report(boolean rejected, List<FileResult> files) {
        public List<String> problems() {
            return files.stream().filter(f -> f.status().equals("rejected")).map(f -> f.file() + ": " + f.reason()).toList();
        }
    }

    private record Parsed(Upload upload, PabulibFile file, String sha256, String editionSlug, String city, Integer year,
                          String instance, String poolCode, String poolName, String district) {
    }

    public Report importFiles(List<Upload> uploads, String username) {
        List<Parsed> parsed = new ArrayList<>();
        List<FileResult> results = new ArrayList<>();
        boolean rejected = false;
        Map<String, String> poolKeys = new LinkedHashMap<>();
        for (Upload u : uploads) {
            try {
                PabulibFile f = PabulibReader.read(u.name(), u.bytes());
                Optional<String> problem = usable(f);
                if (problem.isPresent()) {
                    results.add(new FileResult(u.name(), "rejected", null, null, 0, 0, problem.get()));
                    rejected = true;
                    continue;
                }
                Parsed p = describe(u, f);
                String key = p.editionSlug() + "/" + p.poolCode();
                if (poolKeys.containsKey(key)) {
                    results.add(new FileResult(u.name(), "rejected", p.editionSlug(), p.poolCode(), 0, 0,
                            "the same edition and pool as " + poolKeys.get(key) + " (" + key + ")"));
                    rejected = true;
                    continue;
                }
                poolKeys.put(key, u.name());
                parsed.add(p);
            } catch (PabulibFormatException e) {
                results.add(new FileResult(u.name(), "rejected", null, null, 0, 0, "line " + e.line() + ": " + e.reason()));
                rejected = true;
            }
        }
        if (rejected) {
            return new Report(true, results);
        }
        return tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
            List<FileResult> out = new ArrayList<>();
            for (Parsed p : parsed) {
                Optional<String> kind = jdbc.sql("SELECT kind FROM pb_edition WHERE slug = ?").param(p.editionSlug())
                        .query(String.class).optional();
                if (kind.isPresent() && !kind.get().equals("imported")) {
                    status.setRollbackOnly();
                    out.add(new FileResult(p.upload().name(), "rejected", p.editionSlug(), p.poolCode(), 0, 0,
                            "edition " + p.editionSlug() + " is run here (live); an imported file cannot replace it"));
                    return new Report(true, out);
                }
                out.add(store(p, username));
            }
            return new Report(false, out);
        });
    }

    /** A file the store can hold: a rule it knows (or none) and no project ids it could not keep. */
    static Optional<String> usable(PabulibFile f) {
        for (Project p : f.instance().projects()) {
            if (!p.id().matches("[^,;\\s]+")) {
                return Optional.of("project id '" + p.id() + "' contains a comma, semicolon or space");
            }
        }
        String rule = f.instance().rule();
        if (!rule.isBlank() && Rules.byName(rule).isEmpty()) {
            return Optional.of("the file names rule '" + rule + "', which this engine does not know");
        }
        return Optional.empty();
    }

    private static Parsed describe(Upload u, PabulibFile f) {
        Instance in = f.instance();
        String city = firstNonBlank(in.meta("unit"), in.meta("country"), "unknown");
        String instance = firstNonBlank(in.meta("instance"), "");
        Integer year = instance.matches("\\d{4}.*") ? Integer.valueOf(instance.substring(0, 4)) : null;
        String district = firstNonBlank(in.meta("district"), in.meta("subunit"), null);
        String slug = slug(city + "-" + (year != null ? year.toString() : instance));
        String code;
        String name;
        if (district != null) {
            code = slug(district);
            name = district;
        } else {
            String stem = u.name().replaceAll("\\.pb$", "");
            String marker = city.replace(' ', '_') + "_" + instance;
            int at = stem.indexOf(marker);
            String rest = at >= 0 ? stem.substring(at + marker.length()).replaceAll("^_+", "") : "";
            code = rest.isBlank() ? "citywide" : slug(rest);
            name = firstNonBlank(in.meta("description"), city);
        }
        return new Parsed(u, f, sha256(u.bytes()), slug, city, year, instance, code, name, district);
    }

    private FileResult store(Parsed p, String username) {
        long editionId = jdbc.sql("SELECT id FROM pb_edition WHERE slug = ?").param(p.editionSlug()).query(Long.class)
                .optional().orElseGet(() -> createEdition(p, username));
        Optional<String> existing = jdbc.sql("SELECT file_sha256 FROM pb_pool WHERE edition_id = ? AND code = ?")
                .params(editionId, p.poolCode()).query(String.class).optional();
        PabulibFile f = p.file();
        if (existing.isPresent() && p.sha256().equals(existing.get())) {
            return new FileResult(p.upload().name(), "unchanged", p.editionSlug(), p.poolCode(), f.instance().size(),
                    f.profile().size(), "");
        }
        existing.ifPresent(x -> jdbc.sql("DELETE FROM pb_pool WHERE edition_id = ? AND code = ?")
                .params(editionId, p.poolCode()).update());
        Instance in = f.instance();
        int position = jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM pb_pool WHERE edition_id = ?")
                .param(editionId).query(Integer.class).single();
        long poolId = jdbc.sql("""
                        INSERT INTO pb_pool (edition_id, code, name, kind, district, position, budget, vote_type, rule,
                                             min_length, max_length, max_points, max_sum_points, max_sum_cost, meta, file_sha256)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) RETURNING id""")
                .params(editionId, p.poolCode(), p.poolName(), p.district() == null ? "citywide" : "district", p.district(),
                        position, Results.money(in.budget(), in.scale()), in.voteType().pabulibName(),
                        in.rule().isBlank() ? "greedy" : in.rule(), intMeta(in, "min_length"), intMeta(in, "max_length"),
                        intMeta(in, "max_points"), intMeta(in, "max_sum_points"), decimalMeta(in, "max_sum_cost"),
                        json.writeValueAsString(in.meta()), p.sha256())
                .query(Long.class).single();
        Map<String, Integer> official = f.official().map(o -> o.selectedById()).orElse(Map.of());
        for (Project project : in.projects()) {
            Map<String, String> fields = new LinkedHashMap<>(project.fields());
            fields.remove("project_id");
            fields.remove("cost");
            fields.remove("name");
            jdbc.sql("""
                            INSERT INTO pb_project (pool_id, project_id, position, name, cost, categories, targets, fields, selected)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
                    .params(poolId, project.id(), project.index(), project.name(), Results.money(project.cost(), in.scale()),
                            project.categories().toArray(String[]::new), project.targets().toArray(String[]::new),
                            json.writeValueAsString(fields), f.official().isPresent() ? official.getOrDefault(project.id(), 0) : null)
                    .update();
        }
        copyBallots(poolId, in, f.profile());
        audit.record(username, existing.isPresent() ? "replace" : "import", "pb_pool", p.editionSlug() + "/" + p.poolCode(),
                null, AuditTrail.map("file", p.upload().name(), "sha256", p.sha256(), "projects", in.size(),
                        "ballots", f.profile().size()));
        return new FileResult(p.upload().name(), existing.isPresent() ? "replaced" : "imported", p.editionSlug(),
                p.poolCode(), in.size(), f.profile().size(), "");
    }

    private long createEdition(Parsed p, String username) {
        Instance in = p.file().instance();
        long id = jdbc.sql("""
                        INSERT INTO pb_edition (slug, city, name, year, kind, status, voting_start, voting_end, source)
                        VALUES (?, ?, ?, ?, 'imported', 'counted', ?, ?, ?) RETURNING id""")
                .params(p.editionSlug(), p.city(), p.city() + " " + p.instance(), p.year(), date(in.meta("date_begin")),
                        date(in.meta("date_end")), "pabulib (pabulib.org): " + p.upload().name())
                .query(Long.class).single();
        audit.record(username, "create", "pb_edition", p.editionSlug(), null,
                AuditTrail.map("kind", "imported", "city", p.city(), "year", p.year()));
        return id;
    }

    /** Ballots with COPY: project ids in the voter's order, points where the type has them, published attributes. */
    private void copyBallots(long poolId, Instance in, Profile profile) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (CopyRows rows = new CopyRows(c, "COPY pb_ballot (pool_id, projects, points, attributes) FROM STDIN")) {
            boolean points = in.voteType().hasPoints();
            StringBuilder arr = new StringBuilder();
            StringBuilder pts = new StringBuilder();
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int b = 0; b < profile.size(); b++) {
                arr.setLength(0);
                pts.setLength(0);
                arr.append('{');
                pts.append('{');
                for (int k = 0; k < profile.length(b); k++) {
                    if (k > 0) {
                        arr.append(',');
                        pts.append(',');
                    }
                    arr.append('"').append(in.project(profile.project(b, k)).id().replace("\\", "\\\\").replace("\"", "\\\""))
                            .append('"');
                    pts.append(profile.points(b, k));
                }
                arr.append('}');
                pts.append('}');
                attrs.clear();
                for (Map.Entry<String, String[]> a : profile.attributes().entrySet()) {
                    if (a.getValue()[b] != null) {
                        attrs.put(a.getKey(), a.getValue()[b]);
                    }
                }
                rows.field(poolId).field(arr).field(points ? pts : null)
                        .field(attrs.isEmpty() ? null : json.writeValueAsString(attrs)).endRow();
            }
            rows.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the ballots: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static Integer intMeta(Instance in, String key) {
        var v = in.metaLong(key);
        return v.isPresent() && v.getAsLong() > 0 && v.getAsLong() < Integer.MAX_VALUE ? (int) v.getAsLong() : null;
    }

    private static BigDecimal decimalMeta(Instance in, String key) {
        String v = in.meta(key);
        try {
            BigDecimal d = v == null ? null : new BigDecimal(v.trim());
            return d != null && d.signum() > 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String dmy) {
        if (dmy == null) {
            return null;
        }
        for (String pattern : List.of("dd.MM.yyyy", "yyyy-MM-dd", "d.M.yyyy")) {
            try {
                return LocalDate.parse(dmy.trim(), DateTimeFormatter.ofPattern(pattern));
            } catch (RuntimeException ignored) {
                // try the next form
            }
        }
        return null;
    }

    /** {@code Nowa Huta} → {@code nowa-huta}, {@code Kraków 2020} → {@code krakow-2020}. */
    static String slug(String text) {
        String s = Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
