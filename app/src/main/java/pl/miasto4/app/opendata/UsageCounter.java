package pl.miasto4.app.opendata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Counts downloads and API calls in memory and writes them to the store in batches, every few seconds, on its
 * own thread: a request only moves a counter (no database work, no lock held), and a store that cannot be written
 * keeps the counts for the next try instead of failing the download. What a request is counted under is worked
 * out here, on the flushing thread, from its path: nothing about the person who asked is kept, not even in memory
 * (no address, no user agent: only whether it looked like a bot).
 */
@Component
public class UsageCounter implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(UsageCounter.class);
    /** Known crawlers and link checkers, by the words their User-Agent headers carry. */
    static final Pattern BOT = Pattern.compile("(?i)bot\\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|"
            + "bingpreview|yandex|baiduspider|semrush|ahrefs|petalbot|headlesschrome|python-urllib|wget");
    /** Requests waiting, at most this many different keys (more are dropped rather than growing without bound). */
    static final int MAX_KEYS = 100_000;
    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    /** What a request was, before it is resolved to a dataset. */
    record Hit(LocalDate day, String path, String dataset, String channel, boolean bot) {
    }

    private final Map<Hit, AtomicLong> pending = new ConcurrentHashMap<>();
    private final UsageRepository repository;
    private final OpenDataCatalogue catalogue;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "open-data-usage");
        t.setDaemon(true);
        return t;
    });

    public UsageCounter(UsageRepository repository, OpenDataCatalogue catalogue) {
        this.repository = repository;
        this.catalogue = catalogue;
        flusher.scheduleWithFixedDelay(this::flushQuietly, 5, 5, TimeUnit.SECONDS);
    }

    static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || BOT.matcher(userAgent).find();
    }

    /**
     * Counts a download of the file at {@code path} (with its query), or an API call when {@code channel} is "api"
     * ({@code path} is then the endpoint, {@code dataset} the dataset asked about or ""). Never throws.
     */
    public void count(String path, String dataset, String channel, String userAgent) {
        try {
            Hit hit = new Hit(LocalDate.now(ZONE), path, dataset, channel, isBot(userAgent));
            AtomicLong n = pending.get(hit);
            if (n == null) {
                if (pending.size() >= MAX_KEYS) {
                    return;
                }
                n = pending.computeIfAbsent(hit, k -> new AtomicLong());
            }
            n.incrementAndGet();
        } catch (RuntimeException e) {
            // counting never fails a download
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("open-data usage not written yet, kept for the next try: {}", e.getMessage());
        }
    }

    /** Writes what has been counted; on failure the counts stay for the next flush. */
    public synchronized void flush() {
        Map<Hit, Long> taken = new java.util.HashMap<>();
        for (Map.Entry<Hit, AtomicLong> e : pending.entrySet()) {
            long n = e.getValue().getAndSet(0);
            if (n > 0) {
                taken.put(e.getKey(), n);
            } else if (e.getKey().day().isBefore(LocalDate.now(ZONE).minusDays(1))) {
                // only counters no request can still reach: a request that had just looked up today's counter
                // would otherwise increment one that is no longer in the map, and that count would be lost
                pending.remove(e.getKey(), e.getValue());
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            Map<List<Object>, Long> sums = new java.util.LinkedHashMap<>();
            for (Map.Entry<Hit, Long> e : taken.entrySet()) {
                Hit h = e.getKey();
                String dataset = h.dataset();
                String distribution;
                if (h.channel().equals("download")) {
                    var file = catalogue.file(h.path());
                    if (file.isEmpty()) {
                        continue; // not a file of the catalogue (any more): nothing to count it under
                    }
                    dataset = file.get().dataset();
                    distribution = file.get().format();
                } else {
                    if (!dataset.isEmpty() && catalogue.dataset(dataset).isEmpty()) {
                        dataset = "";
                    }
                    distribution = h.path();
                }
                sums.merge(List.of(h.day(), dataset, distribution, h.channel(), h.bot()), e.getValue(), Long::sum);
            }
            List<UsageRepository.Count> counts = new ArrayList<>();
            sums.forEach((k, n) -> counts.add(new UsageRepository.Count((LocalDate) k.get(0), (String) k.get(1),
                    (String) k.get(2), (String) k.get(3), (Boolean) k.get(4), n)));
            repository.add(counts);
        } catch (RuntimeException e) {
            taken.forEach((k, n) -> pending.computeIfAbsent(k, x -> new AtomicLong()).addAndGet(n));
            throw e;
        }
    }

    @Override
    public void destroy() {
        flusher.shutdown();
        flushQuietly();
    }
}
