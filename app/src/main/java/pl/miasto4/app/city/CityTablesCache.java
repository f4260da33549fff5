package pl.miasto4.app.city;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.miasto4.app.indicator.Indicator;
import pl.miasto4.app.unit.TerritorialUnit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps what the city page reads from the store until the store changes: each unit's rendered
 * indicator tables (per language), the unit with its parent and children, and the catalogue. The store's
 * version ({@code store_version}, V2) moves forward when a transaction that changed observations,
 * the catalogue, units, goals or targets commits — whichever process wrote, the server or the CLI —
 * so a page never shows data older than the version it read. Entries are kept gzipped (a table of
 * 200 indicators is ~60 kB of HTML, ~6 kB compressed) within a byte budget, least recently used
 * first out.
 */
@Component
public class CityTablesCache {
    static final long BUDGET_BYTES = 64L * 1024 * 1024;
    static final int MAX_UNITS = 50_000;

    /** A unit with its parent and children, as the city page shows them. */
    public record UnitContext(TerritorialUnit unit, TerritorialUnit parent, List<TerritorialUnit> children) {
    }

    private final JdbcClient jdbc;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final LinkedHashMap<String, UnitContext> units = new LinkedHashMap<>(256, 0.75f, true);
    private List<Indicator> catalogue;
    private long version = -1;
    private long bytes;

    public CityTablesCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads the store's version and forgets everything kept for an older one. The version returned is
     * what the other methods take: what is rendered after reading it may show newer data, never older,
     * and is kept only while the version is still current.
     */
    public long current() {
        long current = jdbc.sql("SELECT version FROM store_version").query(Long.class).single();
        synchronized (this) {
            if (current != version) {
                entries.clear();
                units.clear();
                catalogue = null;
                bytes = 0;
                version = current;
            }
        }
        return current;
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

    /** A unit with its parent and children; empty for an unknown code (not kept). */
    public Optional<UnitContext> unit(long current, String unitCode, Supplier<Optional<UnitContext>> load) {
        synchronized (this) {
            UnitContext kept = units.get(unitCode);
            if (kept != null) {
                return Optional.of(kept);
            }
        }
        Optional<UnitContext> loaded = load.get();
        loaded.ifPresent(u -> {
            synchronized (this) {
                if (version == current) {
                    units.put(unitCode, u);
                    if (units.size() > MAX_UNITS) {
                        Iterator<String> eldest = units.keySet().iterator();
                        eldest.next();
                        eldest.remove();
                    }
                }
            }
        });
        return loaded;
    }

    /** The tables of one unit in one language: from the cache while the store is unchanged, else rendered. */
    public String tables(long current, String unitCode, Locale locale, Supplier<String> render) {
        String key = unitCode + '\u0000' + locale.getLanguage();
        synchronized (this) {
            byte[] kept = entries.get(key);
            if (kept != null) {
                return gunzip(kept);
            }
        }
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
