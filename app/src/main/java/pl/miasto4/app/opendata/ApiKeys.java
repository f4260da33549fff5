package pl.miasto4.app.opendata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * API keys for heavy users: created by an administrator (the key is shown once and only its SHA-256 is kept),
 * each with a quota of requests per minute and per day (fixed windows: the calendar minute and the UTC day), and the
 * requests made with each key counted per day (answered and refused) without anything about who sent them.
 * Quotas are counted in memory: they start again when the server restarts, and each server counts its own.
 */
@Service
public class ApiKeys implements org.springframework.beans.factory.DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);
    /** Keys start with this, so that they are recognisable (e.g. by secret scanners). */
    static final String PREFIX = "m4k_";

    private final ApiKeyRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Keys by hash (hex), kept 10 s: a revoked key stops working within 10 s on every server, at once on this one. */
    private final Cache<String, Optional<ApiKeyRepository.Key>> byHash = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(10)).maximumSize(10_000).build();
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private final Map<String, long[]> counts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "api-key-usage-flush");
        t.setDaemon(true);
        return t;
    });

    @org.springframework.beans.factory.annotation.Autowired
    public ApiKeys(ApiKeyRepository repository) {
        this(repository, Clock.systemUTC());
    }

    ApiKeys(ApiKeyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        flusher.scheduleWithFixedDelay(this::flushQuietly, 5, 5, TimeUnit.SECONDS);
    }

    /** A new key: what is stored, and the key itself (to be shown once). */
    public record Created(ApiKeyRepository.Key key, String secret) {
    }

    public Created create(String name, int perMinute, int perDay, String createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKeyRepository.Key key = repository.create(name, secret.substring(0, PREFIX.length() + 6), hash(secret),
                perMinute, perDay, createdBy);
        return new Created(key, secret);
    }

    public boolean revoke(long id) {
        boolean found = repository.revoke(id);
        byHash.invalidateAll();
        return found;
    }

    public List<ApiKeyRepository.Listed> list() {
        flushQuietly();
        return repository.list(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** The active key with this secret, if any. */
    public Optional<ApiKeyRepository.Key> find(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        byte[] h = hash(secret);
        return byHash.get(java.util.HexFormat.of().formatHex(h), k -> repository.byHash(h))
                .filter(ApiKeyRepository.Key::active);
    }

    /**
     * Takes one request from the key's quotas: empty when it may go on, else the seconds until it may try again
     * (then the request is counted as refused).
     */
    public Optional<Long> take(ApiKeyRepository.Key key) {
        long now = clock.millis();
        Optional<Long> wait = windows.computeIfAbsent(key.id(), id -> new Window()).take(now, key.perMinute(), key.perDay());
        count(key.id(), LocalDate.ofEpochDay(Math.floorDiv(now, 86_400_000L)), wait.isPresent());
        return wait;
    }

    /** The calendar minute's and the UTC day's requests of one key. */
    static final class Window {
        private long minute = -1;
        private long day = -1;
        private int inMinute;
        private int inDay;

        synchronized Optional<Long> take(long nowMillis, int perMinute, int perDay) {
            long m = Math.floorDiv(nowMillis, 60_000L);
            long d = Math.floorDiv(nowMillis, 86_400_000L);
            if (m != minute) {
                minute = m;
                inMinute = 0;
            }
            if (d != day) {
                day = d;
                inDay = 0;
            }
            if (inDay >= perDay) {
                return Optional.of(Math.max(1, ((d + 1) * 86_400_000L - nowMillis + 999) / 1000));
            }
            if (inMinute >= perMinute) {
                return Optional.of(Math.max(1, ((m + 1) * 60_000L - nowMillis + 999) / 1000));
            }
            inMinute++;
            inDay++;
            return Optional.empty();
        }
    }

    private void count(long keyId, LocalDate day, boolean refused) {
        long[] c = counts.computeIfAbsent(day + "|" + keyId, k -> new long[2]);
        synchronized (c) {
            c[refused ? 1 : 0]++;
        }
    }

    /** Writes what has been counted; on failure the counts stay for the next flush. */
    public synchronized void flush() {
        List<ApiKeyRepository.Usage> out = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (var e : counts.entrySet()) {
            long[] c = e.getValue();
            long answered;
            long refused;
            synchronized (c) {
                answered = c[0];
                refused = c[1];
                c[0] = 0;
                c[1] = 0;
            }
            if (answered + refused > 0) {
                String[] parts = e.getKey().split("\\|");
                out.add(new ApiKeyRepository.Usage(LocalDate.parse(parts[0]), Long.parseLong(parts[1]), answered, refused));
                taken.add(e.getKey());
            }
        }
        try {
            repository.add(out);
        } catch (RuntimeException e) {
            for (ApiKeyRepository.Usage u : out) {
                count(u.keyId(), u.day(), u.answered(), u.refused());
            }
            throw e;
        }
    }

    private void count(long keyId, LocalDate day, long answered, long refused) {
        long[] c = counts.computeIfAbsent(day + "|" + keyId, k -> new long[2]);
        synchronized (c) {
            c[0] += answered;
            c[1] += refused;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("API key usage not written yet (kept for the next try): {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        flusher.shutdown();
        flushQuietly();
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
