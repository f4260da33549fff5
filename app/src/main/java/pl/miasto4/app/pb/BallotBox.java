package pl.miasto4.app.pb;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
@Component
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
                Set<Long> open = openEditions(c, casts);
                List<Cast> admissible = new ArrayList<>();
                for (Cast cast : casts) {
                    if (open.contains(cast.editionId())) {
                        admissible.add(cast);
                    } else {
                        results.put(cast, Result.CLOSED);
                    }
                }
                Set<String> accepted = markVoted(c, admissible);
                List<Cast> ballots = new ArrayList<>();
                for (Cast cast : admissible) {
                    boolean ok = accepted.contains(cast.voterKey());
                    results.put(cast, ok ? Result.ACCEPTED : Result.ALREADY_VOTED);
                    if (ok) {
                        ballots.add(cast);
                    }
                }
                Collections.shuffle(ballots, PbSecrets.random());
                insertSealed(c, ballots);
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

    /** The editions still open, locked against closing until this transaction ends. */
    private static Set<Long> openEditions(Connection c, List<Cast> casts) throws SQLException {
        Set<Long> ids = new HashSet<>();
        casts.forEach(x -> ids.add(x.editionId()));
        Set<Long> open = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM pb_edition WHERE id = ANY (?) AND status = 'open' FOR SHARE")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add(rs.getLong(1));
                }
            }
        }
        return open;
    }

    private static Set<String> markVoted(Connection c, List<Cast> casts) throws SQLException {
        Set<String> accepted = new HashSet<>();
        if (casts.isEmpty()) {
            return accepted;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO pb_voted (edition_id, slot, voter_hash)
                SELECT * FROM unnest(?::bigint[], ?::text[], ?::bytea[])
                ON CONFLICT DO NOTHING RETURNING edition_id, slot, voter_hash""")) {
            ps.setArray(1, c.createArrayOf("bigint", casts.stream().map(Cast::editionId).toArray()));
            ps.setArray(2, c.createArrayOf("text", casts.stream().map(Cast::slot).toArray()));
            ps.setArray(3, bytea(c, casts.stream().map(Cast::voterHash).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    accepted.add(rs.getLong(1) + "/" + rs.getString(2) + "/" + HexFormat.of().formatHex(rs.getBytes(3)));
                }
            }
        }
        return accepted;
    }

    private static void insertSealed(Connection c, List<Cast> ballots) throws SQLException {
        if (ballots.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO pb_sealed_ballot (pool_id, sealed, receipt_key)
                SELECT * FROM unnest(?::bigint[], ?::bytea[], ?::bytea[])""")) {
            ps.setArray(1, c.createArrayOf("bigint", ballots.stream().map(Cast::poolId).toArray()));
            ps.setArray(2, bytea(c, ballots.stream().map(Cast::sealed).toList()));
            ps.setArray(3, bytea(c, ballots.stream().map(Cast::receiptKey).toList()));
            ps.executeUpdate();
        }
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
