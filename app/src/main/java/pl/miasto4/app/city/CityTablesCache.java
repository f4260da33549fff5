package pl.miasto4.app.city;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps each city's rendered indicator tables (per language) until the store changes. The store's
 * version ({@code store_version}, V2) moves forward when a transaction that changed observations,
 * the catalogue, units, goals or targets commits — whichever process wrote, the server or the CLI —
 * so a page never shows data older than the version it read. Entries are kept gzipped (a table of
 * 200 indicators is ~60 kB of HTML, ~6 kB compressed) within a byte budget, least recently used
 * first out.
 */
@Component
public class CityTablesCache {
    static final long BUDGET_BYTES = 64L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long version = -1;
    private long bytes;

    public CityTablesCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tables of one unit in one language: from the cache while the store is unchanged, else rendered. */
    public String tables(String unitCode, Locale locale, Supplier<String> render) {
        long current = jdbc.sql("SELECT version FROM store_version").query(Long.class).single();
        String key = unitCode + '\u0000' + locale.getLanguage();
        synchronized (this) {
            if (current != version) {
                entries.clear();
                bytes = 0;
                version = current;
            }
            byte[] kept = entries.get(key);
            if (kept != null) {
                return gunzip(kept);
            }
        }
        // rendered after reading the version: it may show newer data than the version, never older
        String html = render.get();
        byte[] packed = gzip(html);
        synchronized (this) {
            if (version == current) {
                byte[] old = entries.put(key, packed);
                bytes += packed.length - (old == null ? 0 : old.length);
                for (Iterator<Map.Entry<String, byte[]>> it = entries.entrySet().iterator(); bytes > BUDGET_BYTES && it.hasNext(); ) {
                    bytes -= it.next().getValue().length;
                    it.remove();
                }
            }
        }
        return html;
    }

    synchronized int size() {
        return entries.size();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 8);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] packed) {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
