package pl.miasto4.app.pb.voting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where sealed ballots go in. One writer thread takes every ballot waiting and writes them in one
 * transaction: the "has voted" rows (the primary key refuses a second ballot of the same voter and
 * slot, whatever the concurrency), then the sealed ballots of the voters accepted, in a random order.
 * A ballot is acknowledged only after that transaction committed, and PostgreSQL runs with fsync and
 * synchronous commit, so an acknowledged ballot survives a crash. Writing many ballots per commit is
 * also what makes a thousand ballots a second possible on two cores: one WAL flush serves them all.
 *
 * <p>Inside a transaction the "has voted" rows are written in the order of their (keyed) hashes and
 * the ballots in a random order, so the position of a row in the table says nothing about which
 * ballot is whose even within one batch.
 */
@Repository
public class BallotBox implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(BallotBox.class);
    private static final int MAX_BATCH = 512;

    public enum Result { ACCEPTED, ALREADY_VOTED, CLOSED }

    /** A ballot waiting to be written. */
    record Cast(long editionId, String slot, byte[] voterHash, long poolId, byte[] sealed, byte[] receiptKey,
                CompletableFuture<Result> done) {
        String voterKey() {
            return editionId + "/" + slot + "/" + HexFormat.of().formatHex(voterHash);
        }
    }

    /** The ballot box could not take the ballot (database unavailable, too busy); nothing was recorded. */
    public static class UnavailableException extends RuntimeException {
        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DataSource dataSource;
    private final BlockingQueue<Cast> queue = new ArrayBlockingQueue<>(20_000);
    private final Thread writer;
    private volatile boolean running = true;

    public BallotBox(DataSource dataSource) {
        this.dataSource = dataSource;
        this.writer = new Thread(this::run, "ballot-box");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Puts a sealed ballot in and waits until it is durably stored (or refused).
     *
     * @throws UnavailableException when it could not be stored; the voter has then not voted
     */
    public Result put(long editionId, String slot, byte[] voterHash, long poolId, byte[] sealed, byte[] receiptKey) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        Cast cast = new Cast(editionId, slot, voterHash, poolId, sealed, receiptKey, done);
        try {
            if (!queue.offer(cast, 5, TimeUnit.SECONDS)) {
                throw new UnavailableException("The ballot box is too busy; try again in a moment.", null);
            }
            return done.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted while storing the ballot", e);
        } catch (ExecutionException e) {
            throw new UnavailableException("The ballot could not be stored: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            // it may still be written; the voter's receipt then shows it, and a retry says "already voted"
            throw new UnavailableException("Storing the ballot took too long; check your receipt or try again.", e);
        }
    }

    private void run() {
        List<Cast> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Cast first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("The ballot box writer failed a batch: {}", e.toString());
                batch.forEach(c -> c.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Cast> batch) {
        // A voter twice in one batch (a double click): the first is written, the rest are refused.
        Map<String, Cast> unique = new HashMap<>();
        List<Cast> duplicates = new ArrayList<>();
        for (Cast c : batch) {
            if (unique.putIfAbsent(c.voterKey(), c) != null) {
                duplicates.add(c);
            }
        }
        List<Cast> casts = new ArrayList<>(unique.values());
        casts.sort((a, b) -> Arrays.compareUnsigned(a.voterHash(), b.voterHash()));
        Map<Cast, Result> results = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                lockAgainstClosing(c, casts);
                Set<String> accepted = write(c, casts);
                Set<Long> open = accepted.size() < casts.size() ? openEditions(c, casts) : Set.of();
                for (Cast cast : casts) {
                    if (accepted.contains(cast.voterKey())) {
                        results.put(cast, Result.ACCEPTED);
                    } else if (!open.contains(cast.editionId())) {
                        results.put(cast, Result.CLOSED);
                    } else {
                        results.put(cast, Result.ALREADY_VOTED);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            batch.forEach(x -> x.done().completeExceptionally(e));
            log.error("The ballot box could not write {} ballots: {}", batch.size(), e.getMessage());
            return;
        }
        results.forEach((cast, r) -> cast.done().complete(r));
        duplicates.forEach(d -> d.done().complete(Result.ALREADY_VOTED));
    }

    /** The advisory lock key that closing an edition takes exclusively and writing its ballots shares. */
    public static long lockKey(long editionId) {
        return 4_040_000_000L + editionId;
    }

    /**
     * Takes the editions' locks shared (closing takes them exclusively and waits for this transaction). In
     * memory only: no row is written for it. The next statement's snapshot then sees any close that
     * committed before, so no ballot is sealed into an edition already counted.
     */
    private static void lockAgainstClosing(Connection c, List<Cast> casts) throws SQLException {
        Set<Long> ids = new java.util.TreeSet<>();
        casts.forEach(x -> ids.add(x.editionId()));
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock_shared(k) FROM unnest(?::bigint[]) k")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.stream().map(BallotBox::lockKey).toArray()));
            ps.execute();
        }
    }

    private static Set<Long> openEditions(Connection c, List<Cast> casts) throws SQLException {
        Set<Long> open = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM pb_edition WHERE id = ANY (?) AND status = 'open'")) {
            ps.setArray(1, c.createArrayOf("bigint", casts.stream().map(Cast::editionId).distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add(rs.getLong(1));
                }
            }
        }
        return open;
    }

    /**
     * One statement: the "has voted" rows of the voters of open editions (the primary key refuses those who
     * voted), then the sealed ballots of exactly the voters accepted, in a random order. Returns the keys of
     * the accepted voters. The casts come sorted by voter hash, so the "has voted" rows go in in that order.
     */
    private static Set<String> write(Connection c, List<Cast> casts) throws SQLException {
        Set<String> accepted = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                WITH batch AS (
                    SELECT * FROM unnest(?::bigint[], ?::text[], ?::bytea[], ?::bigint[], ?::bytea[], ?::bytea[])
                        AS b (edition_id, slot, voter_hash, pool_id, sealed, receipt_key)
                    WHERE b.edition_id IN (SELECT id FROM pb_edition WHERE status = 'open')
                ), voted AS (
                    INSERT INTO pb_voted (edition_id, slot, voter_hash)
                    SELECT edition_id, slot, voter_hash FROM batch
                    ON CONFLICT DO NOTHING RETURNING edition_id, slot, voter_hash
                ), sealed AS (
                    INSERT INTO pb_sealed_ballot (pool_id, sealed, receipt_key)
                    SELECT b.pool_id, b.sealed, b.receipt_key FROM batch b
                    JOIN voted v ON v.edition_id = b.edition_id AND v.slot = b.slot AND v.voter_hash = b.voter_hash
                    ORDER BY random()
                )
                SELECT edition_id, slot, voter_hash FROM voted""")) {
            ps.setArray(1, c.createArrayOf("bigint", casts.stream().map(Cast::editionId).toArray()));
            ps.setArray(2, c.createArrayOf("text", casts.stream().map(Cast::slot).toArray()));
            ps.setArray(3, bytea(c, casts.stream().map(Cast::voterHash).toList()));
            ps.setArray(4, c.createArrayOf("bigint", casts.stream().map(Cast::poolId).toArray()));
            ps.setArray(5, bytea(c, casts.stream().map(Cast::sealed).toList()));
            ps.setArray(6, bytea(c, casts.stream().map(Cast::receiptKey).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    accepted.add(rs.getLong(1) + "/" + rs.getString(2) + "/" + HexFormat.of().formatHex(rs.getBytes(3)));
                }
            }
        }
        return accepted;
    }

    private static Array bytea(Connection c, List<byte[]> values) throws SQLException {
        return c.createArrayOf("bytea", values.toArray(new byte[0][]));
    }

    @Override
    public void destroy() {
        running = false;
        writer.interrupt();
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // anything still queued was never acknowledged; its voters have not voted
        Cast c;
        while ((c = queue.poll()) != null) {
            c.done().completeExceptionally(new IllegalStateException("the server is stopping"));
        }
    }
}
