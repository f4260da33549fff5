package pl.miasto4.app.city;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import pl.miasto4.app.indicator.Indicator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps what the city page reads from the store until the store changes: whole pages as anonymous
 * readers get them ({@link CityPageFilter}) and the catalogue (for pages rendered afresh).
 * The store's version ({@code store_version}, V2) moves forward when a transaction that changed
 * observations, the catalogue, units, goals or targets commits — whichever process wrote, the server
 * or the CLI — so a page never shows data older than the version it read. Pages are kept gzipped (a
 * city page of 200 indicators is 80–150 kB of HTML, 10–30 kB gzipped) in a Caffeine cache weighed in bytes
 * (an eighth of the heap, 16–256 MB), which evicts the pages least likely to be asked for again.
 */
@Component
public class CityPageCache {
    /**
     * An eighth of the heap, between 16 and 256 MB. A city page of 200 indicators with 20 years each is
     * 150 kB of HTML, about 30 kB kept; 64 MB held only 2,000 of the benchmark's 2,279 units, so the
     * least recently used were thrown out and rendered again all the time.
     */
    static final long BUDGET_BYTES = Math.max(16L << 20, Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8));

    private final CityRepository repository;
    private final Cache<String, Page> pages = Caffeine.newBuilder()
            .maximumWeight(BUDGET_BYTES)
            .weigher((String key, Page page) -> page.gzipped().length)
            .executor(Runnable::run) // evict on the caller's thread: the budget holds when keepPage returns
            .build();
    private List<Indicator> catalogue;
    private long version = -1;
    private final java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong rendered = new java.util.concurrent.atomic.AtomicLong();

    public CityPageCache(CityRepository repository) {
        this.repository = repository;
    }

    /**
     * Reads the store's version and forgets everything kept for an older one. The version returned is
     * what the other methods take: what is rendered after reading it may show newer data, never older,
     * and is kept only while the version is still current.
     */
    public long current() {
        long current = repository.storeVersion();
        synchronized (this) {
            if (current != version) {
                pages.invalidateAll();
                catalogue = null;
                version = current;
            }
        }
        return current;
    }

    /** A whole page as served to anonymous readers: its content type and gzipped body. */
    public record Page(String contentType, byte[] gzipped) {
    }

    /** A kept page, or null (then the caller renders it). */
    public Page page(String key) {
        Page p = pages.getIfPresent(key);
        (p == null ? rendered : served).incrementAndGet();
        return p;
    }

    /** Pages served from the cache and pages rendered for anonymous readers since the start (benchmarks). */
    public long[] counts() {
        return new long[]{served.get(), rendered.get()};
    }

    /** Keeps a page rendered after {@code current} was read, if that is still the store's version. */
    public void keepPage(long current, String key, String contentType, byte[] body) {
        byte[] packed = gzip(body);
        synchronized (this) {
            if (version == current) {
                pages.put(key, new Page(contentType, packed));
            }
        }
    }

    /** The catalogue in page order, read once per store version. */
    public List<Indicator> catalogue(long current, Supplier<List<Indicator>> load) {
        synchronized (this) {
            if (catalogue != null) {
                return catalogue;
            }
        }
        List<Indicator> loaded = List.copyOf(load.get());
        synchronized (this) {
            if (version == current) {
                catalogue = loaded;
            }
        }
        return loaded;
    }

    int pages() {
        pages.cleanUp();
        return (int) pages.estimatedSize();
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 6);
        // the fastest level: the tables repeat their markup so much that it still packs them several times smaller
        try (GZIPOutputStream z = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzipBytes(byte[] packed) {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return z.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
