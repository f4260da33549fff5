package pl.miasto4.app.pb.admin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import pl.miasto4.app.db.CopyRows;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/** What officials change in an edition run here: the edition, its pools and projects, its status, its ballots at the count. */
@Repository
public class EditionRepository {
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public EditionRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void insertEdition(String slug, String city, String name, int year, LocalDate votingStart, LocalDate votingEnd,
                       int minAge, String districtVote, String source) {
        jdbc.sql("""
                        INSERT INTO pb_edition (slug, city, name, year, kind, status, voting_start, voting_end, min_age,
                                                district_vote, source)
                        VALUES (?, ?, ?, ?, 'live', 'draft', ?, ?, ?, ?, ?)""")
                .params(slug, city, name, year, votingStart, votingEnd, minAge, districtVote, source)
                .update();
    }

    /** A pool, placed after the edition's others. */
    void insertPool(long editionId, String code, String name, String kind, String district, BigDecimal budget,
                    String voteType, String rule, Integer minLength, Integer maxLength, Integer maxPoints,
                    Integer maxSumPoints, BigDecimal maxSumCost) {
        int position = jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM pb_pool WHERE edition_id = ?")
                .param(editionId).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO pb_pool (edition_id, code, name, kind, district, position, budget, vote_type, rule,
                                             min_length, max_length, max_points, max_sum_points, max_sum_cost)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(editionId, code, name, kind, district, position, budget, voteType, rule, minLength, maxLength,
                        maxPoints, maxSumPoints, maxSumCost).update();
    }

    /** A project as a pool lists it. */
    record ProjectRow(String id, String name, BigDecimal cost, String[] categories) {
    }

    /** The pool's projects, replacing the ones it had, in the order given. */
    void replaceProjects(long poolId, List<ProjectRow> projects) {
        jdbc.sql("DELETE FROM pb_project WHERE pool_id = ?").param(poolId).update();
        int position = 0;
        for (ProjectRow p : projects) {
            jdbc.sql("""
                            INSERT INTO pb_project (pool_id, project_id, position, name, cost, categories)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(poolId, p.id(), position++, p.name(), p.cost(), p.categories())
                    .update();
        }
    }

    long registerSize(long editionId) {
        return jdbc.sql("SELECT count(*) FROM pb_register WHERE edition_id = ?").param(editionId).query(Long.class).single();
    }

    void markOpen(long editionId) {
        jdbc.sql("UPDATE pb_edition SET status = 'open' WHERE id = ? AND status = 'draft'").param(editionId).update();
    }

    /**
     * Waits until every ballot being written to the edition is committed (they hold the lock shared),
     * then locks the edition's row; returns its status.
     */
    String lockForCount(long editionId, long ballotLock) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ballotLock).query(Object.class).single();
        return jdbc.sql("SELECT status FROM pb_edition WHERE id = ? FOR UPDATE").param(editionId).query(String.class).single();
    }

    /** A sealed ballot as the box keeps it. */
    record Sealed(long poolId, byte[] sealed) {
    }

    List<Sealed> sealedBallots(Collection<Long> poolIds) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement ps = c.prepareStatement("SELECT pool_id, sealed FROM pb_sealed_ballot WHERE pool_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", poolIds.toArray()));
            List<Sealed> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Sealed(rs.getLong(1), rs.getBytes(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the ballot box: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** An opened ballot, as the count keeps it: no voter, only the hash of its receipt. */
    record Opened(long poolId, List<String> projects, List<Integer> points, byte[] receiptHash) {
    }

    /** Writes the opened ballots (in the order given: shuffled) with one COPY. */
    void writeBallots(List<Opened> ballots) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (CopyRows copy = new CopyRows(c, "COPY pb_ballot (pool_id, projects, points, receipt_hash) FROM STDIN")) {
            for (Opened b : ballots) {
                copy.field(b.poolId()).field("{" + String.join(",", b.projects().stream()
                                .map(x -> "\"" + x.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}")
                        .field(b.points() == null ? null : "{" + String.join(",", b.points().stream().map(String::valueOf).toList()) + "}")
                        .field("\\x" + HexFormat.of().formatHex(b.receiptHash())).endRow();
            }
            copy.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the ballot box: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** The sealed ballots of the edition go, and it is counted. */
    void markCounted(long editionId) {
        jdbc.sql("DELETE FROM pb_sealed_ballot WHERE pool_id IN (SELECT id FROM pb_pool WHERE edition_id = ?)")
                .param(editionId).update();
        jdbc.sql("UPDATE pb_edition SET status = 'counted' WHERE id = ?").param(editionId).update();
    }

    void markSelected(long poolId, List<String> projectIds) {
        jdbc.sql("UPDATE pb_project SET selected = CASE WHEN project_id = ANY (?) THEN 1 ELSE 0 END WHERE pool_id = ?")
                .params(projectIds.toArray(String[]::new), poolId).update();
    }

    /** The sealed rows are deleted; VACUUM frees their space so their bytes are not kept in live pages. */
    void vacuumSealed() {
        jdbc.sql("VACUUM pb_sealed_ballot").update();
    }

    void deleteEdition(long editionId) {
        jdbc.sql("DELETE FROM pb_edition WHERE id = ?").param(editionId).update();
    }
}
