package pl.miasto4.app.pb.results;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Editions, pools, projects and counted ballots as stored; SQL only, no rules. */
@Repository
public class PbRepository {
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PbRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One participatory-budget edition of a city (one year's vote), with its pools. */
    public record Edition(long id, String slug, String city, String name, Integer year, String kind, String status,
                          LocalDate votingStart, LocalDate votingEnd, int minAge, String districtVote, String source) {
        public boolean live() {
            return kind.equals("live");
        }

        public boolean open() {
            return status.equals("open");
        }

        public boolean counted() {
            return status.equals("counted");
        }

        /** Whether residents may vote online today: open, and today within the voting period. */
        public boolean votingToday(LocalDate today) {
            return open() && (votingStart == null || !today.isBefore(votingStart))
                    && (votingEnd == null || !today.isAfter(votingEnd));
        }
    }

    /** An area's money and ballot rules: the citywide pool or one district's. */
    public record Pool(long id, long editionId, String code, String name, String kind, String district, int position,
                       BigDecimal budget, String voteType, String rule, Integer minLength, Integer maxLength,
                       Integer maxPoints, Integer maxSumPoints, BigDecimal maxSumCost, Map<String, String> meta) {
        /** The "has voted" slot: each citywide pool is its own; all district pools share one. */
        public String slot() {
            return kind.equals("district") ? "district" : code;
        }
    }

    public record PoolProject(String id, int position, String name, BigDecimal cost, List<String> categories,
                              List<String> targets, Map<String, String> fields, Integer selected) {
    }

    /** A counted ballot: project ids in the voter's order, points where the vote type has them. */
    public record StoredBallot(List<String> projects, int[] points, Map<String, String> attributes) {
    }

    private static final String EDITION_COLUMNS = "id, slug, city, name, year, kind, status, voting_start, voting_end, "
            + "min_age, district_vote, source";

    private static Edition edition(ResultSet rs) throws SQLException {
        return new Edition(rs.getLong("id"), rs.getString("slug"), rs.getString("city"), rs.getString("name"),
                (Integer) rs.getObject("year"), rs.getString("kind"), rs.getString("status"),
                rs.getObject("voting_start", LocalDate.class), rs.getObject("voting_end", LocalDate.class),
                rs.getInt("min_age"), rs.getString("district_vote"), rs.getString("source"));
    }

    public List<Edition> editions() {
        return jdbc.sql("SELECT " + EDITION_COLUMNS + " FROM pb_edition ORDER BY city, year DESC NULLS LAST, slug")
                .query((rs, n) -> edition(rs)).list();
    }

    public Optional<Edition> edition(String slug) {
        return jdbc.sql("SELECT " + EDITION_COLUMNS + " FROM pb_edition WHERE slug = ?").param(slug)
                .query((rs, n) -> edition(rs)).optional();
    }

    public Optional<Edition> edition(long id) {
        return jdbc.sql("SELECT " + EDITION_COLUMNS + " FROM pb_edition WHERE id = ?").param(id)
                .query((rs, n) -> edition(rs)).optional();
    }

    private Pool pool(ResultSet rs) throws SQLException {
        return new Pool(rs.getLong("id"), rs.getLong("edition_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("kind"), rs.getString("district"), rs.getInt("position"), rs.getBigDecimal("budget"),
                rs.getString("vote_type"), rs.getString("rule"), (Integer) rs.getObject("min_length"),
                (Integer) rs.getObject("max_length"), (Integer) rs.getObject("max_points"),
                (Integer) rs.getObject("max_sum_points"), rs.getBigDecimal("max_sum_cost"),
                json.readValue(rs.getString("meta"), STRING_MAP));
    }

    private static final String POOL_COLUMNS = "id, edition_id, code, name, kind, district, position, budget, vote_type, "
            + "rule, min_length, max_length, max_points, max_sum_points, max_sum_cost, meta::text AS meta";

    public List<Pool> pools(long editionId) {
        return jdbc.sql("SELECT " + POOL_COLUMNS + " FROM pb_pool WHERE edition_id = ? ORDER BY kind, position, name")
                .param(editionId).query((rs, n) -> pool(rs)).list();
    }

    public Optional<Pool> pool(long editionId, String code) {
        return jdbc.sql("SELECT " + POOL_COLUMNS + " FROM pb_pool WHERE edition_id = ? AND code = ?")
                .params(editionId, code).query((rs, n) -> pool(rs)).optional();
    }

    public List<PoolProject> projects(long poolId) {
        return jdbc.sql("""
                SELECT project_id, position, name, cost, categories, targets, fields::text AS fields, selected
                FROM pb_project WHERE pool_id = ? ORDER BY position""").param(poolId)
                .query((rs, n) -> new PoolProject(rs.getString("project_id"), rs.getInt("position"), rs.getString("name"),
                        rs.getBigDecimal("cost"), strings(rs.getArray("categories")), strings(rs.getArray("targets")),
                        json.readValue(rs.getString("fields"), STRING_MAP), (Integer) rs.getObject("selected")))
                .list();
    }

    /** Counted ballots per pool of an edition. */
    public Map<Long, Long> ballotCounts(long editionId) {
        Map<Long, Long> m = new LinkedHashMap<>();
        jdbc.sql("SELECT b.pool_id, count(*) AS n FROM pb_ballot b JOIN pb_pool p ON p.id = b.pool_id "
                        + "WHERE p.edition_id = ? GROUP BY b.pool_id").param(editionId)
                .query(rs -> {
                    m.put(rs.getLong("pool_id"), rs.getLong("n"));
                });
        return m;
    }

    /** Sealed (not yet counted) ballots per pool of an edition. */
    public Map<Long, Long> sealedCounts(long editionId) {
        Map<Long, Long> m = new LinkedHashMap<>();
        jdbc.sql("SELECT s.pool_id, count(*) AS n FROM pb_sealed_ballot s JOIN pb_pool p ON p.id = s.pool_id "
                        + "WHERE p.edition_id = ? GROUP BY s.pool_id").param(editionId)
                .query(rs -> {
                    m.put(rs.getLong("pool_id"), rs.getLong("n"));
                });
        return m;
    }

    /** The imported voter register of an edition: file, number of voters, when and by whom. */
    public Optional<Map<String, Object>> register(long editionId) {
        return jdbc.sql("SELECT file_name, voters, imported_at, imported_by FROM pb_register WHERE edition_id = ?")
                .param(editionId).query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("fileName", rs.getString("file_name"));
                    m.put("voters", rs.getInt("voters"));
                    m.put("importedAt", rs.getObject("imported_at", java.time.OffsetDateTime.class));
                    m.put("importedBy", rs.getString("imported_by"));
                    return m;
                }).optional();
    }

    /** The counted ballots of a pool, in the order they are stored (which carries no information). */
    public List<StoredBallot> ballots(long poolId) {
        List<StoredBallot> out = new ArrayList<>();
        jdbc.sql("SELECT projects, points, attributes::text AS attributes FROM pb_ballot WHERE pool_id = ?")
                .param(poolId).query(rs -> {
                    Array pts = rs.getArray("points");
                    int[] points = null;
                    if (pts != null) {
                        Integer[] boxed = (Integer[]) pts.getArray();
                        points = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
                    }
                    String attrs = rs.getString("attributes");
                    out.add(new StoredBallot(strings(rs.getArray("projects")), points,
                            attrs == null ? Map.of() : json.readValue(attrs, STRING_MAP)));
                });
        return out;
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }

    /** Whether any edition is stored. */
    public boolean anyEdition() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pb_edition)").query(Boolean.class).single();
    }

    /** A counted ballot found by the hash of its receipt, with where it was cast. */
    public record CountedBallot(String editionSlug, String editionName, String poolCode, String poolName,
                                List<String> projects, List<Integer> points) {
    }

    public Optional<CountedBallot> countedBallot(byte[] receiptHash) {
        return jdbc.sql("""
                        SELECT b.projects, b.points, p.code, p.name AS pool_name, e.slug, e.name AS edition_name
                        FROM pb_ballot b JOIN pb_pool p ON p.id = b.pool_id JOIN pb_edition e ON e.id = p.edition_id
                        WHERE b.receipt_hash = ?""").param(receiptHash)
                .query((rs, n) -> new CountedBallot(rs.getString("slug"), rs.getString("edition_name"), rs.getString("code"),
                        rs.getString("pool_name"), strings(rs.getArray("projects")),
                        rs.getArray("points") == null ? null : List.of((Integer[]) rs.getArray("points").getArray())))
                .optional();
    }

    /** A ballot still sealed (the vote is open), found by its receipt's key, with where it was cast. */
    public record SealedRow(String editionSlug, String editionName, String poolCode, String poolName, byte[] sealed) {
    }

    public Optional<SealedRow> sealedBallot(byte[] receiptKey) {
        return jdbc.sql("""
                        SELECT s.sealed, p.code, p.name AS pool_name, e.slug, e.name AS edition_name
                        FROM pb_sealed_ballot s JOIN pb_pool p ON p.id = s.pool_id JOIN pb_edition e ON e.id = p.edition_id
                        WHERE s.receipt_key = ?""").param(receiptKey)
                .query((rs, n) -> new SealedRow(rs.getString("slug"), rs.getString("edition_name"), rs.getString("code"),
                        rs.getString("pool_name"), rs.getBytes("sealed")))
                .optional();
    }
}
