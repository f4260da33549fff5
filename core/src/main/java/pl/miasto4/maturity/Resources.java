package pl.miasto4.maturity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the documents shipped with core (models, mappings, demo assessments, action catalogue). */
public final class Resources {
    private Resources() {
    }

    public static String read(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank, non-comment lines of an index file listing resources. */
    public static List<String> index(String path) {
        return read(path).lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }
}
