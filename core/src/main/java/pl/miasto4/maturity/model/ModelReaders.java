package pl.miasto4.maturity.model;

import pl.miasto4.maturity.document.YamlMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers for the pieces every maturity document shares: bilingual texts and citations. */
public final class ModelReaders {
    private static final Pattern LINES = Pattern.compile("\\s*(\\d+)\\s*(?:[-–]\\s*(\\d+))?\\s*");

    private ModelReaders() {
    }

    /** The {@code sources} list of a document, by id (duplicates reported). */
    public static Map<String, Source> sources(YamlMap doc) {
        Map<String, Source> sources = new java.util.LinkedHashMap<>();
        for (YamlMap s : doc.maps("sources")) {
            s.allowOnly("a source", "id", "title", "path", "url", "lines");
            Optional<String> id = s.requiredString("id", "a source");
            String title = s.requiredString("title", "a source").orElse("");
            String path = s.string("path").or(() -> s.string("url")).orElse("");
            int lines = s.integer("lines").orElse(0);
            if (id.isPresent() && sources.putIfAbsent(id.get(), new Source(id.get(), title, path, lines)) != null) {
                s.problems().at(s.nodeOf("id"), "duplicate source id '" + id.get() + "'");
            }
        }
        return sources;
    }

    /** A {@code {pl: …, en: …}} text; both languages are required when the text is. */
    public static Optional<Text> text(YamlMap map, String key, String where, boolean required) {
        if (!map.has(key)) {
            if (required) {
                map.problems().at(map.node(), "missing '" + key + "' in " + where);
            }
            return Optional.empty();
        }
        return map.map(key).flatMap(t -> bilingual(t, where + "." + key));
    }

    public static Optional<Text> bilingual(YamlMap t, String where) {
        t.allowOnly(where, "pl", "en");
        Optional<String> pl = t.requiredString("pl", where);
        Optional<String> en = t.requiredString("en", where);
        return pl.isPresent() && en.isPresent() ? Optional.of(new Text(pl.get(), en.get())) : Optional.empty();
    }

    /**
     * The {@code cite} list: each item {@code {lines: 201-206, quote: "fajerwerków"}} with an
     * optional {@code source} (default: the document's default source). Lines are checked against
     * the source's length; that the quote occurs in them is checked by {@link CitationChecker}.
     */
    public static List<Citation> citations(YamlMap map, String key, Map<String, Source> sources,
                                           String defaultSource) {
        List<Citation> out = new ArrayList<>();
        for (YamlMap c : map.maps(key)) {
            c.allowOnly("a citation", "source", "lines", "quote");
            String sourceId = c.string("source").orElse(defaultSource);
            Source source = sourceId == null ? null : sources.get(sourceId);
            if (source == null) {
                c.problems().at(c.has("source") ? c.nodeOf("source") : c.node(),
                        "citation refers to unknown source '" + sourceId + "' (declared: " + sources.keySet() + ")");
            }
            Optional<String> quote = c.requiredString("quote", "a citation");
            Optional<String> lines = c.requiredString("lines", "a citation");
            if (lines.isEmpty() || quote.isEmpty()) {
                continue;
            }
            Matcher m = LINES.matcher(lines.get());
            if (!m.matches()) {
                c.problems().at(c.nodeOf("lines"), "citation lines must be N or N-M, not '" + lines.get() + "'");
                continue;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < 1 || to < from) {
                c.problems().at(c.nodeOf("lines"), "citation lines " + lines.get() + " are not a range of lines");
                continue;
            }
            if (source != null && source.lines() > 0 && to > source.lines()) {
                c.problems().at(c.nodeOf("lines"), "citation lines " + lines.get() + " are out of range: source '"
                        + source.id() + "' has " + source.lines() + " lines");
                continue;
            }
            out.add(new Citation(sourceId, from, to, quote.get(),
                    map.problems().source() + ":" + c.line()));
        }
        return out;
    }
}
