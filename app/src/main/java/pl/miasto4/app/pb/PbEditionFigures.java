package pl.miasto4.app.pb;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of every counted edition, pool by pool, that other features may read (the indicator
 * connector): ballots, budget, funded projects, ballots naming a funded project, and for editions run
 * here the size of the voter register and how many on it voted. Imported editions have no register:
 * their eligible population is unknown, and stays so.
 */
@Repository
public class PbEditionFigures {
    private final JdbcClient jdbc;

    public PbEditionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One pool of a counted edition.
     *
     * @param year             the edition's year, else the year voting ended; null if neither is known
     * @param officialResult   whether every project has an official result (selected known)
     * @param funded           projects selected for funding (official result)
     * @param ballotsWithFunded ballots that name at least one funded project
     * @param registerVoters   size of the voter register of an edition run here; null for imported ones
     * @param votersVoted      people on the register who voted (any pool of the edition); null without a register
     */
    public record PoolFigures(String editionSlug, String kind, String city, Integer year, String poolCode, String poolKind,
                              String district, BigDecimal budget, long ballots, boolean officialResult, long funded,
                              long ballotsWithFunded, Integer registerVoters, Long votersVoted, String source) {
    }

    public List<PoolFigures> counted() {
        return counted(null);
    }

    /** The pools of counted editions; of one edition when {@code slug} is given. */
    public List<PoolFigures> counted(String slug) {
        return jdbc.sql("""
                        SELECT e.slug, e.kind, e.city, coalesce(e.year, extract(year FROM e.voting_end)::int) AS year,
                               p.code, p.kind AS pool_kind, p.district, p.budget,
                               (SELECT count(*) FROM pb_ballot b WHERE b.pool_id = p.id) AS ballots,
                               NOT EXISTS (SELECT 1 FROM pb_project j WHERE j.pool_id = p.id AND j.selected IS NULL)
                                   AND EXISTS (SELECT 1 FROM pb_project j WHERE j.pool_id = p.id) AS official,
                               (SELECT count(*) FROM pb_project j WHERE j.pool_id = p.id AND j.selected >= 1) AS funded,
                               (SELECT count(*) FROM pb_ballot b WHERE b.pool_id = p.id
                                   AND b.projects && ARRAY(SELECT j.project_id FROM pb_project j
                                                           WHERE j.pool_id = p.id AND j.selected >= 1)) AS with_funded,
                               r.voters,
                               CASE WHEN r.voters IS NULL THEN NULL
                                    ELSE (SELECT count(DISTINCT v.voter_hash) FROM pb_voted v WHERE v.edition_id = e.id) END AS voted,
                               e.source
                        FROM pb_edition e
                        JOIN pb_pool p ON p.edition_id = e.id
                        LEFT JOIN pb_register r ON r.edition_id = e.id
                        WHERE e.status = 'counted' AND (CAST(:slug AS text) IS NULL OR e.slug = :slug)
                        ORDER BY e.slug, p.position""")
                .param("slug", slug)
                .query((rs, n) -> new PoolFigures(rs.getString("slug"), rs.getString("kind"), rs.getString("city"),
                        (Integer) rs.getObject("year"), rs.getString("code"), rs.getString("pool_kind"),
                        rs.getString("district"), rs.getBigDecimal("budget"), rs.getLong("ballots"), rs.getBoolean("official"),
                        rs.getLong("funded"), rs.getLong("with_funded"), (Integer) rs.getObject("voters"),
                        (Long) rs.getObject("voted"), rs.getString("source")))
                .list();
    }
}
