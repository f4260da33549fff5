package pl.miasto4.maturity.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a citation's quote occurs in the cited lines of the source text. Whitespace is
 * normalised and case ignored, so a quote may span a line break of the source; nothing else is
 * forgiven (a word split by a hyphen at a line end is not a match — quote another phrase).
 */
public final class CitationChecker {
    private final String sourceId;
    private final List<String> lines;

    public CitationChecker(String sourceId, List<String> lines) {
        this.sourceId = sourceId;
        this.lines = List.copyOf(lines);
    }

    public String sourceId() {
        return sourceId;
    }

    /** The problems with these citations (those to other sources are skipped). */
    public List<String> check(List<Citation> citations) {
        List<String> out = new ArrayList<>();
        for (Citation c : citations) {
            if (!sourceId.equals(c.source())) {
                continue;
            }
            if (c.toLine() > lines.size()) {
                out.add(c.declaredAt() + ": lines " + c.lines() + " are beyond the end of " + sourceId
                        + " (" + lines.size() + " lines)");
                continue;
            }
            String cited = normalise(String.join(" ", lines.subList(c.fromLine() - 1, c.toLine())));
            if (!cited.contains(normalise(c.quote()))) {
                out.add(c.declaredAt() + ": «" + c.quote() + "» does not occur in " + sourceId + " lines " + c.lines());
            }
        }
        return out;
    }

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00a0', ' ')
                .replaceAll("[„”“\"]", "\"").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
